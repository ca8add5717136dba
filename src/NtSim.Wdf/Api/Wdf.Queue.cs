namespace NtSim;

public static partial class Wdf
{
    /// <summary>The queue presents one request at a time: the next after the driver completes or forwards the last.</summary>
    public const WDF_IO_QUEUE_DISPATCH_TYPE WdfIoQueueDispatchSequential = WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchSequential;
    /// <summary>The queue presents requests as they arrive, up to NumberOfPresentedRequests at once.</summary>
    public const WDF_IO_QUEUE_DISPATCH_TYPE WdfIoQueueDispatchParallel = WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchParallel;
    /// <summary>The queue presents nothing: the driver takes requests with WdfIoQueueRetrieveNextRequest and its siblings.</summary>
    public const WDF_IO_QUEUE_DISPATCH_TYPE WdfIoQueueDispatchManual = WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchManual;

    // EvtIoStop's ActionFlags (a ULONG of WDF_REQUEST_STOP_ACTION_FLAGS bits).
    /// <summary>EvtIoStop: the device is leaving D0 (the queue stops for power); complete, requeue, or acknowledge the request.</summary>
    public const uint WdfRequestStopActionSuspend = (uint)WDF_REQUEST_STOP_ACTION_FLAGS.WdfRequestStopActionSuspend;
    /// <summary>EvtIoStop: the queue is being purged (the device is going away); complete or cancel the request.</summary>
    public const uint WdfRequestStopActionPurge = (uint)WDF_REQUEST_STOP_ACTION_FLAGS.WdfRequestStopActionPurge;
    /// <summary>EvtIoStop: the request is cancelable (the driver called WdfRequestMarkCancelable[Ex]).</summary>
    public const uint WdfRequestStopRequestCancelable = (uint)WDF_REQUEST_STOP_ACTION_FLAGS.WdfRequestStopRequestCancelable;

    /// <summary>WDF_IO_QUEUE_CONFIG_INIT: a queue of <paramref name="DispatchType"/>, power managed by default;
    /// a parallel queue presents any number of requests at once.</summary>
    public static void WDF_IO_QUEUE_CONFIG_INIT(out WDF_IO_QUEUE_CONFIG Config, WDF_IO_QUEUE_DISPATCH_TYPE DispatchType)
    {
        Config = new WDF_IO_QUEUE_CONFIG
        {
            Size = WDF_IO_QUEUE_CONFIG.SizeOfStruct,
            PowerManaged = WDF_TRI_STATE.WdfUseDefault,
            DispatchType = DispatchType,
        };
        if (DispatchType == WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchParallel)
        {
            Config.Settings.Parallel.NumberOfPresentedRequests = uint.MaxValue;
        }
    }

    /// <summary>WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE: WDF_IO_QUEUE_CONFIG_INIT, and the device's default queue.</summary>
    public static void WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out WDF_IO_QUEUE_CONFIG Config, WDF_IO_QUEUE_DISPATCH_TYPE DispatchType)
    {
        WDF_IO_QUEUE_CONFIG_INIT(out Config, DispatchType);
        Config.DefaultQueue = true;
    }

    /// <summary>
    /// WdfIoQueueCreate: a queue of the device (the default parent). STATUS_WDF_NO_CALLBACK for a
    /// presenting queue without a handler; STATUS_UNSUCCESSFUL for a second default queue.
    /// </summary>
    public static NTSTATUS WdfIoQueueCreate(WDFDEVICE Device, WDF_IO_QUEUE_CONFIG Config, WDF_OBJECT_ATTRIBUTES? QueueAttributes, out WDFQUEUE Queue)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueCreate);
        Queue = default;
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfIoQueueCreate));
        if (Config is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfIoQueueCreate), nameof(Config));
        }

        var status = FxIoQueue.Create(thread, device, Config, QueueAttributes, out var queue);
        if (Wdm.NT_SUCCESS(status))
        {
            Queue = new WDFQUEUE(queue);
        }

        return status;
    }

    /// <summary>WdfIoQueueGetDevice: the queue's device. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFDEVICE WdfIoQueueGetDevice(WDFQUEUE Queue)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueGetDevice);
        return new WDFDEVICE(FxHandles.Resolve<FxIoQueue>(thread, Queue.Target, FxObjectType.Queue, nameof(WdfIoQueueGetDevice)).Device);
    }

    /// <summary>WdfIoQueueStart: the queue accepts and presents requests again. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfIoQueueStart(WDFQUEUE Queue)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueStart);
        FxHandles.Resolve<FxIoQueue>(thread, Queue.Target, FxObjectType.Queue, nameof(WdfIoQueueStart)).Start(thread);
    }

    /// <summary>WdfIoQueuePurge: stop accepting, cancel what waits, <paramref name="PurgeComplete"/> when the driver owns nothing from it. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfIoQueuePurge(WDFQUEUE Queue, EVT_WDF_IO_QUEUE_STATE? PurgeComplete, object? Context)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueuePurge);
        FxHandles.Resolve<FxIoQueue>(thread, Queue.Target, FxObjectType.Queue, nameof(WdfIoQueuePurge)).Purge(thread, PurgeComplete, Context);
    }

    /// <summary>WdfIoQueueGetState: the state bits, and how many requests wait and how many the driver owns. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDF_IO_QUEUE_STATE WdfIoQueueGetState(WDFQUEUE Queue, out uint QueueRequests, out uint DriverRequests)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueGetState);
        var queue = FxHandles.Resolve<FxIoQueue>(thread, Queue.Target, FxObjectType.Queue, nameof(WdfIoQueueGetState));
        QueueRequests = (uint)queue.PendingCount;
        DriverRequests = (uint)queue.DriverOwned;
        return queue.QueueState;
    }

    /// <summary>WDF_IO_QUEUE_IDLE: no requests waiting and none owned by the driver.</summary>
    public static bool WDF_IO_QUEUE_IDLE(WDF_IO_QUEUE_STATE State) =>
        (State & (WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests))
        == (WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests);

    /// <summary>WDF_IO_QUEUE_READY: presenting and accepting, not held by PnP.</summary>
    public static bool WDF_IO_QUEUE_READY(WDF_IO_QUEUE_STATE State) =>
        (State & (WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests | WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests | WDF_IO_QUEUE_STATE.WdfIoQueuePnpHeld))
        == (WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests | WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests);

    /// <summary>WDF_IO_QUEUE_STOPPED: accepting, not presenting, the driver owns none.</summary>
    public static bool WDF_IO_QUEUE_STOPPED(WDF_IO_QUEUE_STATE State) =>
        (State & (WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests | WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests))
        == (WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests);

    /// <summary>WDF_IO_QUEUE_DRAINED: not accepting, presenting, empty, the driver owns none.</summary>
    public static bool WDF_IO_QUEUE_DRAINED(WDF_IO_QUEUE_STATE State) =>
        (State & (WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests | WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests | WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests))
        == (WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests | WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests);

    /// <summary>WDF_IO_QUEUE_PURGED: not accepting, empty, the driver owns none.</summary>
    public static bool WDF_IO_QUEUE_PURGED(WDF_IO_QUEUE_STATE State) =>
        (State & (WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests | WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests))
        == (WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests);
}
