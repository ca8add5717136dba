namespace NtSim;

/// <summary>WDF_IO_TARGET_STATE (wdfiotarget.h).</summary>
public enum WDF_IO_TARGET_STATE
{
    WdfIoTargetStateUndefined = 0,
    WdfIoTargetStarted = 1,
    WdfIoTargetStopped = 2,
    WdfIoTargetClosedForQueryRemove = 3,
    WdfIoTargetClosed = 4,
    WdfIoTargetDeleted = 5,
    WdfIoTargetPurged = 6,
}

/// <summary>WDF_IO_TARGET_OPEN_TYPE (wdfiotarget.h).</summary>
public enum WDF_IO_TARGET_OPEN_TYPE
{
    WdfIoTargetOpenUndefined = 0,
    WdfIoTargetOpenUseExistingDevice = 1,
    WdfIoTargetOpenByName = 2,
    WdfIoTargetOpenReopen = 3,
    WdfIoTargetOpenLocalTargetByFile = 4,
}

/// <summary>WDF_IO_TARGET_SENT_IO_ACTION: what WdfIoTargetStop does with requests already sent.</summary>
public enum WDF_IO_TARGET_SENT_IO_ACTION
{
    WdfIoTargetSentIoUndefined = 0,
    WdfIoTargetCancelSentIo = 1,
    WdfIoTargetWaitForSentIoToComplete = 2,
    WdfIoTargetLeaveSentIoPending = 3,
}

/// <summary>WDF_IO_TARGET_PURGE_IO_ACTION: what WdfIoTargetPurge does with requests already sent.</summary>
public enum WDF_IO_TARGET_PURGE_IO_ACTION
{
    WdfIoTargetPurgeIoUndefined = 0,
    WdfIoTargetPurgeIoAndWait = 1,
    WdfIoTargetPurgeIo = 2,
}

/// <summary>EvtIoTargetQueryRemove: the remote device is about to be removed; allow it with WdfIoTargetCloseForQueryRemove.</summary>
public delegate NTSTATUS EVT_WDF_IO_TARGET_QUERY_REMOVE(WDFIOTARGET IoTarget);

/// <summary>EvtIoTargetRemoveCanceled: the removal was cancelled; reopen with WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN.</summary>
public delegate void EVT_WDF_IO_TARGET_REMOVE_CANCELED(WDFIOTARGET IoTarget);

/// <summary>EvtIoTargetRemoveComplete: the remote device is gone; close the target.</summary>
public delegate void EVT_WDF_IO_TARGET_REMOVE_COMPLETE(WDFIOTARGET IoTarget);

/// <summary>WDF_IO_TARGET_OPEN_PARAMS: how WdfIoTargetOpen finds the remote device (by name, by device
/// object, or again as before). Initialize with one of the WDF_IO_TARGET_OPEN_PARAMS_INIT_* forms.</summary>
public sealed class WDF_IO_TARGET_OPEN_PARAMS
{
    public uint Size;
    public WDF_IO_TARGET_OPEN_TYPE Type;
    public EVT_WDF_IO_TARGET_QUERY_REMOVE? EvtIoTargetQueryRemove;
    public EVT_WDF_IO_TARGET_REMOVE_CANCELED? EvtIoTargetRemoveCanceled;
    public EVT_WDF_IO_TARGET_REMOVE_COMPLETE? EvtIoTargetRemoveComplete;
    public DEVICE_OBJECT? TargetDeviceObject;
    public FILE_OBJECT? TargetFileObject;
    public UNICODE_STRING? TargetDeviceName;
    public uint DesiredAccess;
    public uint ShareAccess;
    public uint FileAttributes;
    public uint CreateDisposition;
    public uint CreateOptions;
    public object? EaBuffer;
    public uint EaBufferLength;
    public long? AllocationSize;

    /// <summary>Out: the IO_STATUS_BLOCK.Information of the open (FILE_OPENED ...).</summary>
    public uint FileInformation;
    public UNICODE_STRING? FileName;

    /// <summary>sizeof(WDF_IO_TARGET_OPEN_PARAMS) on x64 (KMDF 1.33).</summary>
    internal const uint SizeOfStruct = 0x88;
}

/// <summary>WDF_REQUEST_SEND_OPTIONS_FLAGS (wdfrequest.h).</summary>
[Flags]
public enum WDF_REQUEST_SEND_OPTIONS_FLAGS : uint
{
    WDF_REQUEST_SEND_OPTION_TIMEOUT = 0x1,
    WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 0x2,
    WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 0x4,
    WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 0x8,
    WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT = 0x10000,
    WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x20000,
}

/// <summary>WDF_REQUEST_SEND_OPTIONS: how WdfRequestSend and the synchronous sends send (Timeout in
/// 100 ns units, negative = relative).</summary>
public sealed class WDF_REQUEST_SEND_OPTIONS
{
    public uint Size;
    public WDF_REQUEST_SEND_OPTIONS_FLAGS Flags;
    public long Timeout;

    /// <summary>sizeof(WDF_REQUEST_SEND_OPTIONS).</summary>
    internal const uint SizeOfStruct = 0x10;
}

/// <summary>WDF_REQUEST_REUSE_FLAGS.</summary>
[Flags]
public enum WDF_REQUEST_REUSE_FLAGS : uint
{
    WDF_REQUEST_REUSE_NO_FLAGS = 0x0,
    WDF_REQUEST_REUSE_SET_NEW_IRP = 0x1,
}

/// <summary>WDF_REQUEST_REUSE_PARAMS: the status a reused request starts with (and a new IRP, rarely).</summary>
public sealed class WDF_REQUEST_REUSE_PARAMS
{
    public uint Size;
    public WDF_REQUEST_REUSE_FLAGS Flags;
    public NTSTATUS Status;
    public IRP? NewIrp;

    /// <summary>sizeof(WDF_REQUEST_REUSE_PARAMS) on x64.</summary>
    internal const uint SizeOfStruct = 0x18;
}

/// <summary>The Read and Write members of WDF_REQUEST_COMPLETION_PARAMS.Parameters.</summary>
public struct WDFMEMORY_BUFFER_COMPLETION_PARAMS
{
    public WDFMEMORY Buffer;
    public ulong Length;
    public ulong Offset;
}

/// <summary>Input and Output of the Ioctl member of WDF_REQUEST_COMPLETION_PARAMS.Parameters.</summary>
public struct WDFMEMORY_IOCTL_BUFFER_PARAMS
{
    public WDFMEMORY Buffer;
    public ulong Offset;
    public ulong Length;
}

/// <summary>The Ioctl member of WDF_REQUEST_COMPLETION_PARAMS.Parameters.</summary>
public struct WDF_REQUEST_COMPLETION_PARAMS_IOCTL
{
    public uint IoControlCode;
    public WDFMEMORY_IOCTL_BUFFER_PARAMS Input;
    public WDFMEMORY_IOCTL_BUFFER_PARAMS Output;
}

/// <summary>The Others member of WDF_REQUEST_COMPLETION_PARAMS.Parameters (arguments passed through untyped).</summary>
public struct WDF_REQUEST_COMPLETION_PARAMS_OTHERS
{
    public object? Argument1;
    public object? Argument2;
    public object? Argument3;
    public object? Argument4;
}

/// <summary>WDF_REQUEST_COMPLETION_PARAMS.Parameters (separate fields: a union cannot overlay references).</summary>
public struct WDF_REQUEST_COMPLETION_PARAMS_UNION
{
    public WDFMEMORY_BUFFER_COMPLETION_PARAMS Write;
    public WDFMEMORY_BUFFER_COMPLETION_PARAMS Read;
    public WDF_REQUEST_COMPLETION_PARAMS_IOCTL Ioctl;
    public WDF_REQUEST_COMPLETION_PARAMS_OTHERS Others;
}

/// <summary>WDF_REQUEST_COMPLETION_PARAMS: what a target did with a sent request (status, information,
/// and the memory and offsets it was formatted with).</summary>
public sealed class WDF_REQUEST_COMPLETION_PARAMS
{
    public uint Size;
    public WDF_REQUEST_TYPE Type;
    public IO_STATUS_BLOCK IoStatus = new();
    public WDF_REQUEST_COMPLETION_PARAMS_UNION Parameters;

    /// <summary>sizeof(WDF_REQUEST_COMPLETION_PARAMS) on x64.</summary>
    internal const uint SizeOfStruct = 0x48;

    internal void CopyFrom(WDF_REQUEST_COMPLETION_PARAMS source)
    {
        Type = source.Type;
        IoStatus.Status = source.IoStatus.Status;
        IoStatus.Information = source.IoStatus.Information;
        Parameters = source.Parameters;
    }
}

/// <summary>EvtRequestCompletionRoutine (EVT_WDF_REQUEST_COMPLETION_ROUTINE): a target completed a request the driver sent.</summary>
public delegate void EVT_WDF_REQUEST_COMPLETION_ROUTINE(WDFREQUEST Request, WDFIOTARGET Target, WDF_REQUEST_COMPLETION_PARAMS Params, object? Context);
