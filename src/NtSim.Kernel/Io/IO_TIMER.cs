using System.Diagnostics;

namespace NtSim;

/// <summary>IO_TIMER_ROUTINE: a device's IoTimer routine, called once a second at DISPATCH_LEVEL while the timer is started.</summary>
public delegate void IO_TIMER_ROUTINE(DEVICE_OBJECT DeviceObject, object? Context);

/// <summary>IO_TIMER: the I/O manager's once-a-second timer of one device (DEVICE_OBJECT.Timer), a
/// periodic kernel timer whose DPC calls the driver's routine.</summary>
[DebuggerDisplay("IO_TIMER of {Device} started={Started}")]
internal sealed class IoTimer
{
    internal IoTimer(DEVICE_OBJECT device, IO_TIMER_ROUTINE routine, object? context)
    {
        Device = device;
        Routine = routine;
        Context = context;
    }

    internal DEVICE_OBJECT Device { get; }
    internal IO_TIMER_ROUTINE Routine { get; set; }
    internal object? Context { get; set; }
    internal bool Started { get; set; }
    internal KTIMER Timer { get; } = new();
    internal KDPC Dpc { get; } = new();
}
