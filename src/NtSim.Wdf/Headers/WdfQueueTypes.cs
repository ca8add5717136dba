namespace NtSim;

/// <summary>WDF_IO_QUEUE_DISPATCH_TYPE (wdfio.h).</summary>
public enum WDF_IO_QUEUE_DISPATCH_TYPE
{
    WdfIoQueueDispatchInvalid = 0,
    WdfIoQueueDispatchSequential = 1,
    WdfIoQueueDispatchParallel = 2,
    WdfIoQueueDispatchManual = 3,
    WdfIoQueueDispatchMax = 4,
}

/// <summary>WDF_IO_QUEUE_STATE bits (wdfio.h).</summary>
[Flags]
public enum WDF_IO_QUEUE_STATE : uint
{
    WdfIoQueueAcceptRequests = 0x01,
    WdfIoQueueDispatchRequests = 0x02,
    WdfIoQueueNoRequests = 0x04,
    WdfIoQueueDriverNoRequests = 0x08,
    WdfIoQueuePnpHeld = 0x10,
}

public delegate void EVT_WDF_IO_QUEUE_IO_DEFAULT(WDFQUEUE Queue, WDFREQUEST Request);

public delegate void EVT_WDF_IO_QUEUE_IO_READ(WDFQUEUE Queue, WDFREQUEST Request, ulong Length);

public delegate void EVT_WDF_IO_QUEUE_IO_WRITE(WDFQUEUE Queue, WDFREQUEST Request, ulong Length);

public delegate void EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL(WDFQUEUE Queue, WDFREQUEST Request, ulong OutputBufferLength, ulong InputBufferLength, uint IoControlCode);

public delegate void EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL(WDFQUEUE Queue, WDFREQUEST Request, ulong OutputBufferLength, ulong InputBufferLength, uint IoControlCode);

public delegate void EVT_WDF_IO_QUEUE_IO_STOP(WDFQUEUE Queue, WDFREQUEST Request, uint ActionFlags);

public delegate void EVT_WDF_IO_QUEUE_IO_RESUME(WDFQUEUE Queue, WDFREQUEST Request);

public delegate void EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE(WDFQUEUE Queue, WDFREQUEST Request);

/// <summary>EvtIoQueueState: a Stop, Drain, Purge or ReadyNotify finished.</summary>
public delegate void EVT_WDF_IO_QUEUE_STATE(WDFQUEUE Queue, object? Context);

/// <summary>WDF_IO_QUEUE_CONFIG: a queue's dispatch type and handlers (WDF_IO_QUEUE_CONFIG_INIT / _INIT_DEFAULT_QUEUE).</summary>
public sealed class WDF_IO_QUEUE_CONFIG
{
    public uint Size;
    public WDF_IO_QUEUE_DISPATCH_TYPE DispatchType;
    public WDF_TRI_STATE PowerManaged;
    public bool AllowZeroLengthRequests;
    public bool DefaultQueue;
    public EVT_WDF_IO_QUEUE_IO_DEFAULT? EvtIoDefault;
    public EVT_WDF_IO_QUEUE_IO_READ? EvtIoRead;
    public EVT_WDF_IO_QUEUE_IO_WRITE? EvtIoWrite;
    public EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL? EvtIoDeviceControl;
    public EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL? EvtIoInternalDeviceControl;
    public EVT_WDF_IO_QUEUE_IO_STOP? EvtIoStop;
    public EVT_WDF_IO_QUEUE_IO_RESUME? EvtIoResume;
    public EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE? EvtIoCanceledOnQueue;
    public WDF_IO_QUEUE_CONFIG_SETTINGS Settings;
    public WDFDRIVER Driver;

    internal const uint SizeOfStruct = 0x68;
}

/// <summary>WDF_IO_QUEUE_CONFIG.Settings.</summary>
public struct WDF_IO_QUEUE_CONFIG_SETTINGS
{
    public WDF_IO_QUEUE_CONFIG_PARALLEL Parallel;
}

/// <summary>WDF_IO_QUEUE_CONFIG.Settings.Parallel.</summary>
public struct WDF_IO_QUEUE_CONFIG_PARALLEL
{
    /// <summary>How many requests a parallel queue presents at once; (uint)-1 = no limit.</summary>
    public uint NumberOfPresentedRequests;
}
