namespace NtSim;

// Memory objects, request memory, I/O targets and sending: each DDI's IRQL range from its page's "IRQL" line.
internal static partial class WdfDdis
{
    internal static readonly Ddi WdfMemoryCreate = new(nameof(WdfMemoryCreate), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfMemoryCreatePreallocated = new(nameof(WdfMemoryCreatePreallocated), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfMemoryAssignBuffer = new(nameof(WdfMemoryAssignBuffer), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfMemoryGetBuffer = new(nameof(WdfMemoryGetBuffer), Wdm.HIGH_LEVEL);
    internal static readonly Ddi WdfMemoryCopyFromBuffer = new(nameof(WdfMemoryCopyFromBuffer), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfMemoryCopyToBuffer = new(nameof(WdfMemoryCopyToBuffer), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfLookasideListCreate = new(nameof(WdfLookasideListCreate), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfMemoryCreateFromLookaside = new(nameof(WdfMemoryCreateFromLookaside), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi WdfRequestRetrieveInputMemory = new(nameof(WdfRequestRetrieveInputMemory), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestRetrieveOutputMemory = new(nameof(WdfRequestRetrieveOutputMemory), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestRetrieveInputWdmMdl = new(nameof(WdfRequestRetrieveInputWdmMdl), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestRetrieveOutputWdmMdl = new(nameof(WdfRequestRetrieveOutputWdmMdl), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestRetrieveUnsafeUserInputBuffer = new(nameof(WdfRequestRetrieveUnsafeUserInputBuffer), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRequestRetrieveUnsafeUserOutputBuffer = new(nameof(WdfRequestRetrieveUnsafeUserOutputBuffer), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRequestProbeAndLockUserBufferForRead = new(nameof(WdfRequestProbeAndLockUserBufferForRead), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRequestProbeAndLockUserBufferForWrite = new(nameof(WdfRequestProbeAndLockUserBufferForWrite), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi WdfDeviceGetIoTarget = new(nameof(WdfDeviceGetIoTarget), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetCreate = new(nameof(WdfIoTargetCreate), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetOpen = new(nameof(WdfIoTargetOpen), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetStart = new(nameof(WdfIoTargetStart), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetStop = new(nameof(WdfIoTargetStop), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetPurge = new(nameof(WdfIoTargetPurge), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetClose = new(nameof(WdfIoTargetClose), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetCloseForQueryRemove = new(nameof(WdfIoTargetCloseForQueryRemove), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetGetState = new(nameof(WdfIoTargetGetState), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetGetDevice = new(nameof(WdfIoTargetGetDevice), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetWdmGetTargetDeviceObject = new(nameof(WdfIoTargetWdmGetTargetDeviceObject), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetWdmGetTargetPhysicalDevice = new(nameof(WdfIoTargetWdmGetTargetPhysicalDevice), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetWdmGetTargetFileObject = new(nameof(WdfIoTargetWdmGetTargetFileObject), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetWdmGetTargetFileHandle = new(nameof(WdfIoTargetWdmGetTargetFileHandle), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetQueryTargetProperty = new(nameof(WdfIoTargetQueryTargetProperty), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetAllocAndQueryTargetProperty = new(nameof(WdfIoTargetAllocAndQueryTargetProperty), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi WdfIoTargetSendReadSynchronously = new(nameof(WdfIoTargetSendReadSynchronously), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetSendWriteSynchronously = new(nameof(WdfIoTargetSendWriteSynchronously), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetSendIoctlSynchronously = new(nameof(WdfIoTargetSendIoctlSynchronously), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetSendInternalIoctlSynchronously = new(nameof(WdfIoTargetSendInternalIoctlSynchronously), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetSendInternalIoctlOthersSynchronously = new(nameof(WdfIoTargetSendInternalIoctlOthersSynchronously), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoTargetFormatRequestForRead = new(nameof(WdfIoTargetFormatRequestForRead), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetFormatRequestForWrite = new(nameof(WdfIoTargetFormatRequestForWrite), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetFormatRequestForIoctl = new(nameof(WdfIoTargetFormatRequestForIoctl), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetFormatRequestForInternalIoctl = new(nameof(WdfIoTargetFormatRequestForInternalIoctl), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoTargetFormatRequestForInternalIoctlOthers = new(nameof(WdfIoTargetFormatRequestForInternalIoctlOthers), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi WdfRequestCreate = new(nameof(WdfRequestCreate), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestReuse = new(nameof(WdfRequestReuse), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestSend = new(nameof(WdfRequestSend), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestSetCompletionRoutine = new(nameof(WdfRequestSetCompletionRoutine), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestGetCompletionParams = new(nameof(WdfRequestGetCompletionParams), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestFormatRequestUsingCurrentType = new(nameof(WdfRequestFormatRequestUsingCurrentType), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestWdmFormatUsingStackLocation = new(nameof(WdfRequestWdmFormatUsingStackLocation), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestCancelSentRequest = new(nameof(WdfRequestCancelSentRequest), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestAllocateTimer = new(nameof(WdfRequestAllocateTimer), Wdm.DISPATCH_LEVEL);
}
