namespace NtSim;

/// <summary>WDF_REQUEST_TYPE (wdfrequest.h): the IRP_MJ_* code of the request, plus the framework's own.</summary>
public enum WDF_REQUEST_TYPE
{
    /// <summary>IRP_MJ_CREATE (0x00): a file open on the device.</summary>
    WdfRequestTypeCreate = 0x0,
    /// <summary>IRP_MJ_CREATE_NAMED_PIPE (0x01).</summary>
    WdfRequestTypeCreateNamedPipe = 0x1,
    /// <summary>IRP_MJ_CLOSE (0x02): the last reference to the file object was released.</summary>
    WdfRequestTypeClose = 0x2,
    /// <summary>IRP_MJ_READ (0x03): a read, delivered to EvtIoRead.</summary>
    WdfRequestTypeRead = 0x3,
    /// <summary>IRP_MJ_WRITE (0x04): a write, delivered to EvtIoWrite.</summary>
    WdfRequestTypeWrite = 0x4,
    /// <summary>IRP_MJ_QUERY_INFORMATION (0x05).</summary>
    WdfRequestTypeQueryInformation = 0x5,
    /// <summary>IRP_MJ_SET_INFORMATION (0x06).</summary>
    WdfRequestTypeSetInformation = 0x6,
    /// <summary>IRP_MJ_QUERY_EA (0x07).</summary>
    WdfRequestTypeQueryEA = 0x7,
    /// <summary>IRP_MJ_SET_EA (0x08).</summary>
    WdfRequestTypeSetEA = 0x8,
    /// <summary>IRP_MJ_FLUSH_BUFFERS (0x09).</summary>
    WdfRequestTypeFlushBuffers = 0x9,
    /// <summary>IRP_MJ_QUERY_VOLUME_INFORMATION (0x0A).</summary>
    WdfRequestTypeQueryVolumeInformation = 0xA,
    /// <summary>IRP_MJ_SET_VOLUME_INFORMATION (0x0B).</summary>
    WdfRequestTypeSetVolumeInformation = 0xB,
    /// <summary>IRP_MJ_DIRECTORY_CONTROL (0x0C).</summary>
    WdfRequestTypeDirectoryControl = 0xC,
    /// <summary>IRP_MJ_FILE_SYSTEM_CONTROL (0x0D).</summary>
    WdfRequestTypeFileSystemControl = 0xD,
    /// <summary>IRP_MJ_DEVICE_CONTROL (0x0E): an IOCTL, delivered to EvtIoDeviceControl.</summary>
    WdfRequestTypeDeviceControl = 0xE,
    /// <summary>IRP_MJ_INTERNAL_DEVICE_CONTROL (0x0F): an internal IOCTL, delivered to EvtIoInternalDeviceControl.</summary>
    WdfRequestTypeDeviceControlInternal = 0xF,
    /// <summary>IRP_MJ_SHUTDOWN (0x10).</summary>
    WdfRequestTypeShutdown = 0x10,
    /// <summary>IRP_MJ_LOCK_CONTROL (0x11).</summary>
    WdfRequestTypeLockControl = 0x11,
    /// <summary>IRP_MJ_CLEANUP (0x12): the last handle to the file object was closed.</summary>
    WdfRequestTypeCleanup = 0x12,
    /// <summary>IRP_MJ_CREATE_MAILSLOT (0x13).</summary>
    WdfRequestTypeCreateMailSlot = 0x13,
    /// <summary>IRP_MJ_QUERY_SECURITY (0x14).</summary>
    WdfRequestTypeQuerySecurity = 0x14,
    /// <summary>IRP_MJ_SET_SECURITY (0x15).</summary>
    WdfRequestTypeSetSecurity = 0x15,
    /// <summary>IRP_MJ_POWER (0x16).</summary>
    WdfRequestTypePower = 0x16,
    /// <summary>IRP_MJ_SYSTEM_CONTROL (0x17): WMI.</summary>
    WdfRequestTypeSystemControl = 0x17,
    /// <summary>IRP_MJ_DEVICE_CHANGE (0x18).</summary>
    WdfRequestTypeDeviceChange = 0x18,
    /// <summary>IRP_MJ_QUERY_QUOTA (0x19).</summary>
    WdfRequestTypeQueryQuota = 0x19,
    /// <summary>IRP_MJ_SET_QUOTA (0x1A).</summary>
    WdfRequestTypeSetQuota = 0x1A,
    /// <summary>IRP_MJ_PNP (0x1B).</summary>
    WdfRequestTypePnp = 0x1B,
    /// <summary>One past the last IRP_MJ_* code (0x1C).</summary>
    WdfRequestTypeMax = 0x1C,
    /// <summary>A request of no IRP_MJ_* type the framework names (0x1D).</summary>
    WdfRequestTypeOther = 0x1D,
    /// <summary>A USB request (0xFF), from the USB target DDIs.</summary>
    WdfRequestTypeUsb = 0xFF,
    /// <summary>No type: the request was not formatted for one (0x100).</summary>
    WdfRequestTypeNoFormat = 0x100,
}

/// <summary>The Create member of WDF_REQUEST_PARAMETERS.Parameters.</summary>
public struct WDF_REQUEST_PARAMETERS_CREATE
{
    /// <summary>The access the caller asked for (IO_STACK_LOCATION.Parameters.Create.SecurityContext-&gt;DesiredAccess).</summary>
    public uint DesiredAccess;
    /// <summary>The create disposition (high byte) and create options (low 24 bits), as ZwCreateFile got them.</summary>
    public uint Options;
    /// <summary>FILE_ATTRIBUTE_* bits of a file created.</summary>
    public ushort FileAttributes;
    /// <summary>The FILE_SHARE_* access the caller grants others.</summary>
    public ushort ShareAccess;
    /// <summary>The length in bytes of the caller's extended attributes buffer.</summary>
    public uint EaLength;
}

/// <summary>The Read and Write members of WDF_REQUEST_PARAMETERS.Parameters.</summary>
public struct WDF_REQUEST_PARAMETERS_READ_WRITE
{
    /// <summary>The number of bytes to read or write.</summary>
    public ulong Length;
    /// <summary>The key of a byte-range lock, for file systems.</summary>
    public uint Key;
    /// <summary>The byte offset on the device (the file position) to read or write at.</summary>
    public long DeviceOffset;
}

/// <summary>The DeviceIoControl member of WDF_REQUEST_PARAMETERS.Parameters.</summary>
public struct WDF_REQUEST_PARAMETERS_IOCTL
{
    /// <summary>The length in bytes of the caller's output buffer.</summary>
    public ulong OutputBufferLength;
    /// <summary>The length in bytes of the caller's input buffer.</summary>
    public ulong InputBufferLength;
    /// <summary>The I/O control code (CTL_CODE) the caller sent.</summary>
    public uint IoControlCode;
    /// <summary>For METHOD_NEITHER: the caller's input buffer address (user mode for a user-mode caller).</summary>
    public PVOID Type3InputBuffer;
}

/// <summary>The Others member of WDF_REQUEST_PARAMETERS.Parameters.</summary>
public struct WDF_REQUEST_PARAMETERS_OTHERS
{
    /// <summary>The first argument of the IRP's stack location (Parameters.Others.Argument1).</summary>
    public object? Arg1;
    /// <summary>The second argument of the IRP's stack location.</summary>
    public object? Arg2;
    /// <summary>The third argument: the I/O control code for an internal device control.</summary>
    public uint IoControlCode;
    /// <summary>The fourth argument of the IRP's stack location.</summary>
    public object? Arg4;
}

/// <summary>WDF_REQUEST_PARAMETERS.Parameters: the union, one member per request type.</summary>
public sealed class WDF_REQUEST_PARAMETERS_UNION
{
    /// <summary>For WdfRequestTypeCreate.</summary>
    public WDF_REQUEST_PARAMETERS_CREATE Create;
    /// <summary>For WdfRequestTypeRead.</summary>
    public WDF_REQUEST_PARAMETERS_READ_WRITE Read;
    /// <summary>For WdfRequestTypeWrite.</summary>
    public WDF_REQUEST_PARAMETERS_READ_WRITE Write;
    /// <summary>For WdfRequestTypeDeviceControl and WdfRequestTypeDeviceControlInternal.</summary>
    public WDF_REQUEST_PARAMETERS_IOCTL DeviceIoControl;
    /// <summary>For the other request types.</summary>
    public WDF_REQUEST_PARAMETERS_OTHERS Others;
}

/// <summary>WDF_REQUEST_PARAMETERS: a request's type and parameters (WDF_REQUEST_PARAMETERS_INIT, WdfRequestGetParameters).</summary>
public sealed class WDF_REQUEST_PARAMETERS
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public ushort Size;
    /// <summary>The IRP's minor function code.</summary>
    public byte MinorFunction;
    /// <summary>The request's type, which says which member of Parameters is filled.</summary>
    public WDF_REQUEST_TYPE Type;
    /// <summary>The type-specific parameters.</summary>
    public WDF_REQUEST_PARAMETERS_UNION Parameters = new();
}
