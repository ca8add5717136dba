namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeQueue: an empty, not signaled queue whose waits are satisfied for at most
    /// <paramref name="Count"/> threads at once (0: the number of processors).</summary>
    public static void KeInitializeQueue(KQUEUE Queue, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.KeInitializeQueue);
        Queues.Initialize(thread.Machine, KeContext.NotNull(Queue, nameof(Queue)), Count);
    }

    /// <summary>KeInsertQueue: <paramref name="Entry"/> at the tail, or straight to a waiting thread the
    /// concurrency limit lets run. Returns the queue's previous signal state (its entry count).</summary>
    public static int KeInsertQueue(KQUEUE Queue, PLIST_ENTRY Entry) => Insert(DdiTable.KeInsertQueue, Queue, Entry, head: false);

    /// <summary>KeInsertHeadQueue: <paramref name="Entry"/> at the head (removed next), or straight to a waiting thread.</summary>
    public static int KeInsertHeadQueue(KQUEUE Queue, PLIST_ENTRY Entry) => Insert(DdiTable.KeInsertHeadQueue, Queue, Entry, head: true);

    /// <summary>KeRemoveQueue: the first entry, waiting for one (up to <paramref name="Timeout"/>) while the
    /// queue is empty or as many of its threads as its Count already run. Otherwise the status cast to a
    /// pointer, as in C: STATUS_TIMEOUT, STATUS_USER_APC, or STATUS_ABANDONED once the queue is run down.</summary>
    public static PLIST_ENTRY KeRemoveQueue(KQUEUE Queue, KPROCESSOR_MODE WaitMode, LARGE_INTEGER? Timeout)
    {
        var thread = DdiGate.Enter(DdiTable.KeRemoveQueue);
        Waits.RequireInitialized(KeContext.NotNull(Queue, nameof(Queue)), thread.Machine, nameof(KeRemoveQueue));
        var timeout = Timeout?.QuadPart;
        Waits.RequireWaitIrql(thread, Queue, timeout);
        var entry = Queues.Remove(thread, Queue, WaitMode, alertable: false, timeout, out var status);
        return status == STATUS_WAIT_0 ? entry : new PLIST_ENTRY(new PVOID((uint)status));
    }

    /// <summary>KeReadStateQueue: the signal state, the number of entries queued.</summary>
    public static int KeReadStateQueue(KQUEUE Queue)
    {
        var thread = DdiGate.Enter(DdiTable.KeReadStateQueue);
        Waits.RequireInitialized(KeContext.NotNull(Queue, nameof(Queue)), thread.Machine, nameof(KeReadStateQueue));
        return Volatile.Read(ref Queue.SignalState);
    }

    /// <summary>KeRundownQueue: empties the queue and returns its first entry, linked to the others in a
    /// headless circular list (NULL if it was empty). Its waiters wake with STATUS_ABANDONED, and later
    /// removers fail at once with it, until KeInitializeQueue.</summary>
    public static PLIST_ENTRY KeRundownQueue(KQUEUE Queue)
    {
        var thread = DdiGate.Enter(DdiTable.KeRundownQueue);
        Waits.RequireInitialized(KeContext.NotNull(Queue, nameof(Queue)), thread.Machine, nameof(KeRundownQueue));
        var entries = Queues.Rundown(thread.Machine, Queue);
        for (var i = 0; i < entries.Count; i++)
        {
            ListLinks.SetFlink(entries[i], entries[(i + 1) % entries.Count], nameof(KeRundownQueue));
            ListLinks.SetBlink(entries[i], entries[(i + entries.Count - 1) % entries.Count], nameof(KeRundownQueue));
        }

        DdiGate.Leave(thread, DdiTable.KeRundownQueue);
        return entries.Count == 0 ? PLIST_ENTRY.NULL : entries[0];
    }

    private static int Insert(Ddi ddi, KQUEUE Queue, PLIST_ENTRY Entry, bool head)
    {
        var thread = DdiGate.Enter(ddi);
        var machine = thread.Machine;
        Waits.RequireInitialized(KeContext.NotNull(Queue, nameof(Queue)), machine, ddi.Name);
        if (Entry.IsNull)
        {
            throw new NtStatusException(STATUS_ACCESS_VIOLATION, $"{ddi.Name} dereferenced its NULL Entry argument");
        }

        ListLinks.Home(Entry);
        var previous = Queues.Insert(machine, Queue, Entry, head);
        DdiGate.Leave(thread, ddi);
        return previous;
    }
}
