namespace NtSim;

/// <summary>EvtRequestCancel: a request the driver marked cancelable was cancelled; the driver completes it.</summary>
public delegate void EVT_WDF_REQUEST_CANCEL(WDFREQUEST Request);

/// <summary>WDF_REQUEST_STOP_ACTION_FLAGS (wdfrequest.h): why EvtIoStop is called, and whether the request is cancelable.</summary>
[Flags]
public enum WDF_REQUEST_STOP_ACTION_FLAGS : uint
{
    /// <summary>No stop action (0).</summary>
    WdfRequestStopActionInvalid = 0,
    /// <summary>EvtIoStop: the device is leaving D0 (the queue stops for power); complete, requeue, or acknowledge the request.</summary>
    WdfRequestStopActionSuspend = 0x01,
    /// <summary>EvtIoStop: the queue is being purged (the device is going away); complete or cancel the request.</summary>
    WdfRequestStopActionPurge = 0x2,
    /// <summary>EvtIoStop: the request is cancelable (the driver called WdfRequestMarkCancelable[Ex]).</summary>
    WdfRequestStopRequestCancelable = 0x10000000,
}

/// <summary>WDF_REQUEST_FORWARD_OPTIONS_FLAGS (wdfrequest.h).</summary>
[Flags]
public enum WDF_REQUEST_FORWARD_OPTIONS_FLAGS : uint
{
    /// <summary>The parent's queue owns the forwarded request: the framework keeps no completion tracking for it (KMDF 1.9).</summary>
    WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 0x00000001,
}

/// <summary>WDF_REQUEST_FORWARD_OPTIONS: how WdfRequestForwardToParentDeviceIoQueue forwards (WDF_REQUEST_FORWARD_OPTIONS_INIT).</summary>
public sealed class WDF_REQUEST_FORWARD_OPTIONS
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>WDF_REQUEST_FORWARD_OPTION_* bits.</summary>
    public uint Flags;

    internal const uint SizeOfStruct = 0x8;
}
