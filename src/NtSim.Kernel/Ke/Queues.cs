using System.Diagnostics;

namespace NtSim;

/// <summary>
/// KQUEUE's work (KeInitializeQueue, KeInsertQueue, KeRemoveQueue, KeRundownQueue), on the
/// scheduler's wait machinery: a remover waits on the queue as on any dispatcher object (so
/// deterministic mode, timeouts, APCs and the deadlock report all see it), and the scheduler tells
/// the queue when one of its threads blocks, wakes or ends. The concurrency rule: a thread counts
/// in CurrentCount while it runs associated with the queue; an entry goes to a waiter only while
/// fewer than MaximumCount of them run (KiActivateWaiterQueue, KiUnlinkThread).
/// </summary>
internal static class Queues
{
    internal static void Initialize(Machine machine, KQUEUE queue, uint count)
    {
        lock (machine.Scheduler.Lock)
        {
            queue.Bind(machine, 0x40);
            queue.SignalState = 0;
            queue.Entries.Clear();
            queue.Threads.Clear();
            queue.CurrentCount = 0;
            // "If this parameter is not supplied, the number of processors in the machine is used" (KeInitializeQueue).
            queue.MaximumCount = count == 0 ? machine.Scheduler.Processors.Length : (int)Math.Min(count, int.MaxValue);
            queue.RunDown = false;
        }
    }

    /// <summary>KeInsertQueue (at the tail) and KeInsertHeadQueue: the entry goes to the most recent
    /// waiter the concurrency limit lets run, or onto the list. Returns the previous signal state.</summary>
    internal static int Insert(Machine machine, KQUEUE queue, PLIST_ENTRY entry, bool head)
    {
        lock (machine.Scheduler.Lock)
        {
            machine.ThrowIfHalted();
            var previous = queue.SignalState;
            if (head)
            {
                queue.Entries.AddFirst(entry);
            }
            else
            {
                queue.Entries.AddLast(entry);
            }

            queue.SignalState++;
            machine.Scheduler.SignalObject(queue);
            return previous;
        }
    }

    /// <summary>KeRemoveQueue: the first entry, or the wait's status (STATUS_TIMEOUT, STATUS_USER_APC,
    /// STATUS_ABANDONED for a run-down queue) in <paramref name="status"/> with a NULL entry.</summary>
    internal static PLIST_ENTRY Remove(KTHREAD thread, KQUEUE queue, KPROCESSOR_MODE mode, bool alertable, long? timeout, out NTSTATUS status)
    {
        var scheduler = thread.Machine.Scheduler;
        lock (scheduler.Lock)
        {
            if (queue.RunDown)
            {
                // "any future threads that try to wait on this queue will immediately fail with STATUS_ABANDONED" (KeRundownQueue).
                status = Wdm.STATUS_ABANDONED;
                return PLIST_ENTRY.NULL;
            }

            Associate(scheduler, thread, queue);
            thread.RemovingFrom = queue;
        }

        NTSTATUS waited;
        try
        {
            waited = scheduler.Wait(thread, [queue], Wdm.WaitAny, mode, alertable, timeout, Wdm.WrQueue);
        }
        finally
        {
            lock (scheduler.Lock)
            {
                thread.RemovingFrom = null;
            }
        }

        status = waited;
        if (waited != Wdm.STATUS_WAIT_0)
        {
            return PLIST_ENTRY.NULL;
        }

        var entry = thread.QueueEntry;
        thread.QueueEntry = PLIST_ENTRY.NULL;
        return entry;
    }

    /// <summary>More entries for a thread that just removed one (KeRemoveQueueEx's extra entries): up to
    /// <paramref name="into"/>.Length of those queued now, without waiting and without counting again.</summary>
    internal static int RemoveMore(Machine machine, KQUEUE queue, Span<PLIST_ENTRY> into)
    {
        lock (machine.Scheduler.Lock)
        {
            var n = 0;
            while (n < into.Length && queue.Entries.First is { } first && !queue.RunDown)
            {
                into[n++] = first.Value;
                queue.Entries.RemoveFirst();
                queue.SignalState--;
            }

            return n;
        }
    }

    /// <summary>KeRundownQueue: the entries, first to last, taken off the queue; its waiters wake with
    /// STATUS_ABANDONED and its threads leave it.</summary>
    internal static List<PLIST_ENTRY> Rundown(Machine machine, KQUEUE queue)
    {
        var scheduler = machine.Scheduler;
        lock (scheduler.Lock)
        {
            var entries = new List<PLIST_ENTRY>(queue.Entries);
            queue.Entries.Clear();
            queue.SignalState = 0;
            queue.RunDown = true;
            scheduler.SignalObject(queue);
            foreach (var t in queue.Threads)
            {
                t.Queue = null;
            }

            queue.Threads.Clear();
            queue.CurrentCount = 0;
            return entries;
        }
    }

    /// <summary>The thread now counts against <paramref name="queue"/>: it leaves the queue it ran for
    /// before, which may let one of that queue's waiters run.</summary>
    private static void Associate(Scheduler scheduler, KTHREAD thread, KQUEUE queue)
    {
        Debug.Assert(Monitor.IsEntered(scheduler.Lock));
        if (thread.Queue == queue)
        {
            return;
        }

        if (thread.Queue is { } old)
        {
            Leave(scheduler, thread, old);
        }

        thread.Queue = queue;
        queue.Threads.Add(thread);
        queue.CurrentCount++;
    }

    private static void Leave(Scheduler scheduler, KTHREAD thread, KQUEUE queue)
    {
        queue.Threads.Remove(thread);
        thread.Queue = null;
        queue.CurrentCount--;
        scheduler.SignalObject(queue);
    }

    /// <summary>KiActivateWaiterQueue: a thread of a queue is about to block (on anything), so it runs no
    /// more and a waiter of its queue may take its place.</summary>
    internal static void OnBlocking(Scheduler scheduler, KTHREAD thread)
    {
        if (thread.Queue is { } queue)
        {
            queue.CurrentCount--;
            scheduler.SignalObject(queue);
        }
    }

    /// <summary>KiUnlinkThread: a thread of a queue ends its wait (an entry, a timeout, another object), so it runs again.</summary>
    internal static void OnUnwait(KTHREAD thread)
    {
        if (thread.Queue is { } queue)
        {
            queue.CurrentCount++;
        }
    }

    /// <summary>KeTerminateThread: an ending thread leaves its queue.</summary>
    internal static void OnExit(Scheduler scheduler, KTHREAD thread)
    {
        if (thread.Queue is { } queue)
        {
            Leave(scheduler, thread, queue);
        }
    }
}
