namespace NtSim;

/// <summary>SERVICE_STATUS.dwCurrentState, with the values of winsvc.h (SERVICE_STOPPED 1 ...).</summary>
public enum ServiceState : uint
{
    /// <summary>SERVICE_STOPPED: not loaded (or its image waits for its last device object to go).</summary>
    Stopped = 1,

    /// <summary>SERVICE_START_PENDING.</summary>
    StartPending = 2,

    /// <summary>SERVICE_STOP_PENDING: stopped while a device had open files; DriverUnload runs when they close.</summary>
    StopPending = 3,

    /// <summary>SERVICE_RUNNING: DriverEntry succeeded and the driver object exists.</summary>
    Running = 4,
}
