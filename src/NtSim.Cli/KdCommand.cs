using System.CommandLine;
using NtSim.Cli.Kd;
using NtSim.Cli.Machines;
using NtSim.Cli.Run;
using NtSim.Debugger;
using NtSim.Debugger.Remote;

namespace NtSim.Cli;

/// <summary>`ntsim kd`: the kernel debugger's console on a machine: a new one, the persistent machine (--machine),
/// or a machine running a client with its driver (as ntsim run), opened when the machine stops. docs/debugger.md.</summary>
internal static class KdCommand
{
    private const string Tool = "ntsim kd";

    /// <summary>The command; it reads its commands from <paramref name="input"/>, or from the standard input when null.</summary>
    internal static Command Create(TextReader? input)
    {
        var client = new Argument<string?>("client")
        {
            Description = "Your client assembly (CLIENT.dll), run as ntsim run runs it: the console opens when the machine bug checks or breaks in, or when the client exits.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var clientArgs = new Argument<string[]>("args")
        {
            Description = "Arguments for the client.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // windbg -c: commands run when the debugger first gets control.
        var commands = new Option<string?>("-c")
        {
            HelpName = "commands",
            Description = "Commands to run first, separated by ';' (as windbg -c), before those read from the standard input.",
        };
        var machine = new Option<string?>("--machine")
        {
            HelpName = "DIR",
            Description = "Debug the persistent machine in DIR (as devcon and sc --machine boot it); without it, a new machine.",
        };
        var driver = new Option<string?>("--driver")
        {
            HelpName = "X.dll",
            Description = "Your driver assembly, created and started as a service before the client runs (as ntsim run --driver).",
        };
        var service = new Option<string?>("--service")
        {
            HelpName = "name",
            Description = "The service name of --driver (by default its file name without the extension).",
        };
        var inf = new Option<string?>("--inf") { HelpName = "PKG.inf", Description = "Your driver package, installed on a root device with --hwid (as ntsim run --inf)." };
        var hwid = new Option<string?>("--hwid") { HelpName = "ID", Description = "The hardware ID of the root device --inf is installed on." };
        var seed = PersistentMachine.SeedOption();
        // windbg -k net:port=N,key=K: attach to a target over the network (here 127.0.0.1 only).
        var remote = new Option<string?>("-k")
        {
            HelpName = "net:port=N,key=W.X.Y.Z",
            Description = "Attach to a target started with --debug net:port=N,key=W.X.Y.Z (ntsim run) on 127.0.0.1, as windbg -k net:... does.",
        };
        var timeout = new Option<int?>("--timeout")
        {
            HelpName = "seconds",
            Description = "With -k: give up when no target has answered the key within this many seconds (by default, wait until Ctrl+C).",
        };
        // kd -z: open a crash dump.
        var dump = new Option<string?>("-z")
        {
            HelpName = "FILE",
            Description = "Open the crash dump FILE (written at a bug check: MEMORY.DMP, Minidump\\*.dmp, or --crash-dump FILE), as kd -z does.",
        };
        // kd -b: break into the target at the first chance (the initial breakpoint); here, as the client starts.
        var initialBreak = new Option<bool>("-b")
        {
            Description = "Break in as the client starts (its driver loaded), as kd -b breaks in at the first chance: set breakpoints there, then g.",
        };
        var command = new Command("kd", "The kernel debugger: WinDbg's commands (.help lists them) on a machine stopped at a bug check, a break or the prompt.")
        {
            client, clientArgs, commands, machine, driver, service, inf, hwid, seed, remote, timeout, dump, initialBreak,
        };
        command.SetAction(result =>
        {
            var configuration = result.InvocationConfiguration;
            GlobalOptions.ReportVerifier(result, configuration.Error);
            var reader = input ?? Console.In;
            var output = configuration.Output;
            // A line typed at a terminal is on the screen already; one read from a pipe or a file is written after the prompt.
            var echo = input is not null || Console.IsInputRedirected;
            var terminal = input is null && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            if (result.GetValue(remote) is { } connection)
            {
                return Attach(result, connection, result.GetValue(timeout), new RemoteKdSession(reader, output, result.GetValue(commands), echo), configuration.Error,
                    result.GetValue(client) is not null || result.GetValue(machine) is not null || result.GetValue(driver) is not null || result.GetValue(inf) is not null);
            }

            if (result.GetValue(dump) is { } dumpFile)
            {
                var alone = result.GetValue(client) is null && result.GetValue(machine) is null && result.GetValue(driver) is null && result.GetValue(inf) is null;
                return OpenDump(dumpFile, alone, new KdSession(reader, output, result.GetValue(commands), echo, terminal, null), configuration.Error);
            }

            // _NT_KD_FILES: the driver replacement map file KD loads when it starts ("Mapping Driver Files", WinDbg docs).
            var kdFiles = Environment.GetEnvironmentVariable("_NT_KD_FILES");
            var session = new KdSession(reader, output, result.GetValue(commands), echo, terminal, kdFiles, result.GetValue(initialBreak));
            var choices = GlobalOptions.Choices(result) with { KernelDebugging = KernelDebugging.Attached };
            var name = result.GetValue(client);
            var request = new ClientRunRequest(name ?? "", result.GetValue(clientArgs) ?? [], result.GetValue(driver), result.GetValue(service),
                result.GetValue(inf), result.GetValue(hwid), result.GetValue(machine), result.GetValue(seed));
            if (name is not null)
            {
                using var breakKey = new KdBreakKey(() => session.Machine);
                return new ClientRunner(output, configuration.Error, choices, session, Tool).Run(request);
            }

            if (request is not { Driver: null, Service: null, Inf: null, HardwareId: null })
            {
                configuration.Error.WriteLine($"{Tool}: --driver, --service, --inf and --hwid load a driver for a client: name the client (ntsim kd --driver X.dll CLIENT.dll).");
                return ClientRunner.BadArgument;
            }

            return AtRest(request, session, choices, configuration.Error);
        });
        return command;
    }

    /// <summary>-k: the console attached to a target over the network (a malformed key or a local machine's options: exit code 2).</summary>
    private static int Attach(ParseResult result, string connection, int? seconds, RemoteKdSession session, TextWriter error, bool local)
    {
        if (local)
        {
            error.WriteLine($"{Tool}: -k attaches to a target that runs elsewhere: it takes no client, --machine, --driver or --inf.");
            return ClientRunner.BadArgument;
        }

        if (!KdNetSettings.TryParse(connection, anyPort: false, out var settings, out var problem))
        {
            error.WriteLine($"{Tool}: -k {connection}: {problem}");
            return ClientRunner.BadArgument;
        }

        if (seconds is <= 0)
        {
            error.WriteLine($"{Tool}: --timeout {seconds}: a number of seconds above 0.");
            return ClientRunner.BadArgument;
        }

        return session.Run(settings, seconds is { } s ? TimeSpan.FromSeconds(s) : null, error, Tool);
    }

    /// <summary>-z: the console on a crash dump (a file that is not one: a line naming what is wrong, exit code 2).</summary>
    private static int OpenDump(string file, bool alone, KdSession session, TextWriter error)
    {
        if (!alone)
        {
            error.WriteLine($"{Tool}: -z opens a crash dump: it takes no client, --machine, --driver or --inf.");
            return ClientRunner.BadArgument;
        }

        KernelDebugger debugger;
        try
        {
            debugger = KernelDebugger.OpenDump(file);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{Tool}: -z {file}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
            return ClientRunner.BadArgument;
        }

        session.Open(debugger);
        return 0;
    }

    /// <summary>The console on a machine at rest: a new one, or the persistent machine in --machine.</summary>
    private static int AtRest(ClientRunRequest request, KdSession session, MachineChoices choices, TextWriter error)
    {
        using var machine = request.MachineFolder is { } folder
            ? PersistentMachine.Boot(folder, request.Seed, error, Tool, choices: choices)
            : choices.Boot(request.Seed);
        if (machine is null)
        {
            return 1;
        }

        session.Booted(machine);
        session.Stopped(machine);
        return 0;
    }
}
