using static NtSim.Wdm;

namespace NtSim.Samples.NonPnp;

/// <summary>What the nonpnp driver and nonpnpapp share (public.h): the device's name and the four IOCTLs.</summary>
internal static class NonPnpPublic
{
    /// <summary>FILEIO_TYPE: the device type in the control codes (40001).</summary>
    public const uint FILEIO_TYPE = 40001;

    public static readonly uint IOCTL_NONPNP_METHOD_IN_DIRECT = CTL_CODE(FILEIO_TYPE, 0x900, METHOD_IN_DIRECT, FILE_ANY_ACCESS);
    public static readonly uint IOCTL_NONPNP_METHOD_OUT_DIRECT = CTL_CODE(FILEIO_TYPE, 0x901, METHOD_OUT_DIRECT, FILE_ANY_ACCESS);
    public static readonly uint IOCTL_NONPNP_METHOD_BUFFERED = CTL_CODE(FILEIO_TYPE, 0x902, METHOD_BUFFERED, FILE_ANY_ACCESS);
    public static readonly uint IOCTL_NONPNP_METHOD_NEITHER = CTL_CODE(FILEIO_TYPE, 0x903, METHOD_NEITHER, FILE_ANY_ACCESS);

    /// <summary>The device path the application opens: the link, and a file name after it.</summary>
    public const string DEVICE_NAME = @"\\.\NONPNP\nonpnpsamp.log";

    /// <summary>The service name.</summary>
    public const string DRIVER_NAME = "NONPNP";
}
