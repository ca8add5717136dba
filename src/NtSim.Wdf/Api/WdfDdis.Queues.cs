namespace NtSim;

// Queue state changes, retrieval, forwarding, cancellation and power acknowledgement: each DDI's
// IRQL range from its page's "IRQL" line.
internal static partial class WdfDdis
{
    internal static readonly Ddi WdfIoQueueStop = new(nameof(WdfIoQueueStop), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueueStopSynchronously = new(nameof(WdfIoQueueStopSynchronously), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoQueueDrain = new(nameof(WdfIoQueueDrain), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueueDrainSynchronously = new(nameof(WdfIoQueueDrainSynchronously), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoQueuePurgeSynchronously = new(nameof(WdfIoQueuePurgeSynchronously), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoQueueStopAndPurge = new(nameof(WdfIoQueueStopAndPurge), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueueStopAndPurgeSynchronously = new(nameof(WdfIoQueueStopAndPurgeSynchronously), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoQueueReadyNotify = new(nameof(WdfIoQueueReadyNotify), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueueRetrieveNextRequest = new(nameof(WdfIoQueueRetrieveNextRequest), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueueRetrieveRequestByFileObject = new(nameof(WdfIoQueueRetrieveRequestByFileObject), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueueFindRequest = new(nameof(WdfIoQueueFindRequest), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueueRetrieveFoundRequest = new(nameof(WdfIoQueueRetrieveFoundRequest), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestRequeue = new(nameof(WdfRequestRequeue), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestForwardToIoQueue = new(nameof(WdfRequestForwardToIoQueue), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestForwardToParentDeviceIoQueue = new(nameof(WdfRequestForwardToParentDeviceIoQueue), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestMarkCancelable = new(nameof(WdfRequestMarkCancelable), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestMarkCancelableEx = new(nameof(WdfRequestMarkCancelableEx), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestUnmarkCancelable = new(nameof(WdfRequestUnmarkCancelable), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestIsCanceled = new(nameof(WdfRequestIsCanceled), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestStopAcknowledge = new(nameof(WdfRequestStopAcknowledge), Wdm.DISPATCH_LEVEL);
}
