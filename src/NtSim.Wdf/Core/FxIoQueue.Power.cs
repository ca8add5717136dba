namespace NtSim;

/// <summary>
/// A queue and device power (kmdf.md §3.5). Leaving D0, a power-managed queue stops presenting
/// (FxIoStopProcessingForPowerHold) and every request the driver owns from it gets EvtIoStop with
/// WdfRequestStopActionSuspend (WdfRequestStopActionPurge when the device is removed, for every
/// queue), or'ed with WdfRequestStopRequestCancelable when it is cancelable; the transition waits
/// until each is completed, requeued, forwarded or acknowledged (without EvtIoStop: completed).
/// Back in D0, EvtIoResume runs for the requests acknowledged with Requeue FALSE.
/// </summary>
internal sealed partial class FxIoQueue
{
    private int _powerStopWaiting;
    private FxQueueNotification? _powerStopped;

    /// <summary>The device leaves D0 (<paramref name="purge"/>: for good, it is being removed; then
    /// the waiting requests are cancelled too, PowerPurge).</summary>
    internal void StopForPower(KTHREAD thread, bool purge)
    {
        lock (_lock)
        {
            _poweredOff = true;
            _accepting &= !purge;
        }

        if (purge)
        {
            CancelWaitingRequests(thread);
        }

        var flags = purge ? WDF_REQUEST_STOP_ACTION_FLAGS.WdfRequestStopActionPurge : WDF_REQUEST_STOP_ACTION_FLAGS.WdfRequestStopActionSuspend;
        foreach (var request in MarkOwnedForPowerStop(purge))
        {
            CallEvtIoStop(thread, request, flags);
        }

        var stopped = new KEVENT();
        Wdm.KeInitializeEvent(stopped, Wdm.NotificationEvent, false);
        lock (_lock)
        {
            if (_powerStopWaiting == 0)
            {
                return;
            }

            _powerStopped = new FxQueueNotification(null, null, stopped);
        }

        Globals.Log.Add("FxIoQueue::StopProcessingForPower", $"WDFQUEUE 0x{Handle:x16} waits for {_powerStopWaiting} driver-owned request(s)");
        DispatchRequests(thread);
        Wdm.KeWaitForSingleObject(stopped, Wdm.Executive, Wdm.KernelMode, false, null);
    }

    /// <summary>The device is back in D0: EvtIoResume for the requests kept across the stop, then the queue presents again.</summary>
    internal void ResumeFromPower(KTHREAD thread)
    {
        List<FxRequest> resumed = [];
        lock (_lock)
        {
            _poweredOff = false;
            for (var request = _ownedHead; request is not null; request = request.OwnedNext)
            {
                if (request.ResumePending)
                {
                    request.ResumePending = false;
                    resumed.Add(request);
                }
            }
        }

        if (Config.EvtIoResume is { } resume)
        {
            foreach (var request in resumed)
            {
                var oldIrql = EnterCallback(thread);
                using (Globals.EnterClient(thread))
                {
                    resume(new WDFQUEUE(this), new WDFREQUEST(request));
                }

                LeaveCallback(thread, oldIrql);
            }
        }

        DispatchRequests(thread);
    }

    /// <summary>WdfRequestStopAcknowledge: the driver answers EvtIoStop; with <paramref name="requeue"/> the
    /// request goes back to the head of the queue, else the driver keeps it until EvtIoResume.</summary>
    internal void StopAcknowledge(KTHREAD thread, FxRequest request, bool requeue)
    {
        if (requeue)
        {
            if (!TakeBackFromDriver(request, out var why))
            {
                FxVerifierBreak.Report(thread, Globals, $"WdfRequestStopAcknowledge: WDFREQUEST 0x{request.Handle:x} {why}");
                return;
            }

            TryInsert(thread, request, atHead: true);
        }
        else
        {
            lock (_lock)
            {
                if (!request.InOwnedList || !request.PowerStopPending)
                {
                    goto NotStopping;
                }

                request.ResumePending = true;
                PowerStopDoneLocked(request);
            }
        }

        DispatchRequests(thread);
        return;

    NotStopping:
        FxVerifierBreak.Report(thread, Globals, $"WdfRequestStopAcknowledge: WDFREQUEST 0x{request.Handle:x} is not a driver-owned request being stopped");
    }

    /// <summary>Marks the requests the power stop waits for and returns them (a suspend skips those already kept for EvtIoResume).</summary>
    private List<FxRequest> MarkOwnedForPowerStop(bool purge)
    {
        List<FxRequest> owned = [];
        lock (_lock)
        {
            for (var request = _ownedHead; request is not null; request = request.OwnedNext)
            {
                if ((purge || !request.ResumePending) && !request.PowerStopPending && request.CancelState != FxRequestCancelState.Cancelling)
                {
                    request.PowerStopPending = true;
                    request.ResumePending = false;
                    _powerStopWaiting++;
                    owned.Add(request);
                }
            }
        }

        return owned;
    }

    private void CallEvtIoStop(KTHREAD thread, FxRequest request, WDF_REQUEST_STOP_ACTION_FLAGS flags)
    {
        if (Config.EvtIoStop is not { } stop)
        {
            return;
        }

        var oldIrql = EnterCallback(thread);
        lock (_lock)
        {
            if (!request.PowerStopPending)
            {
                // Completed (or handed back) since the stop began.
                goto Leave;
            }

            flags |= request.CancelState == FxRequestCancelState.Cancelable ? WDF_REQUEST_STOP_ACTION_FLAGS.WdfRequestStopRequestCancelable : 0;
        }

        using (Globals.EnterClient(thread))
        {
            stop(new WDFQUEUE(this), new WDFREQUEST(request), (uint)flags);
        }

    Leave:
        LeaveCallback(thread, oldIrql);
    }

    /// <summary>A request the power stop waited for is done with (call under the lock).</summary>
    private void PowerStopDoneLocked(FxRequest request)
    {
        if (request.PowerStopPending)
        {
            request.PowerStopPending = false;
            _powerStopWaiting--;
        }
    }

    /// <summary>The power stop's waiter, once nothing is left to wait for (call under the lock).</summary>
    private FxQueueNotification? TakePowerStoppedLocked()
    {
        if (_powerStopped is { } stopped && _powerStopWaiting == 0)
        {
            _powerStopped = null;
            return stopped;
        }

        return null;
    }
}
