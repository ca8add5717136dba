using System.Globalization;
using NtSim.Cli.Demo;
using NtSim.Cli.Machines;
using NtSim.Cli.Sc;
using NtSim.Setup;

namespace NtSim.Cli.Run;

/// <summary>
/// `ntsim run --driver X.dll CLIENT.dll [args...]`: loads a user's driver (sc create + start, or devcon install
/// of its INF package on a root device), runs the client assembly in a user process, prints its output with
/// the debug messages as they come, unloads the driver (sc stop, or devcon remove) and prints the unload report.
/// On a persistent machine (--machine) the driver stays as the machine keeps it. Exit code: the client's;
/// <see cref="Halted"/> when the machine halted (a bug check, printed with its account); the Win32 error when
/// the driver did not start (as sc start); <see cref="BadArgument"/> for a bad argument. With a debugger
/// (ntsim kd), each stop opens its console: a bug check or a break, and the client's exit before the unload.
/// </summary>
internal sealed class ClientRunner(TextWriter output, TextWriter error, MachineChoices choices, IRunDebugger? debugger = null, string tool = "ntsim run")
{
    /// <summary>A bad argument (a missing file, not an assembly, --hwid without --inf ...).</summary>
    internal const int BadArgument = 2;

    /// <summary>The machine halted: a bug check, a deadlock or a limit.</summary>
    internal const int Halted = 3;

    internal int Run(ClientRunRequest request)
    {
        if (request.Problem() is { } problem)
        {
            error.WriteLine($"{tool}: {problem}");
            return BadArgument;
        }

        var persistent = request.MachineFolder is not null;
        using var machine = persistent
            ? PersistentMachine.Boot(request.MachineFolder!, request.Seed, error, tool, create: request.Driver is not null || request.Inf is not null,
                choices: choices with { DebugPrint = output })
            : (choices with { DebugPrint = output }).Boot(request.Seed);
        if (machine is null)
        {
            return 1;
        }

        debugger?.Booted(machine);
        var exitCode = RunOn(machine, request, persistent);
        if (persistent)
        {
            PersistentMachine.Record(machine, error, tool);
        }

        return exitCode;
    }

    private int RunOn(Machine machine, ClientRunRequest request, bool persistent)
    {
        string? service;
        string? device = null;
        try
        {
            (service, device) = request.Inf is not null ? InstallDevice(machine, request) : (StartService(machine, request), null);
        }
        catch (ServiceControlException e)
        {
            ScOutput.Failed(output, e);
            return ScRunner.ExitCodeOf(e.Win32Error);
        }
        catch (Exception e) when (e is DeviceSetupException or DriverStoreException or ArgumentException)
        {
            // The package or the hardware ID given does not install: a bad argument, named in one line.
            error.WriteLine($"{tool}: {e.Message}");
            return BadArgument;
        }

        if (machine.IsHalted)
        {
            return Stopped(machine);
        }

        if (device is not null && service is null)
        {
            return 1;
        }

        var exitCode = RunClient(machine, request, out var stopped);
        if (stopped)
        {
            return exitCode!.Value;
        }

        if (!persistent && service is not null)
        {
            var report = device is null ? StopService(machine, service) : RemoveDevice(machine, device, service);
            if (machine.IsHalted)
            {
                return Stopped(machine);
            }

            if (report is not null)
            {
                PrintReport(report, device is null ? "[SC]" : "[PnP]");
            }
        }

        // A client that could not start is a bad argument, once the driver is unloaded again.
        return exitCode ?? BadArgument;
    }

    /// <summary>sc create (unless the persistent machine has the service) and sc start (unless it runs); the service name, or null without --driver.</summary>
    private string? StartService(Machine machine, ClientRunRequest request)
    {
        if (request.Driver is null)
        {
            return null;
        }

        var name = request.ServiceName;
        var path = Path.GetFullPath(request.Driver);
        if (!RunningServices.All(machine).Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            machine.Services.Create(name, path);
        }

        if (machine.Services.Query(name).State != ServiceState.Running && machine.Services.Start(name) != RunStatus.Completed)
        {
            return name;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[SC] {name,-10} {machine.Services.Query(name).State}  ({Path.GetFileName(path)})"));
        return name;
    }

    /// <summary>devcon install of the package on a root device with the hardware ID (on a persistent machine, unless
    /// a device has it already); the device's service and instance path.</summary>
    private (string? Service, string Device) InstallDevice(Machine machine, ClientRunRequest request)
    {
        var inf = Path.GetFullPath(request.Inf!);
        var package = machine.Setup.AddDriver(inf);
        if (request.Driver is { } driver)
        {
            CheckDriverIsThePackages(package, inf, Path.GetFullPath(driver));
        }

        var existing = machine.Pnp.Nodes.FirstOrDefault(n => n.HardwareIds.Contains(request.HardwareId!, StringComparer.OrdinalIgnoreCase));
        string instance;
        if (existing is null)
        {
            output.WriteLine($"> devcon install {Path.GetFileName(inf)} {request.HardwareId}");
            instance = machine.Setup.InstallRootDevice(inf, request.HardwareId!);
            machine.RunUntilIdle();
        }
        else
        {
            instance = existing.InstancePath;
        }

        var node = machine.Pnp.Find(instance);
        var started = node is { Problem: 0, State: DeviceNodeState.DeviceNodeStarted };
        output.WriteLine($"  {instance}: {(started ? "Driver is running." : node is null ? "not present" : $"problem {node.Problem}: {node.Log.LastOrDefault()}")}"
            + (node?.Service is { } name ? $"  (service {name})" : ""));
        return (started ? node!.Service : null, instance);
    }

    /// <summary>--driver with --inf must be the driver file the package copies (name.sys present as name.dll beside the INF).</summary>
    private static void CheckDriverIsThePackages(DriverPackage package, string inf, string driver)
    {
        var folder = Path.GetDirectoryName(inf)!;
        var copied = package.Files.Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToList();
        if (!copied.Any(f => string.Equals(Path.GetFullPath(Path.Combine(folder, f)), driver, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"--driver {driver} is not a driver {Path.GetFileName(inf)} installs: its package copies "
                + (copied.Count == 0 ? "no driver assembly" : string.Join(", ", copied.Select(f => Path.Combine(folder, f)))) + ".");
        }
    }

    /// <summary>The client in a user process; its exit code (<see cref="Halted"/> when the machine stopped), or null
    /// when it could not start (the reason printed).</summary>
    private int? RunClient(Machine machine, ClientRunRequest request, out bool stopped)
    {
        stopped = false;
        UserProcess process;
        try
        {
            debugger?.ClientStarting(machine);
            process = machine.StartProcess(Path.GetFullPath(request.Client), request.Arguments);
        }
        catch (Exception e) when (e is FileNotFoundException or BadImageFormatException or ArgumentException or ProcessCreationFailedException)
        {
            // ArgumentException's message ends with " (Parameter 'name')": the one line names the file already.
            var message = e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
            error.WriteLine($"{tool}: {message}");
            return null;
        }

        output.WriteLine($"> {process.ImageName} {string.Join(' ', request.Arguments)}".TrimEnd());
        var status = process.WaitForExit();
        while (status == RunStatus.Break && debugger is not null && debugger.Stopped(machine))
        {
            // The debugger let the broken-in machine go (g): the client goes on.
            status = process.WaitForExit();
        }

        foreach (var line in process.Output.TrimEnd('\n').Split('\n').Where(l => l.Length > 0))
        {
            output.WriteLine("  " + line);
        }

        if (status != RunStatus.Completed)
        {
            // The process's exit code means nothing: the machine halted, deadlocked or hit a limit.
            stopped = true;
            return Stopped(machine, status);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ({process.ImageName} exited with {process.ExitCode})"));
        if (debugger is not null && !debugger.Stopped(machine) && machine.IsHalted)
        {
            stopped = true;
            return Halted;
        }

        return process.ExitCode;
    }

    private UnloadReport? StopService(Machine machine, string service)
    {
        try
        {
            return machine.Services.Stop(service);
        }
        catch (ServiceControlException e)
        {
            output.WriteLine($"[SC] {service}: {e.Message}");
            return null;
        }
    }

    private UnloadReport? RemoveDevice(Machine machine, string instance, string service)
    {
        output.WriteLine($"> devcon remove @{instance}");
        var removed = machine.Pnp.Remove(instance);
        output.WriteLine(removed.Succeeded ? $"  {instance}: Removed" : $"  {instance}: removal vetoed by {removed.VetoedBy?.InstancePath}");
        var report = machine.Services.Query(service).LastUnloadReport;
        if (report is null)
        {
            output.WriteLine($"[PnP] {service}: still loaded");
        }

        return report;
    }

    private void PrintReport(UnloadReport report, string prefix)
    {
        output.WriteLine(SampleSession.Describe(report).Replace("[SC]", prefix, StringComparison.Ordinal));
        if (!report.IsClean || report.LoadContextCollected == false)
        {
            output.WriteLine(report.ToString());
        }
    }

    /// <summary>The machine halted: the bug check's stop line and account (or what stopped it).</summary>
    private int Stopped(Machine machine, RunStatus? status = null)
    {
        if (debugger is { Ended: false } && (machine.IsHalted || machine.Debugger.Break is not null))
        {
            // The debugger prints the bug check (or the break) as it arrives, and takes commands on the stopped machine.
            debugger.Stopped(machine);
            return Halted;
        }

        output.WriteLine();
        if (machine.BugCheck is { } bugCheck)
        {
            output.WriteLine(bugCheck.StopLine);
            output.WriteLine(bugCheck.Account);
            if (machine.CrashDumps.LastDump is { } dump)
            {
                output.WriteLine($"Crash dump: {dump} (open it with: ntsim kd -z \"{dump}\")");
            }
        }
        else
        {
            output.WriteLine(machine.StopReport?.ToString() ?? $"The machine stopped: {status}. {machine.Deadlock?.ToString() ?? ""}".TrimEnd());
        }

        return Halted;
    }
}
