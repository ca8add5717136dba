using System.Diagnostics;

namespace NtSim;

/// <summary>
/// KQUEUE: a dispatcher object holding a list of entries that threads take with KeRemoveQueue, at
/// most MaximumCount of them running at once (the concurrency limit: a thread counts from the entry
/// it took until it waits again). Signal state is the number of entries. Waiters in KeRemoveQueue are
/// woken last come, first served, so the thread whose cache is warmest runs. An I/O completion port's
/// object body is a KQUEUE. All state is guarded by the dispatcher lock. docs/io.md.
/// </summary>
[DebuggerDisplay("KQUEUE entries={SignalState} current={CurrentCount} max={MaximumCount}")]
public sealed class KQUEUE : DispatcherObject, IObjectBody
{
    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    /// <summary>EntryListHead: the entries, first to be removed first.</summary>
    internal LinkedList<PLIST_ENTRY> Entries { get; } = new();

    /// <summary>ThreadListHead: the threads whose Queue is this one.</summary>
    internal List<KTHREAD> Threads { get; } = [];

    /// <summary>CurrentCount: the threads of the queue that are running (took an entry and have not waited since).</summary>
    internal int CurrentCount { get; set; }

    /// <summary>MaximumCount: the concurrency limit (KeInitializeQueue's Count, or the processor count).</summary>
    internal int MaximumCount { get; set; }

    /// <summary>KeRundownQueue ran: removers fail at once with STATUS_ABANDONED.</summary>
    internal bool RunDown { get; set; }

    internal override string KindName => "KQUEUE";

    /// <summary>A KeRemoveQueue waiter is satisfied by an entry when the concurrency limit allows: a blocked
    /// waiter does not count itself, a running one (testing before it waits) does. Any other wait on the
    /// queue watches only the signal state.</summary>
    internal override bool IsSignaledFor(KTHREAD thread)
    {
        if (thread.RemovingFrom != this)
        {
            return SignalState > 0;
        }

        if (RunDown)
        {
            return true;
        }

        var running = thread.State == ThreadState.Waiting ? CurrentCount : CurrentCount - 1;
        return Entries.Count > 0 && running < MaximumCount;
    }

    /// <summary>A KeRemoveQueue waiter takes the first entry (the count moves when the thread runs again:
    /// <see cref="Queues.OnUnwait"/>); a run-down queue answers STATUS_ABANDONED.</summary>
    internal override NTSTATUS Satisfy(KTHREAD thread, NTSTATUS status)
    {
        if (thread.RemovingFrom != this)
        {
            return status;
        }

        if (RunDown)
        {
            return Wdm.STATUS_ABANDONED;
        }

        thread.QueueEntry = Entries.First!.Value;
        Entries.RemoveFirst();
        SignalState--;
        return status;
    }

    /// <summary>KeRemoveQueue's waiters go to the front of the wait list: the last to wait is woken first.</summary>
    internal override void AddWaitBlock(WaitBlock block)
    {
        if (block.Thread.RemovingFrom == this)
        {
            WaitList.Insert(0, block);
        }
        else
        {
            WaitList.Add(block);
        }
    }

    /// <summary>IopCloseIoCompletion: the port's last handle is gone, so its waiters wake with
    /// STATUS_ABANDONED (GetQueuedCompletionStatus: ERROR_ABANDONED_WAIT_0).</summary>
    void IObjectBody.OnHandleClosed(ObjectHeader header, long remainingHandles)
    {
        if (remainingHandles == 0 && Machine is { } machine)
        {
            Queues.Rundown(machine, this);
        }
    }

    /// <summary>IopDeleteIoCompletion: the packets still queued go with the port.</summary>
    void IObjectBody.OnDelete(ObjectHeader header)
    {
        if (Machine is { } machine)
        {
            Queues.Rundown(machine, this);
        }
    }
}
