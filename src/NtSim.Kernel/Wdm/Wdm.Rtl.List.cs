using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>A field of a record, by reference: <c>(ref FullItem&lt;T&gt; item) =&gt; ref item.Entry</c>,
/// for FIELD_OFFSET and CONTAINING_RECORD on records in memory.</summary>
public delegate ref TField RecordField<TRecord, TField>(ref TRecord record);

public static partial class Wdm
{
    /// <summary>FAST_FAIL_CORRUPT_LIST_ENTRY (winnt.h, a user-mode header the cross-checked kernel
    /// headers lack: internal): P1 of KERNEL_SECURITY_CHECK_FAILURE when a list check fails.</summary>
    internal const uint FAST_FAIL_CORRUPT_LIST_ENTRY = 3;

    // The list routines are inline functions of wdm.h, not calls into the kernel: no DDI gate
    // (docs/ddi-entry.md). Entries in memory are read and written as the processor would.

    /// <summary>InitializeListHead: an empty list (Flink and Blink point at the head).</summary>
    public static void InitializeListHead(PLIST_ENTRY ListHead) =>
        DoublyLinkedLists.Initialize(ListHead, nameof(InitializeListHead));

    /// <summary>IsListEmpty: TRUE if the head's Flink points at the head.</summary>
    public static bool IsListEmpty(PLIST_ENTRY ListHead) => DoublyLinkedLists.IsEmpty(ListHead, nameof(IsListEmpty));

    /// <summary>InsertHeadList: inserts <paramref name="Entry"/> at the front; a corrupted list fails fast (0x139/3).</summary>
    public static void InsertHeadList(PLIST_ENTRY ListHead, PLIST_ENTRY Entry) =>
        DoublyLinkedLists.InsertHead(ListHead, Entry, nameof(InsertHeadList));

    /// <summary>InsertTailList: inserts <paramref name="Entry"/> at the back; a corrupted list fails fast (0x139/3).</summary>
    public static void InsertTailList(PLIST_ENTRY ListHead, PLIST_ENTRY Entry) =>
        DoublyLinkedLists.InsertTail(ListHead, Entry, nameof(InsertTailList));

    /// <summary>RemoveHeadList: unlinks and returns the first entry; an empty list returns <paramref name="ListHead"/> itself.</summary>
    public static PLIST_ENTRY RemoveHeadList(PLIST_ENTRY ListHead) => DoublyLinkedLists.RemoveHead(ListHead, nameof(RemoveHeadList));

    /// <summary>RemoveTailList: unlinks and returns the last entry; an empty list returns <paramref name="ListHead"/> itself.</summary>
    public static PLIST_ENTRY RemoveTailList(PLIST_ENTRY ListHead) => DoublyLinkedLists.RemoveTail(ListHead, nameof(RemoveTailList));

    /// <summary>RemoveEntryList: unlinks <paramref name="Entry"/>; TRUE if the list is empty afterwards.</summary>
    public static bool RemoveEntryList(PLIST_ENTRY Entry) => DoublyLinkedLists.Remove(Entry, nameof(RemoveEntryList));

    /// <summary>AppendTailList: appends the headless circular list whose first entry is
    /// <paramref name="ListToAppend"/> at the end of the list at <paramref name="ListHead"/>.</summary>
    public static void AppendTailList(PLIST_ENTRY ListHead, PLIST_ENTRY ListToAppend) =>
        DoublyLinkedLists.AppendTail(ListHead, ListToAppend, nameof(AppendTailList));

    /// <summary>PushEntryList: pushes <paramref name="Entry"/> on the singly linked list.</summary>
    public static void PushEntryList(PSINGLE_LIST_ENTRY ListHead, PSINGLE_LIST_ENTRY Entry) =>
        SinglyLinkedLists.Push(ListHead, Entry, nameof(PushEntryList));

    /// <summary>PopEntryList: pops the first entry, NULL if the list is empty.</summary>
    public static PSINGLE_LIST_ENTRY PopEntryList(PSINGLE_LIST_ENTRY ListHead) => SinglyLinkedLists.Pop(ListHead, nameof(PopEntryList));

    /// <summary>CONTAINING_RECORD for a typed entry: the object the LIST_ENTRY was constructed in
    /// (<c>new LIST_ENTRY(this)</c>).</summary>
    public static T CONTAINING_RECORD<T>(PLIST_ENTRY Address)
        where T : class => Container<T>(Address.Entry?.Container, Address.Entry is null, Address.ToString());

    /// <summary>CONTAINING_RECORD for a typed singly linked entry.</summary>
    public static T CONTAINING_RECORD<T>(PSINGLE_LIST_ENTRY Address)
        where T : class => Container<T>(Address.Entry?.Container, Address.Entry is null, Address.ToString());

    /// <summary>CONTAINING_RECORD for a typed SLIST entry.</summary>
    public static T CONTAINING_RECORD<T>(PSLIST_ENTRY Address)
        where T : class => Container<T>(Address.Entry?.Container, Address.Entry is null, Address.ToString());

    /// <summary>CONTAINING_RECORD for an entry in memory: the address of the record whose
    /// <paramref name="Field"/> the entry is (<c>CONTAINING_RECORD(entry, (ref FullItem&lt;T&gt; r) =&gt; ref r.Entry)</c>).</summary>
    public static PVOID CONTAINING_RECORD<TRecord>(PLIST_ENTRY Address, RecordField<TRecord, LIST_ENTRY64> Field)
        where TRecord : unmanaged => InMemory(Address.Address, Address.Entry is not null, FIELD_OFFSET(Field));

    /// <summary>CONTAINING_RECORD for an entry in memory, by the field's offset.</summary>
    public static PVOID CONTAINING_RECORD(PLIST_ENTRY Address, int FieldOffset) =>
        InMemory(Address.Address, Address.Entry is not null, FieldOffset);

    /// <summary>CONTAINING_RECORD for a singly linked or SLIST entry in memory, by the field's offset.</summary>
    public static PVOID CONTAINING_RECORD(PSINGLE_LIST_ENTRY Address, int FieldOffset) =>
        InMemory(Address.Address, Address.Entry is not null, FieldOffset);

    /// <summary>CONTAINING_RECORD for an SLIST entry in memory, by the field's offset.</summary>
    public static PVOID CONTAINING_RECORD(PSLIST_ENTRY Address, int FieldOffset) =>
        InMemory(Address.Address, Address.Entry is not null, FieldOffset);

    /// <summary>FIELD_OFFSET: the byte offset of a field in an unmanaged record, as laid out in memory.</summary>
    public static int FIELD_OFFSET<TRecord, TField>(RecordField<TRecord, TField> Field)
        where TRecord : unmanaged
    {
        ArgumentNullException.ThrowIfNull(Field);
        var record = default(TRecord);
        ref var start = ref Unsafe.As<TRecord, byte>(ref record);
        ref var field = ref Unsafe.As<TField, byte>(ref Field(ref record));
        return (int)Unsafe.ByteOffset(ref start, ref field);
    }

    private static T Container<T>(object? container, bool inMemory, string entry)
        where T : class
    {
        if (container is T typed)
        {
            return typed;
        }

        // In C a wrong CONTAINING_RECORD yields a bad pointer; here it is an exception in the driver's code.
        throw new InvalidCastException(inMemory
            ? $"CONTAINING_RECORD<{typeof(T).Name}>: the entry at {entry} is in memory; give the record's field: CONTAINING_RECORD(entry, (ref RECORD r) => ref r.Entry)."
            : container is null
                ? $"CONTAINING_RECORD<{typeof(T).Name}>: the entry at {entry} was created without its container; create it as new LIST_ENTRY(this)."
                : $"CONTAINING_RECORD<{typeof(T).Name}>: the entry at {entry} is in a {container.GetType().Name}, not a {typeof(T).Name}.");
    }

    private static PVOID InMemory(PVOID address, bool typed, int offset)
    {
        if (typed)
        {
            throw new InvalidCastException($"CONTAINING_RECORD: the entry at {address} is a typed entry, not one in memory; use CONTAINING_RECORD<T>(entry).");
        }

        // As in C, a NULL entry gives a pointer just below NULL, not NULL.
        return address - offset;
    }
}
