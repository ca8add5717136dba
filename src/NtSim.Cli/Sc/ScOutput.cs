using System.Globalization;

namespace NtSim.Cli.Sc;

/// <summary>What sc.exe prints: the status block of a service and the FAILED lines.</summary>
internal static class ScOutput
{
    internal static void Status(TextWriter output, ServiceStatus status, bool withProcess)
    {
        output.WriteLine();
        output.WriteLine($"SERVICE_NAME: {status.Name}");
        output.WriteLine(Field("TYPE", $"{status.ServiceType:x}  {TypeName(status.ServiceType)}"));
        output.WriteLine(Field("STATE", $"{(uint)status.State}  {StateName(status.State)}"));
        if (status.State != ServiceState.Stopped)
        {
            output.WriteLine($"                                ({(status.Stoppable ? "STOPPABLE" : "NOT_STOPPABLE")}, NOT_PAUSABLE, IGNORES_SHUTDOWN)");
        }

        output.WriteLine(Field("WIN32_EXIT_CODE", $"{status.Win32ExitCode}  (0x{status.Win32ExitCode:x})"));
        output.WriteLine(Field("SERVICE_EXIT_CODE", "0  (0x0)"));
        output.WriteLine(Field("CHECKPOINT", "0x0"));
        output.WriteLine(Field("WAIT_HINT", "0x0"));
        if (withProcess)
        {
            output.WriteLine(Field("PID", "0"));
            output.WriteLine(Field("FLAGS", ""));
        }
    }

    /// <summary>"[SC] StartService FAILED 2:", the system message, and what NtSim knows.</summary>
    internal static void Failed(TextWriter output, ServiceControlException e)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[SC] {e.Operation} FAILED {e.Win32Error}:"));
        output.WriteLine();
        output.WriteLine(e.SystemMessage);
        output.WriteLine($"(ntsim: {e.ServiceName}: {e.Detail})");
    }

    internal static void Halted(TextWriter output, Machine machine, RunStatus status)
    {
        output.WriteLine();
        if (machine.BugCheck is { } bugCheck)
        {
            output.WriteLine(bugCheck.StopLine);
            output.WriteLine(bugCheck.Account);
        }
        else
        {
            output.WriteLine(machine.StopReport is { } stop && stop.Status == status
                ? stop.ToString()
                : $"The machine stopped: {status}. {machine.Deadlock?.ToString() ?? ""}".TrimEnd());
        }
    }

    private static string Field(string name, string value) => $"        {name,-19}: {value}".TrimEnd();

    private static string TypeName(uint type) => type switch
    {
        Wdm.SERVICE_KERNEL_DRIVER => "KERNEL_DRIVER",
        Wdm.SERVICE_FILE_SYSTEM_DRIVER => "FILE_SYSTEM_DRIVER",
        _ => "UNKNOWN",
    };

    private static string StateName(ServiceState state) => state switch
    {
        ServiceState.Stopped => "STOPPED",
        ServiceState.StartPending => "START_PENDING",
        ServiceState.StopPending => "STOP_PENDING",
        ServiceState.Running => "RUNNING",
        _ => "UNKNOWN",
    };
}
