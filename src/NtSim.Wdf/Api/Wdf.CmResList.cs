namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfCmResourceListGetCount: the number of partial descriptors in the list.</summary>
    public static uint WdfCmResourceListGetCount(WDFCMRESLIST List)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCmResourceListGetCount);
        return FxHandles.Resolve<FxCmResList>(thread, List.Target, FxObjectType.CmResList, nameof(WdfCmResourceListGetCount)).Count;
    }

    /// <summary>WdfCmResourceListGetDescriptor: a PCM_PARTIAL_RESOURCE_DESCRIPTOR (read it with
    /// As&lt;CM_PARTIAL_RESOURCE_DESCRIPTOR&gt;()), a copy the framework owns; NULL when Index is past the end.</summary>
    public static PVOID WdfCmResourceListGetDescriptor(WDFCMRESLIST List, uint Index)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfCmResourceListGetDescriptor);
        return FxHandles.Resolve<FxCmResList>(thread, List.Target, FxObjectType.CmResList, nameof(WdfCmResourceListGetDescriptor)).GetDescriptor(Index);
    }
}
