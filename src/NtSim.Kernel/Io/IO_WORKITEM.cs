namespace NtSim;

/// <summary>IO_WORKITEM_ROUTINE: runs on a system worker thread at PASSIVE_LEVEL.</summary>
public delegate void IO_WORKITEM_ROUTINE(DEVICE_OBJECT DeviceObject, object? Context);

/// <summary>IO_WORKITEM_ROUTINE_EX: as IO_WORKITEM_ROUTINE, also given the work item.</summary>
public delegate void IO_WORKITEM_ROUTINE_EX(object IoObject, object? Context, IO_WORKITEM IoWorkItem);

/// <summary>IO_WORKITEM: a work item tied to a device object, which stays referenced while the
/// item is queued so the driver cannot unload under it.</summary>
public sealed class IO_WORKITEM
{
    internal IO_WORKITEM(DEVICE_OBJECT device)
    {
        Device = device;
    }

    internal DEVICE_OBJECT Device { get; }
    internal WORK_QUEUE_ITEM Item { get; } = new();
    internal bool Freed { get; set; }
    internal int TrackHandle { get; set; } = -1;
}
