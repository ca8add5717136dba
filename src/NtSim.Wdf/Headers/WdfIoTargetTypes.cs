namespace NtSim;

/// <summary>WDF_IO_TARGET_STATE (wdfiotarget.h).</summary>
public enum WDF_IO_TARGET_STATE
{
    /// <summary>Not a valid target state (0).</summary>
    WdfIoTargetStateUndefined = 0,
    /// <summary>The target is open and sends requests.</summary>
    WdfIoTargetStarted = 1,
    /// <summary>The target queues new requests without sending them (WdfIoTargetStop).</summary>
    WdfIoTargetStopped = 2,
    /// <summary>The remote target was closed for a query-remove (WdfIoTargetCloseForQueryRemove); it may reopen.</summary>
    WdfIoTargetClosedForQueryRemove = 3,
    /// <summary>The remote target is closed (WdfIoTargetClose).</summary>
    WdfIoTargetClosed = 4,
    /// <summary>The target was deleted (its device was removed); it sends nothing more.</summary>
    WdfIoTargetDeleted = 5,
    /// <summary>The target fails new requests and cancelled the ones it had (WdfIoTargetPurge, KMDF 1.11).</summary>
    WdfIoTargetPurged = 6,
}

/// <summary>WDF_IO_TARGET_OPEN_TYPE (wdfiotarget.h).</summary>
public enum WDF_IO_TARGET_OPEN_TYPE
{
    /// <summary>Not a valid open type (0).</summary>
    WdfIoTargetOpenUndefined = 0,
    /// <summary>Open a DEVICE_OBJECT the driver already has (WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE).</summary>
    WdfIoTargetOpenUseExistingDevice = 1,
    /// <summary>Open a device, file or device interface by its object name, as ZwCreateFile does (the _CREATE_BY_NAME and _OPEN_BY_NAME INIT functions).</summary>
    WdfIoTargetOpenByName = 2,
    /// <summary>Open again, with the parameters of the first open by name, after WdfIoTargetCloseForQueryRemove (WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN).</summary>
    WdfIoTargetOpenReopen = 3,
    /// <summary>UMDF only (4): open a file handle on the lower stack, as WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_FILE does.</summary>
    WdfIoTargetOpenLocalTargetByFile = 4,
}

/// <summary>WDF_IO_TARGET_SENT_IO_ACTION: what WdfIoTargetStop does with requests already sent.</summary>
public enum WDF_IO_TARGET_SENT_IO_ACTION
{
    /// <summary>Not a valid action (0).</summary>
    WdfIoTargetSentIoUndefined = 0,
    /// <summary>WdfIoTargetStop cancels the requests already sent and waits for them.</summary>
    WdfIoTargetCancelSentIo = 1,
    /// <summary>WdfIoTargetStop waits for the requests already sent to complete.</summary>
    WdfIoTargetWaitForSentIoToComplete = 2,
    /// <summary>WdfIoTargetStop leaves the requests already sent alone and returns.</summary>
    WdfIoTargetLeaveSentIoPending = 3,
}

/// <summary>WDF_IO_TARGET_PURGE_IO_ACTION: what WdfIoTargetPurge does with requests already sent.</summary>
public enum WDF_IO_TARGET_PURGE_IO_ACTION
{
    /// <summary>Not a valid action (0).</summary>
    WdfIoTargetPurgeIoUndefined = 0,
    /// <summary>WdfIoTargetPurge cancels the sent requests and waits for them to complete.</summary>
    WdfIoTargetPurgeIoAndWait = 1,
    /// <summary>WdfIoTargetPurge cancels the sent requests and returns without waiting.</summary>
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
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>How the target is found: by an existing device object, by name, or reopened.</summary>
    public WDF_IO_TARGET_OPEN_TYPE Type;
    /// <summary>Called when the remote device is queried for removal (optional; without it the framework closes the target for the removal).</summary>
    public EVT_WDF_IO_TARGET_QUERY_REMOVE? EvtIoTargetQueryRemove;
    /// <summary>Called when the remote device's removal is cancelled (optional; without it the framework reopens the target).</summary>
    public EVT_WDF_IO_TARGET_REMOVE_CANCELED? EvtIoTargetRemoveCanceled;
    /// <summary>Called when the remote device is removed (optional; without it the framework closes the target).</summary>
    public EVT_WDF_IO_TARGET_REMOVE_COMPLETE? EvtIoTargetRemoveComplete;
    /// <summary>For WdfIoTargetOpenUseExistingDevice: the device object to send requests to.</summary>
    public DEVICE_OBJECT? TargetDeviceObject;
    /// <summary>For WdfIoTargetOpenUseExistingDevice: the file object requests carry (optional).</summary>
    public FILE_OBJECT? TargetFileObject;
    /// <summary>For WdfIoTargetOpenByName: the object name of the device, file or device interface to open.</summary>
    public UNICODE_STRING? TargetDeviceName;
    /// <summary>For WdfIoTargetOpenByName: the access asked for (GENERIC_READ, GENERIC_WRITE ...), as ZwCreateFile's DesiredAccess.</summary>
    public uint DesiredAccess;
    /// <summary>For WdfIoTargetOpenByName: FILE_SHARE_* bits, as ZwCreateFile's ShareAccess; 0 for exclusive access.</summary>
    public uint ShareAccess;
    /// <summary>For WdfIoTargetOpenByName: FILE_ATTRIBUTE_* bits, as ZwCreateFile's FileAttributes.</summary>
    public uint FileAttributes;
    /// <summary>For WdfIoTargetOpenByName: FILE_OPEN, FILE_CREATE ..., as ZwCreateFile's CreateDisposition.</summary>
    public uint CreateDisposition;
    /// <summary>For WdfIoTargetOpenByName: FILE_* create options, as ZwCreateFile's CreateOptions.</summary>
    public uint CreateOptions;
    /// <summary>For WdfIoTargetOpenByName: extended attributes for ZwCreateFile (optional).</summary>
    public object? EaBuffer;
    /// <summary>The length in bytes of EaBuffer.</summary>
    public uint EaBufferLength;
    /// <summary>For WdfIoTargetOpenByName: the initial allocation size of a file created (optional).</summary>
    public long? AllocationSize;

    /// <summary>Out: the IO_STATUS_BLOCK.Information of the open (FILE_OPENED ...).</summary>
    public uint FileInformation;
    /// <summary>UMDF only: the file name for WdfIoTargetOpenLocalTargetByFile.</summary>
    public UNICODE_STRING? FileName;

    /// <summary>sizeof(WDF_IO_TARGET_OPEN_PARAMS) on x64 (KMDF 1.33).</summary>
    internal const uint SizeOfStruct = 0x88;
}

/// <summary>WDF_REQUEST_SEND_OPTIONS_FLAGS (wdfrequest.h).</summary>
[Flags]
public enum WDF_REQUEST_SEND_OPTIONS_FLAGS : uint
{
    /// <summary>Timeout holds a time-out: the framework cancels the request when it expires.</summary>
    WDF_REQUEST_SEND_OPTION_TIMEOUT = 0x1,
    /// <summary>WdfRequestSend waits until the target completes the request.</summary>
    WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 0x2,
    /// <summary>Send even when the target is stopped.</summary>
    WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 0x4,
    /// <summary>Send and forget: the framework does not track the request; the driver can no longer complete or cancel it.</summary>
    WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 0x8,
    /// <summary>UMDF only: send while impersonating the client.</summary>
    WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT = 0x10000,
    /// <summary>UMDF only: send even if impersonation fails.</summary>
    WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x20000,
}

/// <summary>WDF_REQUEST_SEND_OPTIONS: how WdfRequestSend and the synchronous sends send (Timeout in
/// 100 ns units, negative = relative).</summary>
public sealed class WDF_REQUEST_SEND_OPTIONS
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>WDF_REQUEST_SEND_OPTION_* bits.</summary>
    public WDF_REQUEST_SEND_OPTIONS_FLAGS Flags;
    /// <summary>With WDF_REQUEST_SEND_OPTION_TIMEOUT: the time-out in 100-ns units, negative for a relative time, positive for an absolute one.</summary>
    public long Timeout;

    /// <summary>sizeof(WDF_REQUEST_SEND_OPTIONS).</summary>
    internal const uint SizeOfStruct = 0x10;
}

/// <summary>WDF_REQUEST_REUSE_FLAGS.</summary>
[Flags]
public enum WDF_REQUEST_REUSE_FLAGS : uint
{
    /// <summary>WdfRequestReuse keeps the request's IRP.</summary>
    WDF_REQUEST_REUSE_NO_FLAGS = 0x0,
    /// <summary>WdfRequestReuse gives the request the IRP in NewIrp.</summary>
    WDF_REQUEST_REUSE_SET_NEW_IRP = 0x1,
}

/// <summary>WDF_REQUEST_REUSE_PARAMS: the status a reused request starts with (and a new IRP, rarely).</summary>
public sealed class WDF_REQUEST_REUSE_PARAMS
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>WDF_REQUEST_REUSE_* bits.</summary>
    public WDF_REQUEST_REUSE_FLAGS Flags;
    /// <summary>The status the reused request's IRP starts with (usually STATUS_SUCCESS).</summary>
    public NTSTATUS Status;
    /// <summary>With WDF_REQUEST_REUSE_SET_NEW_IRP: the IRP the request takes from now on.</summary>
    public IRP? NewIrp;

    /// <summary>sizeof(WDF_REQUEST_REUSE_PARAMS) on x64.</summary>
    internal const uint SizeOfStruct = 0x18;
}

/// <summary>The Read and Write members of WDF_REQUEST_COMPLETION_PARAMS.Parameters.</summary>
public struct WDFMEMORY_BUFFER_COMPLETION_PARAMS
{
    /// <summary>The memory object the request was formatted with.</summary>
    public WDFMEMORY Buffer;
    /// <summary>The number of bytes transferred.</summary>
    public ulong Length;
    /// <summary>The offset into Buffer the request was formatted with.</summary>
    public ulong Offset;
}

/// <summary>Input and Output of the Ioctl member of WDF_REQUEST_COMPLETION_PARAMS.Parameters.</summary>
public struct WDFMEMORY_IOCTL_BUFFER_PARAMS
{
    /// <summary>The memory object the request was formatted with.</summary>
    public WDFMEMORY Buffer;
    /// <summary>The offset into Buffer the request was formatted with.</summary>
    public ulong Offset;
    /// <summary>For Output, the number of bytes the target returned; for Input, the length the request was formatted with.</summary>
    public ulong Length;
}

/// <summary>The Ioctl member of WDF_REQUEST_COMPLETION_PARAMS.Parameters.</summary>
public struct WDF_REQUEST_COMPLETION_PARAMS_IOCTL
{
    /// <summary>The I/O control code the request carried.</summary>
    public uint IoControlCode;
    /// <summary>The input buffer the request was formatted with.</summary>
    public WDFMEMORY_IOCTL_BUFFER_PARAMS Input;
    /// <summary>The output buffer, and how many bytes the target returned in it.</summary>
    public WDFMEMORY_IOCTL_BUFFER_PARAMS Output;
}

/// <summary>The Others member of WDF_REQUEST_COMPLETION_PARAMS.Parameters (arguments passed through untyped).</summary>
public struct WDF_REQUEST_COMPLETION_PARAMS_OTHERS
{
    /// <summary>The first argument the request was formatted with (WdfIoTargetFormatRequestForInternalIoctlOthers).</summary>
    public object? Argument1;
    /// <summary>The second argument the request was formatted with.</summary>
    public object? Argument2;
    /// <summary>The third argument the request was formatted with.</summary>
    public object? Argument3;
    /// <summary>The fourth argument the request was formatted with.</summary>
    public object? Argument4;
}

/// <summary>WDF_REQUEST_COMPLETION_PARAMS.Parameters (separate fields: a union cannot overlay references).</summary>
public struct WDF_REQUEST_COMPLETION_PARAMS_UNION
{
    /// <summary>For a write: the buffer, offset and bytes written.</summary>
    public WDFMEMORY_BUFFER_COMPLETION_PARAMS Write;
    /// <summary>For a read: the buffer, offset and bytes read.</summary>
    public WDFMEMORY_BUFFER_COMPLETION_PARAMS Read;
    /// <summary>For a device control or internal device control: the code and buffers.</summary>
    public WDF_REQUEST_COMPLETION_PARAMS_IOCTL Ioctl;
    /// <summary>For other request types: the arguments passed through.</summary>
    public WDF_REQUEST_COMPLETION_PARAMS_OTHERS Others;
}

/// <summary>WDF_REQUEST_COMPLETION_PARAMS: what a target did with a sent request (status, information,
/// and the memory and offsets it was formatted with).</summary>
public sealed class WDF_REQUEST_COMPLETION_PARAMS
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>The request's type (WdfRequestTypeRead, WdfRequestTypeWrite, WdfRequestTypeDeviceControl ...), which says which member of Parameters is filled.</summary>
    public WDF_REQUEST_TYPE Type;
    /// <summary>The IRP's final status and information, as the target completed it.</summary>
    public IO_STATUS_BLOCK IoStatus = new();
    /// <summary>The type-specific parameters: buffers, offsets and lengths.</summary>
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
