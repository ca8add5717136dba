namespace NtSim;

/// <summary>HDEVINFO: a device information set of the calling process (SetupDiGetClassDevs);
/// INVALID_HANDLE_VALUE on failure.</summary>
public readonly record struct HDEVINFO(ulong Value)
{
    public static bool operator ==(HDEVINFO left, HANDLE right) => left.Value == right.Value;

    public static bool operator !=(HDEVINFO left, HANDLE right) => left.Value != right.Value;

    public override string ToString() => $"0x{Value:x}";
}

/// <summary>SP_DEVINFO_DATA: a device of a device information set. cbSize must be sizeof (32 on x64).</summary>
public sealed class SP_DEVINFO_DATA
{
    internal const uint Size = 32;

    public uint cbSize = Size;
    public Guid ClassGuid;
    public uint DevInst;
    public ulong Reserved;
}

/// <summary>SP_DEVICE_INTERFACE_DATA: an interface of a device information set (SetupDiEnumDeviceInterfaces).
/// cbSize must be sizeof (32 on x64); Flags has SPINT_ACTIVE when the interface is enabled.</summary>
public sealed class SP_DEVICE_INTERFACE_DATA
{
    internal const uint Size = 32;

    public uint cbSize = Size;
    public Guid InterfaceClassGuid;
    public uint Flags;
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

    public uint cbSize = Size;
    public string DevicePath = "";
}
