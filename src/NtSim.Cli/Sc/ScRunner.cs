namespace NtSim.Cli.Sc;

/// <summary>Boots one machine and runs the sc requests on it in order, printing as sc.exe does;
/// stops at the first request that fails. Returns the exit code: 0, the Win32 error of the failed
/// request (as sc.exe; see <see cref="ExitCodeOf"/>), or 1 when the machine halted (a bug check).</summary>
internal sealed class ScRunner(TextWriter output)
{
    /// <summary>Boots a new machine with <paramref name="choices"/> and runs the requests on it.</summary>
    internal int Run(IReadOnlyList<ScRequest> requests, MachineChoices choices, int seed, int processors)
    {
        using var machine = (choices with { DebugPrint = output }).Boot(seed, processors);
        return Run(machine, requests);
    }

    /// <summary>Runs the requests on <paramref name="machine"/> (a persistent one, booted by the caller, whose
    /// debug output the caller streams).</summary>
    internal int Run(Machine machine, IReadOnlyList<ScRequest> requests)
    {
        foreach (var request in requests)
        {
            try
            {
                if (!RunOne(machine, request))
                {
                    return 1;
                }
            }
            catch (ServiceControlException e)
            {
                ScOutput.Failed(output, e);
                if (e.UnloadReport is { IsClean: false } leftovers)
                {
                    output.WriteLine();
                    output.WriteLine(leftovers);
                }

                return ExitCodeOf(e.Win32Error);
            }
        }

        return 0;
    }

    /// <summary>The exit code of a failed request: its Win32 error, as sc.exe exits, when that survives the
    /// 8 bits Linux and macOS keep of an exit code; else 1 (0xE0000100 would exit 0, as if it had worked).</summary>
    internal static int ExitCodeOf(uint win32Error)
        => win32Error is > 0 and <= int.MaxValue && (win32Error & 0xFF) != 0 ? (int)win32Error : 1;

    /// <summary>Runs one request; false if the machine halted.</summary>
    private bool RunOne(Machine machine, ScRequest request)
    {
        var services = machine.Services;
        switch (request.Verb)
        {
            case "create":
                services.Create(request.Name!, request.BinPath!, request.StartType, request.ErrorControl, request.DisplayName);
                output.WriteLine("[SC] CreateService SUCCESS");
                return true;
            case "start":
                var started = services.Start(request.Name!);
                if (started != RunStatus.Completed)
                {
                    ScOutput.Halted(output, machine, started);
                    return false;
                }

                ScOutput.Status(output, services.Query(request.Name!), withProcess: true);
                return true;
            case "stop":
                var report = services.Stop(request.Name!);
                if (report.RunStatus != RunStatus.Completed)
                {
                    output.WriteLine();
                    output.WriteLine(report);
                    ScOutput.Halted(output, machine, report.RunStatus);
                    return false;
                }

                ScOutput.Status(output, services.Query(request.Name!), withProcess: false);
                output.WriteLine();
                output.WriteLine(report);
                return true;
            case "delete":
                services.Delete(request.Name!);
                output.WriteLine("[SC] DeleteService SUCCESS");
                return true;
            default:
                var all = request.Name is null ? Machines.RunningServices.All(machine) : [services.Query(request.Name)];
                foreach (var status in all)
                {
                    ScOutput.Status(output, status, withProcess: false);
                }

                return true;
        }
    }
}
