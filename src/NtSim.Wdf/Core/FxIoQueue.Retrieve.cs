namespace NtSim;

/// <summary>The driver takes requests itself (manual and sequential queues) and gives them back:
/// RetrieveNextRequest, RetrieveRequestByFileObject, FindRequest + RetrieveFoundRequest,
/// WdfRequestRequeue and WdfRequestForwardToIoQueue (kmdf.md §3.3, §4.2; FxIoQueue::GetRequest,
/// PeekRequest, Requeue, ForwardRequest).</summary>
internal sealed partial class FxIoQueue
{
    /// <summary>The next waiting request (sent on <paramref name="fileObject"/> if given), now the driver's.</summary>
    internal NTSTATUS Retrieve(KTHREAD thread, FxFileObject? fileObject, FxRequest? found, out FxRequest? request)
    {
        request = null;
        if (Config.DispatchType == WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchParallel)
        {
            Globals.Log.Error($"Cannot be called on a parallel WDFQUEUE 0x{Handle:x16}, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_STATE)}");
            return Wdm.STATUS_INVALID_DEVICE_STATE;
        }

        lock (_lock)
        {
            if (_poweredOff || !_dispatchingEnabled)
            {
                // Stopped by the driver, or held while the device is out of D0.
                return Wdf.STATUS_WDF_PAUSED;
            }

            if (found is not null && !Contains(found))
            {
                return Wdm.STATUS_NOT_FOUND;
            }

            request = TakeWaitingLocked(fileObject, found);
            AssertInvariants();
        }

        return request is null ? (found is null ? Wdm.STATUS_NO_MORE_ENTRIES : Wdm.STATUS_NOT_FOUND) : Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfIoQueueFindRequest: the waiting request after <paramref name="after"/> (from the head
    /// if null) sent on <paramref name="fileObject"/> (any if null), referenced for the caller, who
    /// dereferences it; it stays in the queue.</summary>
    internal NTSTATUS Find(FxRequest? after, FxFileObject? fileObject, WDF_REQUEST_PARAMETERS? parameters, out FxRequest? found)
    {
        found = null;
        lock (_lock)
        {
            var start = 0;
            if (after is not null)
            {
                start = IndexOf(after) + 1;
                if (start == 0)
                {
                    return Wdm.STATUS_NOT_FOUND;
                }
            }

            for (var i = start; i < _pending.Count; i++)
            {
                var request = _pending[i];
                if (fileObject is null || ReferenceEquals(request.FileObject, fileObject))
                {
                    request.Reference();
                    if (parameters is not null)
                    {
                        request.FillParameters(parameters);
                    }

                    found = request;
                    return Wdm.STATUS_SUCCESS;
                }
            }
        }

        return Wdm.STATUS_NO_MORE_ENTRIES;
    }

    private bool Contains(FxRequest request) => IndexOf(request) >= 0;

    private int IndexOf(FxRequest request)
    {
        for (var i = 0; i < _pending.Count; i++)
        {
            if (ReferenceEquals(_pending[i], request))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>WdfRequestRequeue: a driver-owned request of this manual queue goes back to its head.</summary>
    internal NTSTATUS Requeue(KTHREAD thread, FxRequest request)
    {
        if (!IsManual)
        {
            return ReportRefused(thread, request, "can be requeued only to a manual queue");
        }

        if (!TakeBackFromDriver(request, out var why))
        {
            return ReportRefused(thread, request, why);
        }

        TryInsert(thread, request, atHead: true);
        DispatchRequests(thread);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfRequestForwardToIoQueue: a driver-owned request of this queue moves to <paramref name="target"/>,
    /// a queue of the same device; STATUS_WDF_BUSY if that queue does not accept requests.</summary>
    internal NTSTATUS Forward(KTHREAD thread, FxRequest request, FxIoQueue target)
    {
        if (ReferenceEquals(target, this))
        {
            return ReportRefused(thread, request, "is forwarded to the queue it came from (use WdfRequestRequeue)");
        }

        if (!ReferenceEquals(target.Device, Device))
        {
            return ReportRefused(thread, request, $"is forwarded to WDFQUEUE 0x{target.Handle:x} of another device");
        }

        if (!TakeBackFromDriver(request, out var why))
        {
            return ReportRefused(thread, request, why);
        }

        if (!target.TryInsert(thread, request, atHead: false))
        {
            lock (_lock)
            {
                LinkOwnedLocked(request);
            }

            Globals.Log.Error($"WDFQUEUE 0x{target.Handle:x16} is not accepting requests, {NtNames.Format(Wdf.STATUS_WDF_BUSY)}");
            return Wdf.STATUS_WDF_BUSY;
        }

        target.DispatchRequests(thread);
        DispatchRequests(thread);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>Takes a driver-owned, non-cancelable request of this queue out of the driver's hands.</summary>
    private bool TakeBackFromDriver(FxRequest request, out string why)
    {
        lock (_lock)
        {
            if (!request.InOwnedList || !ReferenceEquals(request.Queue, this) || request.RequestState != FxRequestState.DriverOwned)
            {
                why = "is not owned by the driver";
                return false;
            }

            if (request.CancelState != FxRequestCancelState.None)
            {
                // A request must not be cancelable when it goes back to a queue: unmark it first.
                why = "is cancelable (call WdfRequestUnmarkCancelable first)";
                return false;
            }

            RemoveOwnedLocked(request);
            AssertInvariants();
        }

        why = "";
        return true;
    }

    private NTSTATUS ReportRefused(KTHREAD thread, FxRequest request, string why)
    {
        // KMDF checks these under its verifier (VerifyForwardRequest); the DDI pages document the status.
        FxVerifierBreak.Report(thread, Globals, $"WDFREQUEST 0x{request.Handle:x} {why}, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
        return Wdm.STATUS_INVALID_DEVICE_REQUEST;
    }
}
