namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfRequestRequeue: a request the driver owns goes back to the head of its manual queue;
    /// STATUS_INVALID_DEVICE_REQUEST if the queue is not manual, the driver does not own it or it is cancelable. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestRequeue(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestRequeue);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestRequeue));
        return request.Queue is { } queue ? queue.Requeue(thread, request) : NotFromQueue(thread, request, nameof(WdfRequestRequeue));
    }

    /// <summary>WdfRequestForwardToIoQueue: a request the driver owns moves to another queue of the same device.
    /// STATUS_INVALID_DEVICE_REQUEST if it came from no queue, goes to its own queue or another device's, is not owned or
    /// is cancelable; STATUS_WDF_BUSY if the target queue does not accept requests. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestForwardToIoQueue(WDFREQUEST Request, WDFQUEUE DestinationQueue)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestForwardToIoQueue);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestForwardToIoQueue));
        var target = FxHandles.Resolve<FxIoQueue>(thread, DestinationQueue.Target, FxObjectType.Queue, nameof(WdfRequestForwardToIoQueue));
        return request.Queue is { } queue ? queue.Forward(thread, request, target) : NotFromQueue(thread, request, nameof(WdfRequestForwardToIoQueue));
    }

    /// <summary>WDF_REQUEST_FORWARD_OPTIONS_INIT: Size set, SEND_AND_FORGET.</summary>
    public static void WDF_REQUEST_FORWARD_OPTIONS_INIT(out WDF_REQUEST_FORWARD_OPTIONS ForwardOptions) =>
        ForwardOptions = new WDF_REQUEST_FORWARD_OPTIONS
        {
            Size = WDF_REQUEST_FORWARD_OPTIONS.SizeOfStruct,
            Flags = (uint)WDF_REQUEST_FORWARD_OPTIONS_FLAGS.WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET,
        };

    /// <summary>WdfRequestForwardToParentDeviceIoQueue: a child (PDO) device's request moves to a queue of its parent.
    /// The framework makes no PDOs yet (child lists come with a later issue), so no device has a parent WDF device and
    /// the call fails with STATUS_INVALID_DEVICE_REQUEST, as KMDF fails it for a device without one. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestForwardToParentDeviceIoQueue(WDFREQUEST Request, WDFQUEUE ParentDeviceQueue, WDF_REQUEST_FORWARD_OPTIONS ForwardOptions)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestForwardToParentDeviceIoQueue);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestForwardToParentDeviceIoQueue));
        var target = FxHandles.Resolve<FxIoQueue>(thread, ParentDeviceQueue.Target, FxObjectType.Queue, nameof(WdfRequestForwardToParentDeviceIoQueue));
        if (ForwardOptions is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfRequestForwardToParentDeviceIoQueue), nameof(ForwardOptions));
        }

        // VerifyForwardRequestToParent: m_ParentDevice == NULL.
        FxVerifierBreak.Report(thread, request.Globals,
            $"WDFDEVICE 0x{request.Device?.Handle ?? 0:x} has no parent device; WDFREQUEST 0x{request.Handle:x} cannot be forwarded to WDFQUEUE 0x{target.Handle:x}, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
        return Wdm.STATUS_INVALID_DEVICE_REQUEST;
    }

    private static NTSTATUS NotFromQueue(KTHREAD thread, FxRequest request, string ddi)
    {
        FxVerifierBreak.Report(thread, request.Globals, $"{ddi}: WDFREQUEST 0x{request.Handle:x} did not come from a queue, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
        return Wdm.STATUS_INVALID_DEVICE_REQUEST;
    }
}
