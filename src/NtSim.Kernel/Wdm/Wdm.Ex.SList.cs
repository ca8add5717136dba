namespace NtSim;

public static partial class Wdm
{
    /// <summary>InitializeSListHead: an empty sequenced list (an inline function of wdm.h: no DDI gate).</summary>
    public static void InitializeSListHead(SLIST_HEADER SListHead) =>
        SequencedLists.Initialize(KeContext.NotNull(SListHead, nameof(SListHead)));

    /// <summary>ExInitializeSListHead: InitializeSListHead (a macro for it).</summary>
    public static void ExInitializeSListHead(SLIST_HEADER SListHead) => InitializeSListHead(SListHead);

    /// <summary>QueryDepthSList: how many entries the list holds (an inline read of the header: no DDI gate).</summary>
    public static ushort QueryDepthSList(SLIST_HEADER SListHead) => SequencedLists.Depth(KeContext.NotNull(SListHead, nameof(SListHead)));

    /// <summary>ExQueryDepthSList: QueryDepthSList (a macro for it).</summary>
    public static ushort ExQueryDepthSList(SLIST_HEADER SListHead) => QueryDepthSList(SListHead);

    /// <summary>InterlockedPushEntrySList: atomically pushes <paramref name="ListEntry"/>; returns the
    /// entry that was first, NULL if the list was empty.</summary>
    public static PSLIST_ENTRY InterlockedPushEntrySList(SLIST_HEADER ListHead, PSLIST_ENTRY ListEntry)
    {
        var thread = DdiGate.Enter(DdiTable.InterlockedPushEntrySList);
        var first = SequencedLists.Push(KeContext.NotNull(ListHead, nameof(ListHead)), ListEntry, nameof(InterlockedPushEntrySList));
        DdiGate.Leave(thread, DdiTable.InterlockedPushEntrySList);
        return first;
    }

    /// <summary>InterlockedPopEntrySList: atomically pops the first entry, NULL if the list is empty.</summary>
    public static PSLIST_ENTRY InterlockedPopEntrySList(SLIST_HEADER ListHead)
    {
        var thread = DdiGate.Enter(DdiTable.InterlockedPopEntrySList);
        var first = SequencedLists.Pop(KeContext.NotNull(ListHead, nameof(ListHead)), nameof(InterlockedPopEntrySList));
        DdiGate.Leave(thread, DdiTable.InterlockedPopEntrySList);
        return first;
    }

    /// <summary>InterlockedFlushSList: atomically empties the list; returns its first entry (the
    /// chain stays linked through Next), NULL if it was empty.</summary>
    public static PSLIST_ENTRY InterlockedFlushSList(SLIST_HEADER ListHead)
    {
        var thread = DdiGate.Enter(DdiTable.InterlockedFlushSList);
        var first = SequencedLists.Flush(KeContext.NotNull(ListHead, nameof(ListHead)));
        DdiGate.Leave(thread, DdiTable.InterlockedFlushSList);
        return first;
    }

    /// <summary>ExInterlockedPushEntrySList: InterlockedPushEntrySList; the lock is not used on x64.</summary>
    public static PSLIST_ENTRY ExInterlockedPushEntrySList(SLIST_HEADER ListHead, PSLIST_ENTRY ListEntry, KSPIN_LOCK? Lock)
    {
        var thread = DdiGate.Enter(DdiTable.ExInterlockedPushEntrySList);
        var first = SequencedLists.Push(KeContext.NotNull(ListHead, nameof(ListHead)), ListEntry, nameof(ExInterlockedPushEntrySList));
        DdiGate.Leave(thread, DdiTable.ExInterlockedPushEntrySList);
        return first;
    }

    /// <summary>ExInterlockedPopEntrySList: InterlockedPopEntrySList; the lock is not used on x64.</summary>
    public static PSLIST_ENTRY ExInterlockedPopEntrySList(SLIST_HEADER ListHead, KSPIN_LOCK? Lock)
    {
        var thread = DdiGate.Enter(DdiTable.ExInterlockedPopEntrySList);
        var first = SequencedLists.Pop(KeContext.NotNull(ListHead, nameof(ListHead)), nameof(ExInterlockedPopEntrySList));
        DdiGate.Leave(thread, DdiTable.ExInterlockedPopEntrySList);
        return first;
    }

    /// <summary>ExInterlockedFlushSList: InterlockedFlushSList.</summary>
    public static PSLIST_ENTRY ExInterlockedFlushSList(SLIST_HEADER ListHead)
    {
        var thread = DdiGate.Enter(DdiTable.ExInterlockedFlushSList);
        var first = SequencedLists.Flush(KeContext.NotNull(ListHead, nameof(ListHead)));
        DdiGate.Leave(thread, DdiTable.ExInterlockedFlushSList);
        return first;
    }
}
