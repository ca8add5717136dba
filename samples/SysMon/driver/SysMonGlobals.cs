using System.Runtime.InteropServices;
using static NtSim.Wdm;

namespace NtSim.Samples.SysMon;

/// <summary>A record in pool: the list entry first (so the entry's address is the record's), then
/// the event's structure, then its strings.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FullItem<T>
    where T : unmanaged
{
    public LIST_ENTRY64 Entry;
    public T Data;
}

/// <summary>
/// The driver's state: the records not yet read, oldest first, guarded by a fast mutex (the notify
/// routines run at PASSIVE_LEVEL on whatever thread caused the event, the reads on the client's).
/// At most MaxItems records are kept: a new one beyond that pushes the oldest out.
/// </summary>
internal sealed class Globals
{
    public readonly LIST_ENTRY ItemsHead = new();
    public readonly FAST_MUTEX Mutex = new();
    public int ItemCount;
    public int MaxItems = (int)SysMonPublic.DEFAULT_MAX_ITEMS;

    /// <summary>How many records were dropped because the list was full.</summary>
    public int Dropped;

    public void Init()
    {
        InitializeListHead(ItemsHead);
        ExInitializeFastMutex(Mutex);
    }

    /// <summary>Appends a record (its list entry) and drops the oldest when the list is over its bound.</summary>
    public void PushItem(PLIST_ENTRY entry)
    {
        ExAcquireFastMutex(Mutex);
        if (ItemCount == MaxItems)
        {
            // Too many records: the client is not reading (or not running). Drop the oldest.
            var head = RemoveHeadList(ItemsHead);
            ItemCount--;
            Dropped++;
            ExFreePool(CONTAINING_RECORD(head, (ref FullItem<ItemHeader> r) => ref r.Entry));
        }

        InsertTailList(ItemsHead, entry);
        ItemCount++;
        ExReleaseFastMutex(Mutex);
    }

    /// <summary>Frees every record left (unload).</summary>
    public void FreeAll()
    {
        ExAcquireFastMutex(Mutex);
        while (!IsListEmpty(ItemsHead))
        {
            ExFreePool(CONTAINING_RECORD(RemoveHeadList(ItemsHead), (ref FullItem<ItemHeader> r) => ref r.Entry));
        }

        ItemCount = 0;
        ExReleaseFastMutex(Mutex);
    }
}
