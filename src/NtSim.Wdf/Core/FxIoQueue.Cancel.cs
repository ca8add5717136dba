namespace NtSim;

/// <summary>
/// Cancellation (kmdf.md §4.2). A waiting request carries the queue's cancel routine: cancelled, it
/// is completed with STATUS_CANCELLED by the framework, or, if the driver had it once, given to
/// EvtIoCanceledOnQueue (FxIoQueue::CancelForQueue). A driver-owned request marked cancelable
/// carries the driver cancel routine: cancelled, EvtRequestCancel runs under the queue's callback
/// lock (FxIoQueue::CancelForDriver). Whoever takes the IRP's cancel routine off first wins: the
/// canceller, or the driver unmarking the request to complete it.
/// </summary>
internal sealed partial class FxIoQueue
{
    private readonly FxRequestList _driverCancelled = new();
    private readonly FxRequestList _canceledOnQueue = new();

    /// <summary>The queue cancel routine ran for a waiting request (it is still in the list: a
    /// dequeuer that finds its routine gone leaves it there).</summary>
    internal void CancelWaitingRequest(KTHREAD thread, FxRequest request) => CancelOnQueue(thread, request, inList: true);

    /// <summary>Cancels a request the framework owns in this queue (FxIoQueue::CancelForQueue).</summary>
    private void CancelOnQueue(KTHREAD thread, FxRequest request, bool inList)
    {
        bool toDriver;
        lock (_lock)
        {
            if (inList)
            {
                _pending.Remove(request);
            }

            request.Canceled = true;
            toDriver = Config.EvtIoCanceledOnQueue is not null && request.Presented;
            if (toDriver)
            {
                GiveToDriverLocked(request);
                _canceledOnQueue.PushBack(request);
            }

            AssertInvariants();
        }

        if (!toDriver)
        {
            Globals.Log.Add("FxIoQueue::CancelForQueue", $"Completing WDFREQUEST 0x{request.Handle:x16} in WDFQUEUE 0x{Handle:x16} with STATUS_CANCELLED");
            request.Complete(thread, Wdm.STATUS_CANCELLED, 0, 0);
            return;
        }

        DispatchRequests(thread);
    }

    /// <summary>Cancels every waiting request whose cancel routine the framework can still take off.</summary>
    private void CancelWaitingRequests(KTHREAD thread)
    {
        while (true)
        {
            FxRequest? request = null;
            lock (_lock)
            {
                for (var i = 0; i < _pending.Count && request is null; i++)
                {
                    if (_pending[i].TryClearCancelRoutine())
                    {
                        request = _pending[i];
                    }
                }
            }

            if (request is null)
            {
                return;
            }

            CancelOnQueue(thread, request, inList: true);
        }
    }

    /// <summary>Cancels the driver-owned requests marked cancelable, as IoCancelIrp would: their IRP is
    /// marked cancelled and EvtRequestCancel runs (QueuePurge's m_DriverCancelable loop).</summary>
    private void CancelDriverCancelables(KTHREAD thread)
    {
        lock (_lock)
        {
            for (var request = _ownedHead; request is not null; request = request.OwnedNext)
            {
                if (request.CancelState == FxRequestCancelState.Cancelable && request.TryClearCancelRoutine())
                {
                    request.Irp!.Cancel = true;
                    CancelForDriverLocked(request);
                }
            }
        }

        DispatchRequests(thread);
    }

    /// <summary>The driver cancel routine ran for a cancelable request.</summary>
    internal void CancelDriverRequest(KTHREAD thread, FxRequest request)
    {
        lock (_lock)
        {
            CancelForDriverLocked(request);
        }

        DispatchRequests(thread);
    }

    private void CancelForDriverLocked(FxRequest request)
    {
        request.Canceled = true;
        request.CancelState = FxRequestCancelState.Cancelling;
        _driverCancelled.PushBack(request);
    }

    /// <summary>WdfRequestMarkCancelable(Ex) (FxIoQueue::RequestCancelable). If the IRP is cancelled
    /// already, Ex answers STATUS_CANCELLED and the driver completes it; the plain form calls
    /// EvtRequestCancel (now if the thread holds no callback lock, else as soon as it lets go).</summary>
    internal NTSTATUS MarkCancelable(KTHREAD thread, FxRequest request, EVT_WDF_REQUEST_CANCEL callback, bool failIfCancelled)
    {
        lock (_lock)
        {
            if (!request.InOwnedList || request.RequestState != FxRequestState.DriverOwned || request.CancelState != FxRequestCancelState.None)
            {
                goto NotAllowed;
            }

            request.CancelCallback = callback;
            if (!_cancelDispatchedRequests && request.TrySetCancelRoutine(FxRequest.CancelForDriverRoutine))
            {
                request.CancelState = FxRequestCancelState.Cancelable;
                return Wdm.STATUS_SUCCESS;
            }

            if (failIfCancelled)
            {
                request.CancelCallback = null;
                return Wdm.STATUS_CANCELLED;
            }

            if (CallbackLock is not null)
            {
                CancelForDriverLocked(request);
                goto Dispatch;
            }

            request.Canceled = true;
            request.CancelState = FxRequestCancelState.Cancelling;
        }

        // No callback lock: the driver's routine runs before WdfRequestMarkCancelable returns.
        CallEvtRequestCancel(thread, request);
        return Wdm.STATUS_SUCCESS;

    Dispatch:
        DispatchRequests(thread);
        return Wdm.STATUS_SUCCESS;

    NotAllowed:
        FxVerifierBreak.Report(thread, Globals, $"WDFREQUEST 0x{request.Handle:x} is not owned by the driver or is already cancelable, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
        return Wdm.STATUS_INVALID_DEVICE_REQUEST;
    }

    /// <summary>WdfRequestUnmarkCancelable: STATUS_SUCCESS (EvtRequestCancel will not run),
    /// STATUS_CANCELLED (it runs or is about to: it completes the request), STATUS_INVALID_PARAMETER
    /// (not cancelable), STATUS_INVALID_DEVICE_REQUEST (not owned by the driver).</summary>
    internal NTSTATUS UnmarkCancelable(KTHREAD thread, FxRequest request)
    {
        NTSTATUS status;
        lock (_lock)
        {
            if (!request.InOwnedList || request.RequestState != FxRequestState.DriverOwned)
            {
                status = Wdm.STATUS_INVALID_DEVICE_REQUEST;
            }
            else if (request.CancelState == FxRequestCancelState.None)
            {
                status = Wdm.STATUS_INVALID_PARAMETER;
            }
            else if (request.CancelState == FxRequestCancelState.Cancelable && request.TryClearCancelRoutine())
            {
                request.CancelState = FxRequestCancelState.None;
                request.CancelCallback = null;
                return Wdm.STATUS_SUCCESS;
            }
            else
            {
                return Wdm.STATUS_CANCELLED;
            }
        }

        FxVerifierBreak.Report(thread, Globals, $"WdfRequestUnmarkCancelable: WDFREQUEST 0x{request.Handle:x} {(status == Wdm.STATUS_INVALID_PARAMETER ? "is not cancelable" : "is not owned by the driver")}, {NtNames.Format(status)}");
        return status;
    }

    /// <summary>EvtRequestCancel, under the queue's callback lock; the routine completes the request.</summary>
    private void CallEvtRequestCancel(KTHREAD thread, FxRequest request)
    {
        var callback = request.CancelCallback!;
        request.CancelCallback = null;
        Globals.Log.Add("FxIoQueue::ProcessCancelledRequests", $"Calling EvtRequestCancel for WDFREQUEST 0x{request.Handle:x16} of WDFQUEUE 0x{Handle:x16}");
        var oldIrql = ReferenceEquals(CallbackLock?.OwningThread, thread) ? (KIRQL?)null : EnterCallback(thread);
        using (Globals.EnterClient(thread))
        {
            callback(new WDFREQUEST(request));
        }

        if (oldIrql is { } irql)
        {
            LeaveCallback(thread, irql);
        }
    }

    /// <summary>EvtIoCanceledOnQueue, under the queue's callback lock: the driver owns the request and completes it.</summary>
    private void CallEvtIoCanceledOnQueue(KTHREAD thread, FxRequest request)
    {
        var oldIrql = EnterCallback(thread);
        using (Globals.EnterClient(thread))
        {
            Config.EvtIoCanceledOnQueue!(new WDFQUEUE(this), new WDFREQUEST(request));
        }

        LeaveCallback(thread, oldIrql);
    }
}
