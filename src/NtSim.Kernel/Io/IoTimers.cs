namespace NtSim;

/// <summary>Device timers (IoInitializeTimer, IoStartTimer, IoStopTimer): each started timer calls its
/// device's routine once a second at DISPATCH_LEVEL, in virtual time in deterministic mode.</summary>
internal static class IoTimers
{
    /// <summary>One second, in KeSetTimerEx units: a relative due time (100 ns) and a period (ms).</summary>
    private const long OneSecondDue = -10_000_000;
    private const int OneSecondPeriod = 1000;

    /// <summary>Sets up (or, called again, re-targets) the device's timer; it starts stopped.</summary>
    internal static void Initialize(KTHREAD thread, DEVICE_OBJECT device, IO_TIMER_ROUTINE routine, object? context)
    {
        var machine = thread.Machine;
        if (device.Timer is { } existing)
        {
            existing.Routine = routine;
            existing.Context = context;
            return;
        }

        var timer = new IoTimer(device, routine, context);
        Timers.Initialize(machine, timer.Timer, Wdm.NotificationTimer);
        var dpc = timer.Dpc;
        dpc.Machine = machine;
        dpc.Address = machine.AllocateObjectAddress(0x40);
        dpc.Module = machine.Modules.For(routine);
        dpc.RoutineName = $"IoTimer {dpc.Module.Name}!{CodeNames.Of(routine.Method)} of {device.Describe()}";
        dpc.Routine = (_, _, _, _) => Tick(timer);
        device.Timer = timer;
    }

    internal static void Start(KTHREAD thread, DEVICE_OBJECT device, string file, int line)
    {
        var timer = Require(device, nameof(Wdm.IoStartTimer));
        if (!timer.Started)
        {
            timer.Started = true;
            Timers.Set(thread, timer.Timer, OneSecondDue, OneSecondPeriod, timer.Dpc, file, line);
        }
    }

    internal static void Stop(KTHREAD thread, DEVICE_OBJECT device)
    {
        var timer = Require(device, nameof(Wdm.IoStopTimer));
        timer.Started = false;
        Timers.Cancel(thread.Machine, timer.Timer);
    }

    /// <summary>IoDeleteDevice takes the device's timer off the I/O manager's list (IopRemoveTimerFromTimerList):
    /// a timer still started stops without complaint.</summary>
    internal static void OnDeviceDeleted(Machine machine, DEVICE_OBJECT device)
    {
        if (device.Timer is { } timer)
        {
            timer.Started = false;
            Timers.Cancel(machine, timer.Timer);
        }
    }

    private static void Tick(IoTimer timer)
    {
        if (timer.Started)
        {
            timer.Routine(timer.Device, timer.Context);
        }
    }

    /// <summary>IoStartTimer and IoStopTimer follow DeviceObject->Timer: without IoInitializeTimer it is NULL,
    /// and the access faults in the caller (STATUS_ACCESS_VIOLATION; unhandled, 0x7E/0x1E/0x3B).</summary>
    private static IoTimer Require(DEVICE_OBJECT device, string ddi)
    {
        Uninitialized.Require(device.Timer is not null, "IO_TIMER", nameof(Wdm.IoInitializeTimer), ddi);
        return device.Timer!;
    }
}
