using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    // The ExInterlocked list routines take the caller's spin lock as KeAcquireSpinLock takes it
    // (DISPATCH_LEVEL, the verifier's spin lock checks), do the list routine, and release it. They
    // may be called at any IRQL; the lock must be used with these routines only (nf-wdm-exinterlockedinsertheadlist).

    /// <summary>ExInterlockedInsertHeadList: InsertHeadList under <paramref name="Lock"/>; returns the
    /// entry that was first, NULL if the list was empty.</summary>
    public static PLIST_ENTRY ExInterlockedInsertHeadList(PLIST_ENTRY ListHead, PLIST_ENTRY ListEntry, KSPIN_LOCK Lock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExInterlockedInsertHeadList, Lock?.Address ?? 0);
        var old = RaiseAndAcquire(thread, KeContext.NotNull(Lock, nameof(Lock)), file, line);
        var first = DoublyLinkedLists.InsertHead(ListHead, ListEntry, nameof(ExInterlockedInsertHeadList));
        ReleaseListLock(thread, Lock, old, DdiTable.ExInterlockedInsertHeadList);
        return first == ListHead ? default : first;
    }

    /// <summary>ExInterlockedInsertTailList: InsertTailList under <paramref name="Lock"/>; returns the
    /// entry that was last, NULL if the list was empty.</summary>
    public static PLIST_ENTRY ExInterlockedInsertTailList(PLIST_ENTRY ListHead, PLIST_ENTRY ListEntry, KSPIN_LOCK Lock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExInterlockedInsertTailList, Lock?.Address ?? 0);
        var old = RaiseAndAcquire(thread, KeContext.NotNull(Lock, nameof(Lock)), file, line);
        var last = DoublyLinkedLists.InsertTail(ListHead, ListEntry, nameof(ExInterlockedInsertTailList));
        ReleaseListLock(thread, Lock, old, DdiTable.ExInterlockedInsertTailList);
        return last == ListHead ? default : last;
    }

    /// <summary>ExInterlockedRemoveHeadList: RemoveHeadList under <paramref name="Lock"/>; NULL if the list is empty.</summary>
    public static PLIST_ENTRY ExInterlockedRemoveHeadList(PLIST_ENTRY ListHead, KSPIN_LOCK Lock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExInterlockedRemoveHeadList, Lock?.Address ?? 0);
        var old = RaiseAndAcquire(thread, KeContext.NotNull(Lock, nameof(Lock)), file, line);
        var entry = DoublyLinkedLists.IsEmpty(ListHead, nameof(ExInterlockedRemoveHeadList))
            ? default
            : DoublyLinkedLists.RemoveHead(ListHead, nameof(ExInterlockedRemoveHeadList));
        ReleaseListLock(thread, Lock, old, DdiTable.ExInterlockedRemoveHeadList);
        return entry;
    }

    /// <summary>ExInterlockedPushEntryList: PushEntryList under <paramref name="Lock"/>; returns the
    /// entry that was first, NULL if the list was empty.</summary>
    public static PSINGLE_LIST_ENTRY ExInterlockedPushEntryList(PSINGLE_LIST_ENTRY ListHead, PSINGLE_LIST_ENTRY ListEntry, KSPIN_LOCK Lock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExInterlockedPushEntryList, Lock?.Address ?? 0);
        var old = RaiseAndAcquire(thread, KeContext.NotNull(Lock, nameof(Lock)), file, line);
        var first = SinglyLinkedLists.Push(ListHead, ListEntry, nameof(ExInterlockedPushEntryList));
        ReleaseListLock(thread, Lock, old, DdiTable.ExInterlockedPushEntryList);
        return first;
    }

    /// <summary>ExInterlockedPopEntryList: PopEntryList under <paramref name="Lock"/>; NULL if the list is empty.</summary>
    public static PSINGLE_LIST_ENTRY ExInterlockedPopEntryList(PSINGLE_LIST_ENTRY ListHead, KSPIN_LOCK Lock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExInterlockedPopEntryList, Lock?.Address ?? 0);
        var old = RaiseAndAcquire(thread, KeContext.NotNull(Lock, nameof(Lock)), file, line);
        var first = SinglyLinkedLists.Pop(ListHead, nameof(ExInterlockedPopEntryList));
        ReleaseListLock(thread, Lock, old, DdiTable.ExInterlockedPopEntryList);
        return first;
    }

    /// <summary>ExInterlockedAddUlong: adds <paramref name="Increment"/> under <paramref name="Lock"/>;
    /// returns the value before the addition.</summary>
    public static uint ExInterlockedAddUlong(ref uint Addend, uint Increment, KSPIN_LOCK Lock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExInterlockedAddUlong, Lock?.Address ?? 0);
        var old = RaiseAndAcquire(thread, KeContext.NotNull(Lock, nameof(Lock)), file, line);
        var initial = Addend;
        Addend = unchecked(initial + Increment);
        ReleaseListLock(thread, Lock, old, DdiTable.ExInterlockedAddUlong);
        return initial;
    }

    /// <summary>ExInterlockedAddLargeInteger: adds <paramref name="Increment"/> under <paramref name="Lock"/>;
    /// returns the value before the addition.</summary>
    public static LARGE_INTEGER ExInterlockedAddLargeInteger(ref LARGE_INTEGER Addend, LARGE_INTEGER Increment, KSPIN_LOCK Lock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExInterlockedAddLargeInteger, Lock?.Address ?? 0);
        var old = RaiseAndAcquire(thread, KeContext.NotNull(Lock, nameof(Lock)), file, line);
        var initial = Addend;
        Addend = new LARGE_INTEGER(unchecked(initial.QuadPart + Increment.QuadPart));
        ReleaseListLock(thread, Lock, old, DdiTable.ExInterlockedAddLargeInteger);
        return initial;
    }

    /// <summary>Frees the lock and goes back to the caller's IRQL, then the DDI's scheduling point.</summary>
    private static void ReleaseListLock(KTHREAD thread, KSPIN_LOCK spinLock, KIRQL oldIrql, Ddi ddi)
    {
        SpinLocks.Release(thread, spinLock);
        if (oldIrql < DISPATCH_LEVEL)
        {
            Irql.Lower(thread, oldIrql);
        }

        DdiGate.Leave(thread, ddi);
    }
}
