namespace NtSim;

/// <summary>WDF_REQUEST_TYPE (wdfrequest.h): the IRP_MJ_* code of the request, plus the framework's own.</summary>
public enum WDF_REQUEST_TYPE
{
    WdfRequestTypeCreate = 0x0,
    WdfRequestTypeCreateNamedPipe = 0x1,
    WdfRequestTypeClose = 0x2,
    WdfRequestTypeRead = 0x3,
    WdfRequestTypeWrite = 0x4,
    WdfRequestTypeQueryInformation = 0x5,
    WdfRequestTypeSetInformation = 0x6,
    WdfRequestTypeQueryEA = 0x7,
    WdfRequestTypeSetEA = 0x8,
    WdfRequestTypeFlushBuffers = 0x9,
    WdfRequestTypeQueryVolumeInformation = 0xA,
    WdfRequestTypeSetVolumeInformation = 0xB,
    WdfRequestTypeDirectoryControl = 0xC,
    WdfRequestTypeFileSystemControl = 0xD,
    WdfRequestTypeDeviceControl = 0xE,
    WdfRequestTypeDeviceControlInternal = 0xF,
    WdfRequestTypeShutdown = 0x10,
    WdfRequestTypeLockControl = 0x11,
    WdfRequestTypeCleanup = 0x12,
    WdfRequestTypeCreateMailSlot = 0x13,
    WdfRequestTypeQuerySecurity = 0x14,
    WdfRequestTypeSetSecurity = 0x15,
    WdfRequestTypePower = 0x16,
    WdfRequestTypeSystemControl = 0x17,
    WdfRequestTypeDeviceChange = 0x18,
    WdfRequestTypeQueryQuota = 0x19,
    WdfRequestTypeSetQuota = 0x1A,
    WdfRequestTypePnp = 0x1B,
    WdfRequestTypeMax = 0x1C,
    WdfRequestTypeOther = 0x1D,
    WdfRequestTypeUsb = 0xFF,
    WdfRequestTypeNoFormat = 0x100,
}

/// <summary>The Create member of WDF_REQUEST_PARAMETERS.Parameters.</summary>
public struct WDF_REQUEST_PARAMETERS_CREATE
{
    public uint DesiredAccess;
    public uint Options;
    public ushort FileAttributes;
    public ushort ShareAccess;
    public uint EaLength;
}

/// <summary>The Read and Write members of WDF_REQUEST_PARAMETERS.Parameters.</summary>
public struct WDF_REQUEST_PARAMETERS_READ_WRITE
{
    public ulong Length;
    public uint Key;
    public long DeviceOffset;
}

/// <summary>The DeviceIoControl member of WDF_REQUEST_PARAMETERS.Parameters.</summary>
public struct WDF_REQUEST_PARAMETERS_IOCTL
{
    public ulong OutputBufferLength;
    public ulong InputBufferLength;
    public uint IoControlCode;
    public PVOID Type3InputBuffer;
}

/// <summary>The Others member of WDF_REQUEST_PARAMETERS.Parameters.</summary>
public struct WDF_REQUEST_PARAMETERS_OTHERS
{
    public object? Arg1;
    public object? Arg2;
    public uint IoControlCode;
    public object? Arg4;
}

/// <summary>WDF_REQUEST_PARAMETERS.Parameters: the union, one member per request type.</summary>
public sealed class WDF_REQUEST_PARAMETERS_UNION
{
    public WDF_REQUEST_PARAMETERS_CREATE Create;
    public WDF_REQUEST_PARAMETERS_READ_WRITE Read;
    public WDF_REQUEST_PARAMETERS_READ_WRITE Write;
    public WDF_REQUEST_PARAMETERS_IOCTL DeviceIoControl;
    public WDF_REQUEST_PARAMETERS_OTHERS Others;
}

/// <summary>WDF_REQUEST_PARAMETERS: a request's type and parameters (WDF_REQUEST_PARAMETERS_INIT, WdfRequestGetParameters).</summary>
public sealed class WDF_REQUEST_PARAMETERS
{
    public ushort Size;
    public byte MinorFunction;
    public WDF_REQUEST_TYPE Type;
    public WDF_REQUEST_PARAMETERS_UNION Parameters = new();
}
