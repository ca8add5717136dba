using System.Diagnostics;

namespace NtSim;

/// <summary>
/// An I/O queue (FxIoQueue): requests wait here until the dispatch type lets the framework present
/// them to the driver's handlers: one at a time (sequential), up to NumberOfPresentedRequests
/// (parallel), or never (manual: the driver retrieves them).
/// Invariants (checked where the lock is taken): a sequential queue's driver owns at most one
/// request it was presented; a request is in at most one queue's list; a request presented from
/// this queue counts in <see cref="DriverOwned"/> until it is completed, forwarded or requeued.
/// </summary>
[DebuggerDisplay("WDFQUEUE 0x{Handle,x} {Config.DispatchType} pending {PendingCount} owned {DriverOwned}")]
internal sealed partial class FxIoQueue : FxObject
{
    [ThreadStatic]
    private static List<FxIoQueue>? t_dispatching;

    private readonly Lock _lock = new();
    private readonly FxRequestList _pending = new();
    private int _driverOwned;
    private bool _accepting = true;
    private bool _dispatchingEnabled = true;

    internal FxIoQueue(FxDriverGlobals globals, FxDevice device, WDF_IO_QUEUE_CONFIG config)
        : base(globals, FxObjectType.Queue)
    {
        Device = device;
        Config = config;
        PowerManaged = config.PowerManaged == WDF_TRI_STATE.WdfTrue
            || (config.PowerManaged == WDF_TRI_STATE.WdfUseDefault && !device.IsFilter && !device.IsControlDevice);

        // A power-managed queue presents only while the device is in D0: until then it holds requests.
        _dispatchingEnabled = !PowerManaged || device.Pnp.Started;    }

    internal FxDevice Device { get; }

    internal WDF_IO_QUEUE_CONFIG Config { get; }

    internal bool PowerManaged { get; }

    internal bool IsDefaultQueue => Config.DefaultQueue;

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

    /// <summary>The queue's state bits (WdfIoQueueGetState).</summary>
    internal WDF_IO_QUEUE_STATE QueueState
    {
        get
        {
            lock (_lock)
            {
                var state = (WDF_IO_QUEUE_STATE)0;
                if (_accepting)
                {
                    state |= WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests;
                }

                if (_dispatchingEnabled)
                {
                    state |= WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests;
                }

                if (_pending.Count == 0)
                {
                    state |= WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests;
                }

                if (_driverOwned == 0)
                {
                    state |= WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests;
                }

                return state;
            }
        }
    }

    /// <summary>Whether the queue has a handler for requests of <paramref name="major"/>.</summary>
    internal bool Handles(byte major) => Config.DispatchType == WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchManual
        || Config.EvtIoDefault is not null
        || major switch
        {
            Wdm.IRP_MJ_READ => Config.EvtIoRead is not null,
            Wdm.IRP_MJ_WRITE => Config.EvtIoWrite is not null,
            Wdm.IRP_MJ_DEVICE_CONTROL => Config.EvtIoDeviceControl is not null,
            Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL => Config.EvtIoInternalDeviceControl is not null,
            _ => false,
        };

    /// <summary>Puts a request in the queue (FxIoQueue::QueueRequest) and lets it be presented.
    /// A queue that is not accepting completes it with STATUS_INVALID_DEVICE_STATE.</summary>
    internal NTSTATUS Enqueue(KTHREAD thread, FxRequest request)
    {
        lock (_lock)
        {
            if (_accepting)
            {
                request.Queue = this;
                request.Move(FxRequestState.Queued);
                _pending.PushBack(request);
                AssertInvariants();
                goto Dispatch;
            }
        }

        request.Complete(thread, Wdm.STATUS_INVALID_DEVICE_STATE, 0, 0);
        return Wdm.STATUS_INVALID_DEVICE_STATE;

    Dispatch:
        DispatchRequests(thread);
        return Wdm.STATUS_PENDING;
    }

    /// <summary>Presents waiting requests while the dispatch type allows. A callback that completes
    /// its request synchronously does not re-enter here on its thread: the running loop continues.</summary>
    internal void DispatchRequests(KTHREAD thread)
    {
        if (Config.DispatchType == WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchManual)
        {
            return;
        }

        var dispatching = t_dispatching ??= [];
        if (dispatching.Contains(this))
        {
            return;
        }

        if (Level == WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive && thread.Processor!.Irql > Wdm.PASSIVE_LEVEL)
        {
            // Passive callbacks cannot run here (a DPC completed the request): a work item presents.
            DeferDispatch(thread);
            return;
        }

        dispatching.Add(this);
        try
        {
            while (TakeNextToPresent() is { } request)
            {
                Present(thread, request);
            }
        }
        finally
        {
            dispatching.Remove(this);
        }
    }

    private FxRequest? TakeNextToPresent()
    {
        lock (_lock)
        {
            if (!_dispatchingEnabled || _pending.Count == 0 || !CanPresentMore())
            {
                return null;
            }

            var request = _pending.PopFront()!;
            _driverOwned++;
            request.Move(FxRequestState.DriverOwned);
            request.Presented = true;
            AssertInvariants();
            return request;
        }
    }

    private bool CanPresentMore() => Config.DispatchType switch
    {
        WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchSequential => _driverOwned == 0,
        WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchParallel =>
            Config.Settings.Parallel.NumberOfPresentedRequests == uint.MaxValue || _driverOwned < Config.Settings.Parallel.NumberOfPresentedRequests,
        _ => false,
    };

    /// <summary>Calls the handler for the request's type, under the queue's callback lock.</summary>
    private void Present(KTHREAD thread, FxRequest request)
    {
        var queue = new WDFQUEUE(this);
        var handle = new WDFREQUEST(request);
        var stack = request.Stack!;
        var callbackLock = CallbackLock;
        var oldIrql = callbackLock?.Acquire(thread) ?? default;
        var entryIrql = thread.Processor!.Irql;
        using (Globals.EnterClient(thread))
        {
            switch (stack.MajorFunction)
            {
                case Wdm.IRP_MJ_READ when Config.EvtIoRead is { } read:
                    read(queue, handle, stack.Parameters.Read.Length);
                    break;
                case Wdm.IRP_MJ_WRITE when Config.EvtIoWrite is { } write:
                    write(queue, handle, stack.Parameters.Write.Length);
                    break;
                case Wdm.IRP_MJ_DEVICE_CONTROL when Config.EvtIoDeviceControl is { } ioctl:
                    ioctl(queue, handle, stack.Parameters.DeviceIoControl.OutputBufferLength, stack.Parameters.DeviceIoControl.InputBufferLength,
                        stack.Parameters.DeviceIoControl.IoControlCode);
                    break;
                case Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL when Config.EvtIoInternalDeviceControl is { } internalIoctl:
                    internalIoctl(queue, handle, stack.Parameters.DeviceIoControl.OutputBufferLength, stack.Parameters.DeviceIoControl.InputBufferLength,
                        stack.Parameters.DeviceIoControl.IoControlCode);
                    break;
                default:
                    Config.EvtIoDefault!(queue, handle);
                    break;
            }
        }

        FxCallbackChecks.AfterCallback(thread, Globals, entryIrql, "EvtIo handler");
        if (callbackLock is not null)
        {
            callbackLock.Release(thread, oldIrql);
        }
    }

    /// <summary>A request presented from this queue was completed (or left it): the driver owns one fewer.</summary>
    internal void OnRequestCompleted(KTHREAD thread, FxRequest request)
    {
        lock (_lock)
        {
            if (request.Presented && _driverOwned > 0)
            {
                _driverOwned--;
            }

            AssertInvariants();
        }

        OnRequestLeft(thread);
        DispatchRequests(thread);
    }

    [Conditional("DEBUG")]
    private void AssertInvariants()
    {
        Debug.Assert(_lock.IsHeldByCurrentThread, "queue invariants are checked under the queue lock");
        Debug.Assert(_driverOwned >= 0, "the driver owns a non-negative number of requests");
    }
}
