namespace NtSim;

/// <summary>WDF_IO_QUEUE_DISPATCH_TYPE (wdfio.h).</summary>
public enum WDF_IO_QUEUE_DISPATCH_TYPE
{
    /// <summary>Not a valid dispatch type (0).</summary>
    WdfIoQueueDispatchInvalid = 0,
    /// <summary>The queue presents one request at a time: the next after the driver completes or forwards the last.</summary>
    WdfIoQueueDispatchSequential = 1,
    /// <summary>The queue presents requests as they arrive, up to NumberOfPresentedRequests at once.</summary>
    WdfIoQueueDispatchParallel = 2,
    /// <summary>The queue presents nothing: the driver takes requests with WdfIoQueueRetrieveNextRequest and its siblings.</summary>
    WdfIoQueueDispatchManual = 3,
    /// <summary>One past the last dispatch type.</summary>
    WdfIoQueueDispatchMax = 4,
}

/// <summary>WDF_IO_QUEUE_STATE bits (wdfio.h).</summary>
[Flags]
public enum WDF_IO_QUEUE_STATE : uint
{
    /// <summary>The queue accepts new requests (set after WdfIoQueueStart, clear after Stop, Drain or Purge).</summary>
    WdfIoQueueAcceptRequests = 0x01,
    /// <summary>The queue delivers requests to the driver (clear while stopped).</summary>
    WdfIoQueueDispatchRequests = 0x02,
    /// <summary>The queue holds no requests.</summary>
    WdfIoQueueNoRequests = 0x04,
    /// <summary>The driver owns no request that came from this queue.</summary>
    WdfIoQueueDriverNoRequests = 0x08,
    /// <summary>The framework stopped the queue for a PnP or power change (a power-managed queue while the device is out of D0).</summary>
    WdfIoQueuePnpHeld = 0x10,
}

/// <summary>EvtIoDefault: a request of a type the queue has no specific handler for; the driver now owns it. IRQL &lt;= DISPATCH_LEVEL (PASSIVE_LEVEL under WdfExecutionLevelPassive).</summary>
public delegate void EVT_WDF_IO_QUEUE_IO_DEFAULT(WDFQUEUE Queue, WDFREQUEST Request);

/// <summary>EvtIoRead: a read request of Length bytes; the driver now owns it. IRQL &lt;= DISPATCH_LEVEL (PASSIVE_LEVEL under WdfExecutionLevelPassive).</summary>
public delegate void EVT_WDF_IO_QUEUE_IO_READ(WDFQUEUE Queue, WDFREQUEST Request, ulong Length);

/// <summary>EvtIoWrite: a write request of Length bytes; the driver now owns it. IRQL &lt;= DISPATCH_LEVEL (PASSIVE_LEVEL under WdfExecutionLevelPassive).</summary>
public delegate void EVT_WDF_IO_QUEUE_IO_WRITE(WDFQUEUE Queue, WDFREQUEST Request, ulong Length);

/// <summary>EvtIoDeviceControl: an IOCTL (IRP_MJ_DEVICE_CONTROL) with its buffer lengths and control code; the driver now owns it. IRQL &lt;= DISPATCH_LEVEL (PASSIVE_LEVEL under WdfExecutionLevelPassive).</summary>
public delegate void EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL(WDFQUEUE Queue, WDFREQUEST Request, ulong OutputBufferLength, ulong InputBufferLength, uint IoControlCode);

/// <summary>EvtIoInternalDeviceControl: an internal IOCTL (IRP_MJ_INTERNAL_DEVICE_CONTROL) from a driver above; the driver now owns it. IRQL &lt;= DISPATCH_LEVEL (PASSIVE_LEVEL under WdfExecutionLevelPassive).</summary>
public delegate void EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL(WDFQUEUE Queue, WDFREQUEST Request, ulong OutputBufferLength, ulong InputBufferLength, uint IoControlCode);

/// <summary>EvtIoStop: the queue is stopping for power or being purged; ActionFlags (WdfRequestStopAction*) says which. Complete, requeue or acknowledge the request. IRQL &lt;= DISPATCH_LEVEL (PASSIVE_LEVEL under WdfExecutionLevelPassive).</summary>
public delegate void EVT_WDF_IO_QUEUE_IO_STOP(WDFQUEUE Queue, WDFREQUEST Request, uint ActionFlags);

/// <summary>EvtIoResume: the queue started again; resume the request acknowledged in EvtIoStop. IRQL &lt;= DISPATCH_LEVEL (PASSIVE_LEVEL under WdfExecutionLevelPassive).</summary>
public delegate void EVT_WDF_IO_QUEUE_IO_RESUME(WDFQUEUE Queue, WDFREQUEST Request);

/// <summary>EvtIoCanceledOnQueue: a request was cancelled while in the queue; the driver completes it. IRQL &lt;= DISPATCH_LEVEL (PASSIVE_LEVEL under WdfExecutionLevelPassive).</summary>
public delegate void EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE(WDFQUEUE Queue, WDFREQUEST Request);

/// <summary>EvtIoQueueState: a Stop, Drain, Purge or ReadyNotify finished.</summary>
public delegate void EVT_WDF_IO_QUEUE_STATE(WDFQUEUE Queue, object? Context);

/// <summary>WDF_IO_QUEUE_CONFIG: a queue's dispatch type and handlers (WDF_IO_QUEUE_CONFIG_INIT / _INIT_DEFAULT_QUEUE).</summary>
public sealed class WDF_IO_QUEUE_CONFIG
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>How the queue presents requests: sequential, parallel or manual.</summary>
    public WDF_IO_QUEUE_DISPATCH_TYPE DispatchType;
    /// <summary>Whether the queue stops while the device is out of D0 (WdfUseDefault: yes, unless the driver is a filter driver).</summary>
    public WDF_TRI_STATE PowerManaged;
    /// <summary>Whether read and write requests of length 0 reach the driver (FALSE: the framework completes them with STATUS_SUCCESS).</summary>
    public bool AllowZeroLengthRequests;
    /// <summary>Whether this is the device's default queue, which gets every request no other queue is configured for.</summary>
    public bool DefaultQueue;
    /// <summary>Receives the requests no type-specific handler below takes.</summary>
    public EVT_WDF_IO_QUEUE_IO_DEFAULT? EvtIoDefault;
    /// <summary>Receives read requests.</summary>
    public EVT_WDF_IO_QUEUE_IO_READ? EvtIoRead;
    /// <summary>Receives write requests.</summary>
    public EVT_WDF_IO_QUEUE_IO_WRITE? EvtIoWrite;
    /// <summary>Receives device I/O control requests (IRP_MJ_DEVICE_CONTROL).</summary>
    public EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL? EvtIoDeviceControl;
    /// <summary>Receives internal device I/O control requests (IRP_MJ_INTERNAL_DEVICE_CONTROL).</summary>
    public EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL? EvtIoInternalDeviceControl;
    /// <summary>Called for each request the driver owns when the queue stops for power or is purged.</summary>
    public EVT_WDF_IO_QUEUE_IO_STOP? EvtIoStop;
    /// <summary>Called for a request the driver acknowledged in EvtIoStop, when the queue starts again.</summary>
    public EVT_WDF_IO_QUEUE_IO_RESUME? EvtIoResume;
    /// <summary>Called when a request is cancelled while it waits in the queue (without it, the framework completes the request with STATUS_CANCELLED).</summary>
    public EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE? EvtIoCanceledOnQueue;
    /// <summary>Dispatch-type-specific settings: Settings.Parallel.NumberOfPresentedRequests.</summary>
    public WDF_IO_QUEUE_CONFIG_SETTINGS Settings;
    /// <summary>UMDF only: the driver that owns the queue's callbacks.</summary>
    public WDFDRIVER Driver;

    internal const uint SizeOfStruct = 0x68;
}

/// <summary>WDF_IO_QUEUE_CONFIG.Settings.</summary>
public struct WDF_IO_QUEUE_CONFIG_SETTINGS
{
    /// <summary>The settings of a parallel queue.</summary>
    public WDF_IO_QUEUE_CONFIG_PARALLEL Parallel;
}

/// <summary>WDF_IO_QUEUE_CONFIG.Settings.Parallel.</summary>
public struct WDF_IO_QUEUE_CONFIG_PARALLEL
{
    /// <summary>How many requests a parallel queue presents at once; (uint)-1 = no limit.</summary>
    public uint NumberOfPresentedRequests;
}
