using System.Diagnostics;

namespace NtSim;

/// <summary>
/// An I/O queue (FxIoQueue): requests wait here until the dispatch type lets the framework present
/// them to the driver's handlers: one at a time (sequential), up to NumberOfPresentedRequests
/// (parallel), or never (manual: the driver retrieves them). One loop (<see cref="DispatchRequests"/>,
/// FxIoQueue::DispatchEvents) delivers everything the driver is told: cancellations, finished
/// state changes, ready notifications, then requests.
/// Invariants (checked where the lock is taken): a sequential queue's driver owns at most one
/// request it was presented; a request is in at most one queue's list; the driver-owned list
/// holds exactly <see cref="DriverOwned"/> requests.
/// </summary>
[DebuggerDisplay("WDFQUEUE 0x{Handle,x} {Config.DispatchType} pending {_pending.Count} owned {_driverOwned}")]
internal sealed partial class FxIoQueue : FxObject
{
    [ThreadStatic]
    private static List<FxIoQueue>? t_dispatching;

    private readonly Lock _lock = new();
    private readonly FxRequestList _pending = new();
    private bool _accepting = true;
    private bool _dispatchingEnabled = true;
    private bool _poweredOff;

    internal FxIoQueue(FxDriverGlobals globals, FxDevice device, WDF_IO_QUEUE_CONFIG config)
        : base(globals, FxObjectType.Queue)
    {
        Device = device;
        Config = config;
        PowerManaged = config.PowerManaged == WDF_TRI_STATE.WdfTrue
            || (config.PowerManaged == WDF_TRI_STATE.WdfUseDefault && !device.IsFilter && !device.IsControlDevice);

        // A power-managed queue presents only while the device is in D0: until then it holds requests.
        _poweredOff = PowerManaged && !device.Pnp.Started;
    }

    internal FxDevice Device { get; }

    internal WDF_IO_QUEUE_CONFIG Config { get; }

    internal bool PowerManaged { get; }

    internal bool IsDefaultQueue => Config.DefaultQueue;

    internal bool IsManual => Config.DispatchType == WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchManual;

    /// <summary>Configured with WdfDeviceConfigureRequestDispatching (then not deletable by the driver).</summary>
    internal bool HasDispatchingConfigured { get; set; }

    internal override FxObject? DefaultParent => Device;

    internal override bool DriverMayDelete => !IsDefaultQueue && !HasDispatchingConfigured;

    /// <summary>The lock the queue's callbacks run under (device or queue scope), or null (scope None).</summary>
    internal FxCallbackLock? CallbackLock { get; private set; }

    /// <summary>The level the queue's callbacks run at.</summary>
    internal WDF_EXECUTION_LEVEL Level { get; private set; }

    internal int DriverOwned => Volatile.Read(ref _driverOwned);

    internal int PendingCount
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Resolves scope and level from the device (call after Commit).</summary>
    internal NTSTATUS ResolveSynchronization()
    {
        var scope = SynchronizationScope == WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent ? Device.Scope : SynchronizationScope;
        Level = ExecutionLevel == WDF_EXECUTION_LEVEL.WdfExecutionLevelInheritFromParent ? Device.Level : ExecutionLevel;
        CallbackLock = scope switch
        {
            WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice => Device.CallbackLock
                ?? new FxCallbackLock(Device, Level == WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive),
            WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeQueue => new FxCallbackLock(this, Level == WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive),
            _ => null,
        };
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The queue's state bits (WdfIoQueueGetState); PnpHeld while a power-managed queue is out of D0.</summary>
    internal WDF_IO_QUEUE_STATE QueueState
    {
        get
        {
            lock (_lock)
            {
                var state = (WDF_IO_QUEUE_STATE)0;
                state |= _accepting ? WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests : 0;
                state |= _dispatchingEnabled ? WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests : 0;
                state |= _pending.Count == 0 ? WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests : 0;
                state |= _driverOwned == 0 ? WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests : 0;
                state |= _poweredOff ? WDF_IO_QUEUE_STATE.WdfIoQueuePnpHeld : 0;
                return state;
            }
        }
    }

    /// <summary>Whether the queue has a handler for requests of <paramref name="major"/>.</summary>
    internal bool Handles(byte major) => IsManual
        || Config.EvtIoDefault is not null
        || major switch
        {
            Wdm.IRP_MJ_READ => Config.EvtIoRead is not null,
            Wdm.IRP_MJ_WRITE => Config.EvtIoWrite is not null,
            Wdm.IRP_MJ_DEVICE_CONTROL => Config.EvtIoDeviceControl is not null,
            Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL => Config.EvtIoInternalDeviceControl is not null,
            _ => false,
        };

    /// <summary>Puts a new request in the queue (FxIoQueue::QueueRequest) and lets it be presented.
    /// A queue that is not accepting completes it with STATUS_INVALID_DEVICE_STATE.</summary>
    internal NTSTATUS Enqueue(KTHREAD thread, FxRequest request)
    {
        if (request.RequestState == FxRequestState.Received)
        {
            request.ResetQueueState();
        }

        if (!TryInsert(thread, request, atHead: false))
        {
            request.Complete(thread, Wdm.STATUS_INVALID_DEVICE_STATE, 0, 0);
            return Wdm.STATUS_INVALID_DEVICE_STATE;
        }

        DispatchRequests(thread);
        return Wdm.STATUS_PENDING;
    }

    /// <summary>Inserts a request the framework owns from now on (new, forwarded, requeued or
    /// acknowledged back); false if the queue does not accept it. An IRP already cancelled is
    /// cancelled on the queue at once.</summary>
    private bool TryInsert(KTHREAD thread, FxRequest request, bool atHead)
    {
        bool cancelledAlready;
        lock (_lock)
        {
            if (!_accepting && !atHead)
            {
                return false;
            }

            request.Queue = this;
            request.Move(FxRequestState.Queued);
            cancelledAlready = !request.TrySetCancelRoutine(FxRequest.CancelInQueueRoutine);
            if (!cancelledAlready)
            {
                // ReadyNotify is for a queue that goes from empty to not empty (m_TransitionFromEmpty).
                _transitionFromEmpty |= _pending.Count == 0;
                if (atHead)
                {
                    _pending.PushFront(request);
                }
                else
                {
                    _pending.PushBack(request);
                }
            }

            AssertInvariants();
        }

        if (cancelledAlready)
        {
            CancelOnQueue(thread, request, inList: false);
        }

        return true;
    }

    /// <summary>Takes the first waiting request that <paramref name="fileObject"/> (if given) sent and
    /// that is not being cancelled, and gives it to the driver. Call under the lock.</summary>
    private FxRequest? TakeWaitingLocked(FxFileObject? fileObject, FxRequest? only = null)
    {
        for (var i = 0; i < _pending.Count; i++)
        {
            var request = _pending[i];
            if ((fileObject is not null && !ReferenceEquals(request.FileObject, fileObject))
                || (only is not null && !ReferenceEquals(request, only)))
            {
                continue;
            }

            if (!request.TryClearCancelRoutine())
            {
                // Its cancel routine runs or is about to: it takes the request out itself.
                continue;
            }

            _pending.Remove(request);
            GiveToDriverLocked(request);
            return request;
        }

        return null;
    }

    /// <summary>Presents waiting requests and delivers the queue's events while there is work. A
    /// callback that completes its request synchronously does not re-enter here on its thread: the
    /// running loop continues. A thread that holds the callback lock elsewhere, or a passive queue
    /// asked at DISPATCH_LEVEL, defers the loop to a work item (CanThreadDispatchEventsLocked).</summary>
    internal void DispatchRequests(KTHREAD thread)
    {
        var dispatching = t_dispatching ??= [];
        if (dispatching.Contains(this))
        {
            return;
        }

        if ((Level == WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive && thread.Processor!.Irql > Wdm.PASSIVE_LEVEL)
            || (CallbackLock is { } callbackLock && ReferenceEquals(callbackLock.OwningThread, thread)))
        {
            DeferDispatch(thread);
            return;
        }

        dispatching.Add(this);
        try
        {
            while (DeliverNextEvent(thread))
            {
            }
        }
        finally
        {
            dispatching.Remove(this);
        }
    }

    /// <summary>Delivers one thing, in FxIoQueue::DispatchEvents's order; false when nothing is due.</summary>
    private bool DeliverNextEvent(KTHREAD thread)
    {
        FxRequest? request;
        FxQueueNotification notification = default;
        QueueEvent next;
        lock (_lock)
        {
            if ((request = _driverCancelled.PopFront()) is not null)
            {
                next = QueueEvent.DriverCancel;
            }
            else if ((request = _canceledOnQueue.PopFront()) is not null)
            {
                next = QueueEvent.CanceledOnQueue;
            }
            else if (TakeStateNotificationLocked() is { } finished)
            {
                notification = finished;
                next = QueueEvent.Notify;
            }
            else if (_poweredOff || !_dispatchingEnabled)
            {
                return false;
            }
            else if (IsManual)
            {
                if (_readyNotify is not { } ready || !_transitionFromEmpty || _pending.Count == 0)
                {
                    return false;
                }

                _transitionFromEmpty = false;
                notification = ready;
                next = QueueEvent.Notify;
            }
            else if (_pending.Count == 0 || !CanPresentMore() || (request = TakeWaitingLocked(null)) is null)
            {
                return false;
            }
            else
            {
                next = QueueEvent.Present;
            }
        }

        switch (next)
        {
            case QueueEvent.DriverCancel:
                CallEvtRequestCancel(thread, request!);
                break;
            case QueueEvent.CanceledOnQueue:
                CallEvtIoCanceledOnQueue(thread, request!);
                break;
            case QueueEvent.Notify:
                Notify(thread, notification);
                break;
            default:
                Present(thread, request!);
                break;
        }

        return true;
    }

    private enum QueueEvent
    {
        Present,
        DriverCancel,
        CanceledOnQueue,
        Notify,
    }

    private bool CanPresentMore() => Config.DispatchType switch
    {
        WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchSequential => _driverOwned == 0,
        WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchParallel =>
            Config.Settings.Parallel.NumberOfPresentedRequests == uint.MaxValue || _driverOwned < Config.Settings.Parallel.NumberOfPresentedRequests,
        _ => false,
    };

    [Conditional("DEBUG")]
    private void AssertInvariants()
    {
        Debug.Assert(_lock.IsHeldByCurrentThread, "queue invariants are checked under the queue lock");
        Debug.Assert(_driverOwned >= 0, "the driver owns a non-negative number of requests");
        var linked = 0;
        for (var request = _ownedHead; request is not null; request = request.OwnedNext)
        {
            Debug.Assert(request.InOwnedList && ReferenceEquals(request.Queue, this), "a driver-owned request is linked in its own queue's list");
            linked++;
        }

        Debug.Assert(linked == _driverOwned, "the driver-owned list holds exactly DriverOwned requests");
        Debug.Assert(_powerStopWaiting >= 0, "a power stop waits for a non-negative number of requests");
    }
}
