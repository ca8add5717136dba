namespace NtSim;

public sealed partial class KTHREAD
{
    /// <summary>Thread->Queue: the queue whose concurrency this thread counts against, from its first
    /// KeRemoveQueue on it until it removes from another queue, the queue is run down or the thread ends.
    /// Guarded by the dispatcher lock.</summary>
    internal KQUEUE? Queue { get; set; }

    /// <summary>The queue this thread is in KeRemoveQueue on (its wait takes an entry; other waits on a
    /// queue only watch its signal state). Guarded by the dispatcher lock.</summary>
    internal KQUEUE? RemovingFrom { get; set; }

    /// <summary>The entry KeRemoveQueue's wait handed this thread (Windows puts it in WaitStatus).</summary>
    internal PLIST_ENTRY QueueEntry { get; set; }
}
