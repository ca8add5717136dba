using System.CommandLine;

namespace NtSim.Cli.Demo;

/// <summary>`ntsim run CLIENT.dll` with --driver or --inf: a user's client and driver (<see cref="Run.ClientRunner"/>).
/// `ntsim run &lt;app&gt;`: boots a machine, starts the sample service the application
/// needs (or installs its Plug and Play device from the INF, as devcon does), runs it with its
/// arguments, stops the service (or removes the device) and prints the unload report.</summary>
internal static class RunCommand
{
    internal static Command Create()
    {
        var app = new Argument<string>("app")
        {
            Description = "Your client assembly (CLIENT.dll: its entry point, or its one public static Main, runs in a user process), "
                + "or a sample's test application: " + string.Join(", ", SampleCatalog.Runnable.Select(s => s.App)) + ".",
        };
        var appArgs = new Argument<string[]>("args")
        {
            Description = "Arguments for the application.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "Seed of the deterministic scheduler.",
            DefaultValueFactory = _ => 1,
        };
        var driver = new Option<string?>("--driver")
        {
            HelpName = "X.dll",
            Description = "Your driver assembly: created and started as a service (sc create, sc start), stopped at the end with its unload report; "
                + "with --inf, the driver file the package installs (checked).",
        };
        var service = new Option<string?>("--service")
        {
            HelpName = "name",
            Description = "The service name of --driver (by default its file name without the extension).",
        };
        var inf = new Option<string?>("--inf")
        {
            HelpName = "PKG.inf",
            Description = "Your driver package: installed as devcon install does, on a root device with --hwid, removed at the end.",
        };
        var hwid = new Option<string?>("--hwid")
        {
            HelpName = "ID",
            Description = "The hardware ID of the root device --inf is installed on.",
        };
        var machine = new Option<string?>("--machine")
        {
            HelpName = "DIR",
            Description = "Run on the persistent machine in DIR (as sc --machine and devcon): the driver is loaded unless it runs already, and stays loaded.",
        };
        // bcdedit /dbgsettings net port:N key:K, here for one run and on 127.0.0.1 only.
        var debug = new Option<string?>("--debug")
        {
            HelpName = "net:port=N,key=W.X.Y.Z",
            Description = "Boot with kernel debugging over the network: listen on 127.0.0.1:N for a debugger with the key (ntsim kd -k net:port=N,key=...); "
                + "a break or a bug check waits for one.",
        };
        var command = new Command("run", "Run your client with your driver loaded (--driver or --inf), or a sample's test application with its driver.")
        {
            app, appArgs, seed, driver, service, inf, hwid, machine, debug,
        };
        command.SetAction(result =>
        {
            var configuration = result.InvocationConfiguration;
            GlobalOptions.ReportVerifier(result, configuration.Error);
            var name = result.GetValue(app)!;
            var arguments = result.GetValue(appArgs) ?? [];
            var request = new Run.ClientRunRequest(name, arguments, result.GetValue(driver), result.GetValue(service), result.GetValue(inf), result.GetValue(hwid),
                result.GetValue(machine), result.GetValue(seed));
            var isSample = SampleCatalog.ByApp(name) is not null && !File.Exists(name);
            if (isSample && request is { Driver: null, Inf: null, Service: null, HardwareId: null, MachineFolder: null })
            {
                if (result.GetValue(debug) is not null)
                {
                    configuration.Error.WriteLine("ntsim run: --debug debugs your client's run (CLIENT.dll with --driver or --inf), not a sample application's.");
                    return 2;
                }

                return Run(configuration.Output, configuration.Error, name, arguments, request.Seed, GlobalOptions.Choices(result));
            }

            if (!LooksLikeClient(request))
            {
                configuration.Error.WriteLine($"ntsim run: '{name}' is neither a client assembly (no such file) nor a sample application "
                    + $"({string.Join(", ", SampleCatalog.Runnable.Select(s => s.App))}).");
                return 2;
            }

            if (result.GetValue(debug) is { } connection)
            {
                return Debugged(request, connection, GlobalOptions.Choices(result), configuration.Output, configuration.Error);
            }

            return new Run.ClientRunner(configuration.Output, configuration.Error, GlobalOptions.Choices(result)).Run(request);
        });
        return command;
    }

    /// <summary>--debug: the run with a network debugging target (a malformed setting or key: one line, exit code 2).</summary>
    private static int Debugged(Run.ClientRunRequest request, string connection, MachineChoices choices, TextWriter output, TextWriter error)
    {
        // The target's lines (a debugger connects, a wrong key is refused) come from the listening thread too.
        var console = TextWriter.Synchronized(output);
        using var target = Kd.RemoteTarget.Create(connection, console, anyPort: false, out var problem);
        if (target is null)
        {
            error.WriteLine($"ntsim run: --debug {connection}: {problem}");
            return 2;
        }

        try
        {
            return new Run.ClientRunner(console, error, choices with { KernelDebugging = KernelDebugging.Enabled }, target).Run(request);
        }
        catch (Kd.RemoteTargetException e)
        {
            error.WriteLine($"ntsim run: --debug: {e.Message}");
            return 1;
        }
    }

    /// <summary>A user's client: the options of one are given, or the name is a file or ends as an assembly does.</summary>
    private static bool LooksLikeClient(Run.ClientRunRequest request) =>
        request.Driver is not null || request.Inf is not null || request.Service is not null || request.HardwareId is not null || request.MachineFolder is not null
        || File.Exists(request.Client) || request.Client.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || request.Client.EndsWith(".exe", StringComparison.OrdinalIgnoreCase);

    internal static int Run(TextWriter output, TextWriter error, string app, string[] args, int seed, MachineChoices? choices = null)
    {
        var sample = SampleCatalog.ByApp(app);
        if (sample is null)
        {
            error.WriteLine($"ntsim run: unknown application '{app}'. Known applications: {string.Join(", ", SampleCatalog.Runnable.Select(s => s.App))}.");
            return 2;
        }

        using var machine = (choices ?? MachineChoices.Default).Boot(seed);
        var session = new SampleSession(machine, output);
        if (!session.StartService(sample))
        {
            return 1;
        }

        var exitCode = session.RunApp(sample, args);
        var report = session.StopService(sample);
        if (report is not null)
        {
            var line = SampleSession.Describe(report);
            output.WriteLine(sample.IsPnp ? line.Replace("[SC]", "[PnP]", StringComparison.Ordinal) : line);
            if (!report.IsClean || report.LoadContextCollected == false)
            {
                output.WriteLine(report.ToString());
            }
        }

        return exitCode;
    }
}
