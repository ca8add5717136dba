namespace NtSim;

/// <summary>Who is told when a state change finishes or the queue becomes ready: the driver's
/// EvtIoQueueState with its context, or the event a ...Synchronously DDI waits on.</summary>
internal readonly record struct FxQueueNotification(EVT_WDF_IO_QUEUE_STATE? Callback, object? Context, KEVENT? Event);

/// <summary>The queue's state changes (kmdf.md §3.4): Start, Stop, Drain, Purge and StopAndPurge,
/// their ...Synchronously forms, and ReadyNotify. Stop and StopAndPurge finish when the driver owns
/// no request of the queue (m_IdleComplete); Drain and Purge when the queue is empty as well
/// (m_PurgeComplete).</summary>
internal sealed partial class FxIoQueue
{
    private FxQueueNotification? _idleComplete;
    private FxQueueNotification? _purgeComplete;
    private FxQueueNotification? _readyNotify;
    private bool _transitionFromEmpty;

    /// <summary>Set by StopAndPurge and Purge until they finish: a request marked cancelable meanwhile is cancelled at once (m_CancelDispatchedRequests).</summary>
    private bool _cancelDispatchedRequests;

    /// <summary>WdfIoQueueStart: accept and present again.</summary>
    internal void Start(KTHREAD thread)
    {
        lock (_lock)
        {
            _accepting = true;
            _dispatchingEnabled = true;
        }

        DispatchRequests(thread);
    }

    /// <summary>WdfIoQueueStop (and, with <paramref name="cancel"/>, WdfIoQueueStopAndPurge): stop
    /// presenting, keep accepting; with <paramref name="cancel"/> the waiting requests are cancelled
    /// and the cancelable ones the driver owns are cancelled as IoCancelIrp would (FxIoQueue::QueueIdle).</summary>
    internal NTSTATUS Stop(KTHREAD thread, FxQueueNotification? done, bool cancel)
    {
        lock (_lock)
        {
            if (done is not null && _idleComplete is not null)
            {
                goto Busy;
            }

            _idleComplete = done ?? _idleComplete;
            _accepting = true;
            _dispatchingEnabled = false;
            _cancelDispatchedRequests |= cancel;
        }

        if (cancel)
        {
            CancelWaitingRequests(thread);
            CancelDriverCancelables(thread);
        }

        DispatchRequests(thread);
        return Wdm.STATUS_SUCCESS;

    Busy:
        return ReportPendingStateChange(thread, "a stop");
    }

    /// <summary>WdfIoQueuePurge (both cancels) and WdfIoQueueDrain (neither): stop accepting (a new
    /// request is completed with STATUS_INVALID_DEVICE_STATE) and keep presenting what waits
    /// (FxIoQueue::QueuePurge).</summary>
    internal NTSTATUS Purge(KTHREAD thread, FxQueueNotification? done, bool cancel)
    {
        lock (_lock)
        {
            if (done is not null && _purgeComplete is not null)
            {
                goto Busy;
            }

            _purgeComplete = done ?? _purgeComplete;
            _accepting = false;
            _cancelDispatchedRequests |= cancel;
        }

        if (cancel)
        {
            CancelWaitingRequests(thread);
            CancelDriverCancelables(thread);
        }

        DispatchRequests(thread);
        return Wdm.STATUS_SUCCESS;

    Busy:
        return ReportPendingStateChange(thread, "a drain or purge");
    }

    /// <summary>WdfIoQueuePurge: <paramref name="callback"/> (if any) when the queue and the driver hold no request of it.</summary>
    internal void Purge(KTHREAD thread, EVT_WDF_IO_QUEUE_STATE? callback, object? context) =>
        Purge(thread, Notification(callback, context), cancel: true);

    /// <summary>A driver's EvtIoQueueState with its context, or none.</summary>
    internal static FxQueueNotification? Notification(EVT_WDF_IO_QUEUE_STATE? callback, object? context) =>
        callback is null ? null : new FxQueueNotification(callback, context, null);

    private NTSTATUS ReportPendingStateChange(KTHREAD thread, string what)
    {
        // A second callback while one is registered fails (QueueIdle/QueuePurge: STATUS_INVALID_DEVICE_REQUEST).
        FxVerifierBreak.Report(thread, Globals, $"WDFQUEUE 0x{Handle:x} already has {what} pending whose callback has not run yet, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
        return Wdm.STATUS_INVALID_DEVICE_REQUEST;
    }

    /// <summary>The ...Synchronously DDIs: the state change, then a wait at PASSIVE_LEVEL until it finishes.</summary>
    internal void ChangeStateAndWait(KTHREAD thread, bool purge, bool cancel)
    {
        var done = new KEVENT();
        Wdm.KeInitializeEvent(done, Wdm.NotificationEvent, false);
        var notification = new FxQueueNotification(null, null, done);
        var status = purge ? Purge(thread, notification, cancel) : Stop(thread, notification, cancel);
        if (Wdm.NT_SUCCESS(status))
        {
            Wdm.KeWaitForSingleObject(done, Wdm.Executive, Wdm.KernelMode, false, null);
        }
    }

    /// <summary>WdfIoQueueReadyNotify: a manual queue's callback each time it goes from empty to not
    /// empty while ready; NULL unregisters it, on a stopped queue (FxIoQueue::ReadyNotify).</summary>
    internal NTSTATUS ReadyNotify(KTHREAD thread, EVT_WDF_IO_QUEUE_STATE? callback, object? context)
    {
        string? error = null;
        lock (_lock)
        {
            if (!IsManual)
            {
                error = "is not a manual queue; ReadyNotify is only valid on a manual queue";
            }
            else if (callback is not null && _readyNotify is not null)
            {
                error = "already has a ReadyNotify callback";
            }
            else if (callback is null && _readyNotify is null)
            {
                error = "does not have a ReadyNotify callback to cancel";
            }
            else if (callback is null && _dispatchingEnabled)
            {
                error = "should be stopped before clearing its ReadyNotify callback";
            }
            else
            {
                _readyNotify = callback is null ? null : new FxQueueNotification(callback, context, null);
            }
        }

        if (error is not null)
        {
            FxVerifierBreak.Report(thread, Globals, $"WDFQUEUE 0x{Handle:x} {error}, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        DispatchRequests(thread);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>A Stop/Drain/Purge whose condition now holds, taken off the queue (call under the lock).</summary>
    private FxQueueNotification? TakeStateNotificationLocked()
    {
        if (TakePowerStoppedLocked() is { } powerStopped)
        {
            return powerStopped;
        }

        if (_idleComplete is { } idle && _driverOwned == 0)
        {
            _idleComplete = null;
            _cancelDispatchedRequests = false;
            return idle;
        }

        if (_purgeComplete is { } purge && _driverOwned == 0 && _pending.Count == 0)
        {
            _purgeComplete = null;
            _cancelDispatchedRequests = false;
            return purge;
        }

        return null;
    }

    /// <summary>Tells the driver (EvtIoQueueState, serialized by the queue's scope) or wakes the waiter.</summary>
    private void Notify(KTHREAD thread, FxQueueNotification notification)
    {
        if (notification.Event is { } done)
        {
            Wdm.KeSetEvent(done, 0, false);
            return;
        }

        var oldIrql = EnterCallback(thread);
        using (Globals.EnterClient(thread))
        {
            notification.Callback!(new WDFQUEUE(this), notification.Context);
        }

        LeaveCallback(thread, oldIrql);
    }

    /// <summary>The queue is deleted with its device: waiting requests are cancelled.</summary>
    protected override void OnDispose(KTHREAD thread)
    {
        Purge(thread, null, cancel: true);
        FreeDeferral();
    }
}
