using static NtSim.Wdm;

namespace NtSim.Samples.Event;

/// <summary>The device extension: the armed notifications, guarded by a spin lock (the DPC takes
/// it at DISPATCH_LEVEL).</summary>
internal sealed class DEVICE_EXTENSION
{
    public readonly KSPIN_LOCK QueueLock = new();

    /// <summary>The list head of every NOTIFY_RECORD (its ListEntry) whose timer is armed and not yet
    /// claimed by the DPC or a canceller (InitializeListHead in DriverEntry).</summary>
    public readonly LIST_ENTRY EventQueueHead = new();
}

/// <summary>
/// One registration: its timer and DPC, and what to notify (the pending IRP or the referenced
/// event). Allocated from nonpaged pool per request, as the C sample does; the KTIMER and KDPC are
/// managed objects here, the pool block carries the record's size and tag so that a leaked
/// record shows in the pool and tracking reports with the line that allocated it.
/// </summary>
/// <remarks>
/// Ownership: a record is in <see cref="DEVICE_EXTENSION.EventQueueHead"/> while armed. Whoever
/// takes it out under the lock (the DPC, the cancel routine, cleanup, unload) owns the
/// notification. The record itself is freed by its DPC once the timer fired, or by the canceller
/// whose KeCancelTimer returned TRUE (then the DPC never runs).
/// </remarks>
internal sealed class NOTIFY_RECORD
{
    /// <summary>The C record's size on x64 (a KDPC, a KTIMER, a list entry and four pointers).</summary>
    private const ulong Size = 0xB8;

    private NOTIFY_RECORD(PVOID memory, DEVICE_EXTENSION deviceExtension)
    {
        Memory = memory;
        DeviceExtension = deviceExtension;
        ListEntry = new LIST_ENTRY(this);
        InitializeListHead(ListEntry);
    }

    public NOTIFY_TYPE Type;

    /// <summary>The record's link in <see cref="DEVICE_EXTENSION.EventQueueHead"/> while armed. Whoever
    /// claims the record removes it and initializes it as an empty list, so IsListEmpty(ListEntry)
    /// means "claimed" (or not yet queued).</summary>
    public readonly LIST_ENTRY ListEntry;

    /// <summary>EVENT_BASED: the application's event, referenced until signaled or cancelled.</summary>
    public KEVENT? Event;

    /// <summary>IRP_BASED: the pending IOCTL.</summary>
    public IRP? PendingIrp;

    /// <summary>The file object the registration came through: its cleanup cancels the record.</summary>
    public FILE_OBJECT? FileObject;

    public readonly DEVICE_EXTENSION DeviceExtension;
    public readonly KDPC Dpc = new();
    public readonly KTIMER Timer = new();

    /// <summary>The record's pool block.</summary>
    public PVOID Memory { get; private set; }

    /// <summary>A new record from nonpaged pool, or NULL when pool is short.</summary>
    public static NOTIFY_RECORD? Allocate(DEVICE_EXTENSION deviceExtension)
    {
        var memory = ExAllocatePool2(POOL_FLAG_NON_PAGED, Size, EventDriver.EVENT_POOL_TAG);
        return memory.IsNull ? null : new NOTIFY_RECORD(memory, deviceExtension);
    }

    public void Free()
    {
        ExFreePoolWithTag(Memory, EventDriver.EVENT_POOL_TAG);
        Memory = default;
    }
}
