namespace NtSim;

internal sealed partial class FxIoQueue
{
    private (EVT_WDF_IO_QUEUE_STATE Callback, object? Context)? _idleNotification;

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

    /// <summary>WdfIoQueuePurge: stop accepting (new requests fail with STATUS_INVALID_DEVICE_STATE)
    /// and complete every waiting request with STATUS_CANCELLED; <paramref name="callback"/> when
    /// the driver owns none either.</summary>
    internal void Purge(KTHREAD thread, EVT_WDF_IO_QUEUE_STATE? callback, object? context)
    {
        FxRequest[] waiting;
        lock (_lock)
        {
            _accepting = false;
            waiting = new FxRequest[_pending.Count];
            for (var i = 0; i < waiting.Length; i++)
            {
                waiting[i] = _pending.PopFront()!;
            }

            if (callback is not null)
            {
                _idleNotification = (callback, context);
            }
        }

        foreach (var request in waiting)
        {
            request.Queue = null;
            request.Complete(thread, Wdm.STATUS_CANCELLED, 0, 0);
        }

        OnRequestLeft(thread);
    }

    /// <summary>Calls a pending Stop/Drain/Purge callback once the queue holds nothing the driver or the framework owns.</summary>
    private void OnRequestLeft(KTHREAD thread)
    {
        (EVT_WDF_IO_QUEUE_STATE Callback, object? Context)? notify = null;
        lock (_lock)
        {
            if (_idleNotification is { } pending && _driverOwned == 0 && _pending.Count == 0)
            {
                notify = pending;
                _idleNotification = null;
            }
        }

        if (notify is { } n)
        {
            using (Globals.EnterClient(thread))
            {
                n.Callback(new WDFQUEUE(this), n.Context);
            }
        }
    }

    /// <summary>The queue is deleted with its device: waiting requests are cancelled.</summary>
    protected override void OnDispose(KTHREAD thread)
    {
        Purge(thread, null, null);
        FreeDeferral();
    }
}
