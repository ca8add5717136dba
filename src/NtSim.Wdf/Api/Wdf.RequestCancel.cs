namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfRequestMarkCancelable: <paramref name="EvtRequestCancel"/> runs if the request is cancelled while the
    /// driver owns it; if it is cancelled already, it runs before this returns (or, when the calling thread holds the
    /// queue's callback lock, as soon as the lock is free). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestMarkCancelable(WDFREQUEST Request, EVT_WDF_REQUEST_CANCEL EvtRequestCancel)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestMarkCancelable);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestMarkCancelable));
        if (EvtRequestCancel is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfRequestMarkCancelable), nameof(EvtRequestCancel));
        }

        MarkCancelable(thread, request, EvtRequestCancel, failIfCancelled: false, nameof(WdfRequestMarkCancelable));
    }

    /// <summary>WdfRequestMarkCancelableEx: as WdfRequestMarkCancelable, but a request cancelled already is answered
    /// STATUS_CANCELLED (the driver completes it) and EvtRequestCancel is never called from here;
    /// STATUS_INVALID_DEVICE_REQUEST if the driver does not own it or it is cancelable already. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestMarkCancelableEx(WDFREQUEST Request, EVT_WDF_REQUEST_CANCEL EvtRequestCancel)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestMarkCancelableEx);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestMarkCancelableEx));
        if (EvtRequestCancel is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfRequestMarkCancelableEx), nameof(EvtRequestCancel));
        }

        return MarkCancelable(thread, request, EvtRequestCancel, failIfCancelled: true, nameof(WdfRequestMarkCancelableEx));
    }

    private static NTSTATUS MarkCancelable(KTHREAD thread, FxRequest request, EVT_WDF_REQUEST_CANCEL callback, bool failIfCancelled, string ddi)
    {
        if (request.Queue is not { } queue)
        {
            FxVerifierBreak.Report(thread, request.Globals, $"{ddi}: WDFREQUEST 0x{request.Handle:x} did not come from a queue, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        return queue.MarkCancelable(thread, request, callback, failIfCancelled);
    }

    /// <summary>WdfRequestUnmarkCancelable: STATUS_SUCCESS (EvtRequestCancel will not run), STATUS_CANCELLED (it runs or
    /// is about to and completes the request: do not complete it), STATUS_INVALID_PARAMETER (not cancelable),
    /// STATUS_INVALID_DEVICE_REQUEST (not owned by the driver). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestUnmarkCancelable(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestUnmarkCancelable);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestUnmarkCancelable));
        if (request.Queue is not { } queue)
        {
            FxVerifierBreak.Report(thread, request.Globals, $"WdfRequestUnmarkCancelable: WDFREQUEST 0x{request.Handle:x} did not come from a queue, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        return queue.UnmarkCancelable(thread, request);
    }

    /// <summary>WdfRequestIsCanceled: whether the request's I/O was cancelled. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static bool WdfRequestIsCanceled(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestIsCanceled);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestIsCanceled)).IsCanceled;
    }

    /// <summary>WdfRequestStopAcknowledge: the driver's answer to EvtIoStop: <paramref name="Requeue"/> TRUE puts the request
    /// back at the head of its queue; FALSE keeps it with the driver, and EvtIoResume follows when the device is back in D0. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestStopAcknowledge(WDFREQUEST Request, bool Requeue)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestStopAcknowledge);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestStopAcknowledge));
        if (request.Queue is not { } queue)
        {
            FxVerifierBreak.Report(thread, request.Globals, $"WdfRequestStopAcknowledge: WDFREQUEST 0x{request.Handle:x} did not come from a queue");
            return;
        }

        queue.StopAcknowledge(thread, request, Requeue);
    }
}
