namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfCollectionCreate: an empty collection, parented to the driver unless the attributes say otherwise. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfCollectionCreate(WDF_OBJECT_ATTRIBUTES? CollectionAttributes, out WDFCOLLECTION Collection)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCollectionCreate);
        Collection = default;
        var created = new FxCollection(FxClient.Globals(thread, CollectionAttributes, nameof(WdfCollectionCreate)));
        var status = created.Commit(thread, CollectionAttributes);
        if (Wdm.NT_SUCCESS(status))
        {
            Collection = new WDFCOLLECTION(created);
        }

        return status;
    }

    /// <summary>WdfCollectionGetCount: how many objects the collection holds. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static uint WdfCollectionGetCount(WDFCOLLECTION Collection)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCollectionGetCount);
        return (uint)CollectionOf(thread, Collection, nameof(WdfCollectionGetCount)).Count;
    }

    /// <summary>WdfCollectionAdd: appends an object and takes a reference on it. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfCollectionAdd(WDFCOLLECTION Collection, WDFOBJECT Object)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCollectionAdd);
        var collection = CollectionOf(thread, Collection, nameof(WdfCollectionAdd));
        collection.Add(FxHandles.Resolve<FxObject>(thread, Object.Target, FxObjectType.Object, nameof(WdfCollectionAdd)));
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfCollectionRemove: removes an object and releases the collection's reference. An
    /// object that is not in the collection is logged and reported (fxcollectionapi.cpp). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfCollectionRemove(WDFCOLLECTION Collection, WDFOBJECT Item)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCollectionRemove);
        var collection = CollectionOf(thread, Collection, nameof(WdfCollectionRemove));
        var item = FxHandles.Resolve<FxObject>(thread, Item.Target, FxObjectType.Object, nameof(WdfCollectionRemove));
        if (!collection.Remove(thread, item))
        {
            FxVerifierBreak.Report(thread, collection.Globals, $"WDFOBJECT 0x{item.Handle:x} is not in WDFCOLLECTION 0x{collection.Handle:x}, STATUS_NOT_FOUND");
        }
    }

    /// <summary>WdfCollectionRemoveItem: removes the object at <paramref name="Index"/>; an index past
    /// the end is logged and reported. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfCollectionRemoveItem(WDFCOLLECTION Collection, uint Index)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCollectionRemoveItem);
        var collection = CollectionOf(thread, Collection, nameof(WdfCollectionRemoveItem));
        if (!collection.RemoveAt(thread, (int)Math.Min(Index, int.MaxValue)))
        {
            FxVerifierBreak.Report(thread, collection.Globals,
                $"Index {Index} is not valid in WDFCOLLECTION 0x{collection.Handle:x} (count is {collection.Count}), STATUS_NOT_FOUND");
        }
    }

    /// <summary>WdfCollectionGetItem: the object at <paramref name="Index"/>, or NULL past the end. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFOBJECT WdfCollectionGetItem(WDFCOLLECTION Collection, uint Index)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCollectionGetItem);
        return new WDFOBJECT(CollectionOf(thread, Collection, nameof(WdfCollectionGetItem)).At((int)Math.Min(Index, int.MaxValue)));
    }

    /// <summary>WdfCollectionGetFirstItem: the first object, or NULL when empty. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFOBJECT WdfCollectionGetFirstItem(WDFCOLLECTION Collection)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCollectionGetFirstItem);
        return new WDFOBJECT(CollectionOf(thread, Collection, nameof(WdfCollectionGetFirstItem)).At(0));
    }

    /// <summary>WdfCollectionGetLastItem: the last object, or NULL when empty. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFOBJECT WdfCollectionGetLastItem(WDFCOLLECTION Collection)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCollectionGetLastItem);
        return new WDFOBJECT(CollectionOf(thread, Collection, nameof(WdfCollectionGetLastItem)).Last);
    }

    private static FxCollection CollectionOf(KTHREAD thread, WDFCOLLECTION collection, string ddi) =>
        FxHandles.Resolve<FxCollection>(thread, collection.Target, FxObjectType.Collection, ddi);
}
