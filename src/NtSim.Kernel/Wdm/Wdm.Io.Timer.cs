using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoInitializeTimer: gives the device a timer that, once started, calls
    /// <paramref name="TimerRoutine"/> once a second at DISPATCH_LEVEL.</summary>
    public static NTSTATUS IoInitializeTimer(DEVICE_OBJECT DeviceObject, IO_TIMER_ROUTINE TimerRoutine, object? Context)
    {
        var thread = DdiGate.Enter(DdiTable.IoInitializeTimer);
        IoTimers.Initialize(thread, KeContext.NotNull(DeviceObject, nameof(DeviceObject)), KeContext.NotNull(TimerRoutine, nameof(TimerRoutine)), Context);
        return STATUS_SUCCESS;
    }

    /// <summary>IoStartTimer: the device's IoTimer routine runs once a second from now on.</summary>
    public static void IoStartTimer(DEVICE_OBJECT DeviceObject,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoStartTimer);
        IoTimers.Start(thread, KeContext.NotNull(DeviceObject, nameof(DeviceObject)), file, line);
    }

    /// <summary>IoStopTimer: the routine is not called again until IoStartTimer.</summary>
    public static void IoStopTimer(DEVICE_OBJECT DeviceObject)
    {
        var thread = DdiGate.Enter(DdiTable.IoStopTimer);
        IoTimers.Stop(thread, KeContext.NotNull(DeviceObject, nameof(DeviceObject)));
    }
}
