namespace NtSim;

/// <summary>HDEVINFO: a device information set of the calling process (SetupDiGetClassDevs);
/// INVALID_HANDLE_VALUE on failure.</summary>
public readonly record struct HDEVINFO(ulong Value)
{
    /// <summary>The set is that handle (compare with INVALID_HANDLE_VALUE).</summary>
    public static bool operator ==(HDEVINFO left, HANDLE right) => left.Value == right.Value;

    /// <summary>The set is not that handle.</summary>
    public static bool operator !=(HDEVINFO left, HANDLE right) => left.Value != right.Value;

    /// <summary>The handle's value in hexadecimal.</summary>
    public override string ToString() => $"0x{Value:x}";
}

/// <summary>SP_DEVINFO_DATA: a device of a device information set. cbSize must be sizeof (32 on x64).</summary>
public sealed class SP_DEVINFO_DATA
{
    internal const uint Size = 32;

    /// <summary>sizeof(SP_DEVINFO_DATA) (32 on x64); leave it as set.</summary>
    public uint cbSize = Size;
    /// <summary>The device's setup class GUID.</summary>
    public Guid ClassGuid;
    /// <summary>The device instance handle, for the CM_* functions.</summary>
    public uint DevInst;
    /// <summary>Reserved.</summary>
    public ulong Reserved;
}

/// <summary>SP_DEVICE_INTERFACE_DATA: an interface of a device information set (SetupDiEnumDeviceInterfaces).
/// cbSize must be sizeof (32 on x64); Flags has SPINT_ACTIVE when the interface is enabled.</summary>
public sealed class SP_DEVICE_INTERFACE_DATA
{
    internal const uint Size = 32;

    /// <summary>sizeof(SP_DEVICE_INTERFACE_DATA) (32 on x64); leave it as set.</summary>
    public uint cbSize = Size;
    /// <summary>The interface class GUID.</summary>
    public Guid InterfaceClassGuid;
    /// <summary>SPINT_ACTIVE, SPINT_DEFAULT and SPINT_REMOVED.</summary>
    public uint Flags;
    /// <summary>Reserved.</summary>
    public ulong Reserved;
}

/// <summary>SP_DEVICE_INTERFACE_DETAIL_DATA_W: the interface's device path, for CreateFile. cbSize must be
/// sizeof the fixed part (8 on x64); the size passed with it counts the path's characters, two bytes
/// each with the NUL, after the 4-byte cbSize.</summary>
public sealed class SP_DEVICE_INTERFACE_DETAIL_DATA
{
    internal const uint Size = 8;

    /// <summary>FIELD_OFFSET(SP_DEVICE_INTERFACE_DETAIL_DATA_W, DevicePath).</summary>
    internal const uint PathOffset = 4;

    /// <summary>sizeof the fixed part of SP_DEVICE_INTERFACE_DETAIL_DATA_W (8 on x64); leave it as set.</summary>
    public uint cbSize = Size;
    /// <summary>The interface's device path, to pass to CreateFile.</summary>
    public string DevicePath = "";
}
