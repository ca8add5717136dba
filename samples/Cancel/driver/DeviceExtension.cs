namespace NtSim.Samples.Cancel;

/// <summary>The device extension: the cancel-safe queue with its list and spin lock, the
/// semaphore that counts queued reads for the polling thread, and the device's state.</summary>
internal sealed class DEVICE_EXTENSION
{
    /// <summary>Guards <see cref="PendingIrpQueue"/> (the CSQ's lock routines take it).</summary>
    public readonly KSPIN_LOCK QueueLock = new();

    /// <summary>The queued reads, oldest first: a list head (InitializeListHead in DriverEntry) whose
    /// entries are the IRPs' Tail.Overlay.ListEntry.</summary>
    public readonly LIST_ENTRY PendingIrpQueue = new();

    public readonly IO_CSQ CancelSafeQueue = new();

    /// <summary>Released once per queued read; the polling thread waits on it.</summary>
    public readonly KSEMAPHORE IrpQueueSemaphore = new();

    /// <summary>Set by Unload before it wakes the polling thread for the last time.</summary>
    public volatile bool ThreadShouldStop;

    /// <summary>The polling thread, referenced so that Unload can wait for it to end.</summary>
    public KTHREAD? ThreadObject;

    /// <summary>The device needs this long between two reads (relative, 100 ns units: one second).</summary>
    public LARGE_INTEGER PollingInterval;

    /// <summary>When the device was last read (system time); touched by the polling thread only.</summary>
    public LARGE_INTEGER LastPollTime;

    /// <summary>Samples delivered so far; touched by the polling thread only.</summary>
    public uint SampleCount;
}
