namespace NtSim;

/// <summary>EvtRequestCancel: a request the driver marked cancelable was cancelled; the driver completes it.</summary>
public delegate void EVT_WDF_REQUEST_CANCEL(WDFREQUEST Request);

/// <summary>WDF_REQUEST_STOP_ACTION_FLAGS (wdfrequest.h): why EvtIoStop is called, and whether the request is cancelable.</summary>
[Flags]
public enum WDF_REQUEST_STOP_ACTION_FLAGS : uint
{
    WdfRequestStopActionInvalid = 0,
    WdfRequestStopActionSuspend = 0x01,
    WdfRequestStopActionPurge = 0x2,
    WdfRequestStopRequestCancelable = 0x10000000,
}

/// <summary>WDF_REQUEST_FORWARD_OPTIONS_FLAGS (wdfrequest.h).</summary>
[Flags]
public enum WDF_REQUEST_FORWARD_OPTIONS_FLAGS : uint
{
    WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 0x00000001,
}

/// <summary>WDF_REQUEST_FORWARD_OPTIONS: how WdfRequestForwardToParentDeviceIoQueue forwards (WDF_REQUEST_FORWARD_OPTIONS_INIT).</summary>
public sealed class WDF_REQUEST_FORWARD_OPTIONS
{
    public uint Size;
    public uint Flags;

    internal const uint SizeOfStruct = 0x8;
}
