namespace NtSim;

/// <summary>
/// The I/O package (FxPkgIo): routes read, write and device control IRPs to queues. A request goes
/// to the queue WdfDeviceConfigureRequestDispatching named for its type, else the default queue;
/// if neither handles it, a filter passes the IRP down and any other device completes it with
/// STATUS_INVALID_DEVICE_REQUEST (creating-i-o-queues). Zero-length reads and writes are completed
/// with success unless the queue allows them.
/// </summary>
internal sealed class FxPkgIo
{
    private readonly FxDevice _device;
    private readonly FxIoQueue?[] _byType = new FxIoQueue?[Wdm.IRP_MJ_MAXIMUM_FUNCTION + 1];
    private readonly Lock _lock = new();
    private readonly List<FxIoQueue> _queues = [];

    internal FxPkgIo(FxDevice device, WDFDEVICE_INIT init)
    {
        _device = device;
        IoInCallerContext = init.IoInCallerContext;
    }

    internal FxIoQueue? DefaultQueue { get; private set; }

    internal EVT_WDF_IO_IN_CALLER_CONTEXT? IoInCallerContext { get; }

    /// <summary>Every queue of the device (a debugger lists them).</summary>
    internal IReadOnlyList<FxIoQueue> Queues
    {
        get
        {
            lock (_lock)
            {
                return [.. _queues];
            }
        }
    }

    internal void OnDeviceCreated(KTHREAD thread)
    {
    }

    internal void AddQueue(FxIoQueue queue)
    {
        lock (_lock)
        {
            _queues.Add(queue);
            if (queue.IsDefaultQueue)
            {
                DefaultQueue = queue;
            }
        }
    }

    internal void RemoveQueue(FxIoQueue queue)
    {
        lock (_lock)
        {
            _queues.Remove(queue);
            for (var i = 0; i < _byType.Length; i++)
            {
                if (ReferenceEquals(_byType[i], queue))
                {
                    _byType[i] = null;
                }
            }

            if (ReferenceEquals(DefaultQueue, queue))
            {
                DefaultQueue = null;
            }
        }
    }

    /// <summary>WdfDeviceConfigureRequestDispatching: requests of <paramref name="major"/> go to <paramref name="queue"/>.</summary>
    internal NTSTATUS ConfigureDispatching(FxIoQueue queue, byte major)
    {
        lock (_lock)
        {
            if (_byType[major] is not null)
            {
                return Wdm.STATUS_INVALID_DEVICE_REQUEST;
            }

            _byType[major] = queue;
            queue.HasDispatchingConfigured = true;
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>The queue a request of <paramref name="major"/> goes to, or null.</summary>
    internal FxIoQueue? QueueFor(byte major)
    {
        var queue = _byType[major] ?? DefaultQueue;
        return queue is not null && queue.Handles(major) ? queue : null;
    }

    internal NTSTATUS Dispatch(KTHREAD thread, IRP irp)
    {
        var stack = Wdm.IoGetCurrentIrpStackLocation(irp);
        var major = stack.MajorFunction;
        var queue = QueueFor(major);
        if (queue is null && IoInCallerContext is null)
        {
            return _device.IsFilter ? FxIrp.PassDown(_device, irp) : FxIrp.Complete(irp, Wdm.STATUS_INVALID_DEVICE_REQUEST, 0);
        }

        if (IsZeroLength(stack) && !(queue?.Config.AllowZeroLengthRequests ?? false))
        {
            // A zero-length read or write never reaches the driver (AllowZeroLengthRequests FALSE).
            return FxIrp.Complete(irp, Wdm.STATUS_SUCCESS, 0);
        }

        var request = _device.Requests.Take(thread, irp, _device.General.FileObjectOf(stack.FileObject));
        if (request is null)
        {
            return FxIrp.Complete(irp, Wdm.STATUS_INSUFFICIENT_RESOURCES, 0);
        }

        Wdm.IoMarkIrpPending(irp);
        if (IoInCallerContext is { } inCaller)
        {
            // The driver sees it first, in the caller's thread; it enqueues it (WdfDeviceEnqueueRequest) or completes it.
            using (_device.Globals.EnterClient(thread))
            {
                inCaller(new WDFDEVICE(_device), new WDFREQUEST(request));
            }

            return Wdm.STATUS_PENDING;
        }

        queue!.Enqueue(thread, request);
        return Wdm.STATUS_PENDING;
    }

    /// <summary>WdfDeviceEnqueueRequest: a request EvtIoInCallerContext saw goes to its queue.</summary>
    internal NTSTATUS Enqueue(KTHREAD thread, FxRequest request)
    {
        if (QueueFor(request.MajorFunction) is not { } queue)
        {
            if (_device.IsFilter)
            {
                // The framework sends it on to the lower driver.
                return FxRequestForward.PassDownUnchanged(thread, request);
            }

            request.Complete(thread, Wdm.STATUS_INVALID_DEVICE_REQUEST, 0, 0);
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        return queue.Enqueue(thread, request) == Wdm.STATUS_INVALID_DEVICE_STATE ? Wdm.STATUS_INVALID_DEVICE_STATE : Wdm.STATUS_SUCCESS;
    }

    private static bool IsZeroLength(IO_STACK_LOCATION stack) => stack.MajorFunction switch
    {
        Wdm.IRP_MJ_READ => stack.Parameters.Read.Length == 0,
        Wdm.IRP_MJ_WRITE => stack.Parameters.Write.Length == 0,
        _ => false,
    };

    internal void OnDeviceDeleted(KTHREAD thread)
    {
    }
}
