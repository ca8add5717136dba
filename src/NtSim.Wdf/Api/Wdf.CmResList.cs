namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfCmResourceListGetCount: the number of partial descriptors in the list. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static uint WdfCmResourceListGetCount(WDFCMRESLIST List)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCmResourceListGetCount);
        return FxHandles.Resolve<FxCmResList>(thread, List.Target, FxObjectType.CmResList, nameof(WdfCmResourceListGetCount)).Count;
    }

    /// <summary>WdfCmResourceListGetDescriptor: a PCM_PARTIAL_RESOURCE_DESCRIPTOR (read it with
    /// As&lt;CM_PARTIAL_RESOURCE_DESCRIPTOR&gt;()), a copy the framework owns; NULL when Index is past the end. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static PVOID WdfCmResourceListGetDescriptor(WDFCMRESLIST List, uint Index)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCmResourceListGetDescriptor);
        return FxHandles.Resolve<FxCmResList>(thread, List.Target, FxObjectType.CmResList, nameof(WdfCmResourceListGetDescriptor)).GetDescriptor(Index);
    }

    /// <summary>WdfCmResourceListInsertDescriptor: the lists EvtDevicePrepareHardware gets are read-only
    /// (FxResourceNoAccess): STATUS_ACCESS_DENIED after the verifier's report. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfCmResourceListInsertDescriptor(WDFCMRESLIST List, PVOID Descriptor, uint Index)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCmResourceListInsertDescriptor);
        return ModifiableList(thread, List, Descriptor, nameof(WdfCmResourceListInsertDescriptor)).AddAt(thread, Index);
    }

    /// <summary>WdfCmResourceListAppendDescriptor: as Insert at the end (WDF_INSERT_AT_END). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfCmResourceListAppendDescriptor(WDFCMRESLIST List, PVOID Descriptor)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCmResourceListAppendDescriptor);
        return ModifiableList(thread, List, Descriptor, nameof(WdfCmResourceListAppendDescriptor)).AddAt(thread, uint.MaxValue);
    }

    /// <summary>WdfCmResourceListRemove: the lists EvtDevicePrepareHardware gets allow no removal: the verifier's
    /// report, nothing removed. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfCmResourceListRemove(WDFCMRESLIST List, uint Index)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCmResourceListRemove);
        FxHandles.Resolve<FxCmResList>(thread, List.Target, FxObjectType.CmResList, nameof(WdfCmResourceListRemove)).RemoveAt(thread, Index);
    }

    private static FxCmResList ModifiableList(KTHREAD thread, WDFCMRESLIST list, PVOID descriptor, string ddi)
    {
        var resolved = FxHandles.Resolve<FxCmResList>(thread, list.Target, FxObjectType.CmResList, ddi);
        if (descriptor.IsNull)
        {
            FxHandles.RequiredNull(thread, resolved.Globals, ddi, "Descriptor");
        }

        return resolved;
    }
}
