using static NtSim.Wdm;

namespace NtSim.Samples.Ioctl;

/// <summary>What the sioctl driver and ioctlapp share (public.h in a C sample): the device names
/// and the four control codes, one per transfer method. Compiled into both projects.</summary>
internal static class SioctlPublic
{
    /// <summary>A device type from the range left to vendors (32768-65535); only CTL_CODE uses it.</summary>
    public const uint SIOCTL_TYPE = 40000;

    public const string NT_DEVICE_NAME = @"\Device\SIOCTL";
    public const string DOS_DEVICE_NAME = @"\DosDevices\IoctlTest";

    /// <summary>The name ioctlapp opens with CreateFile.</summary>
    public const string WIN32_DEVICE_NAME = @"\\.\IoctlTest";

    /// <summary>Input in the system buffer; the second buffer (an MDL) is more input, read by the driver.</summary>
    public static readonly uint IOCTL_SIOCTL_METHOD_IN_DIRECT = CTL_CODE(SIOCTL_TYPE, 0x900, METHOD_IN_DIRECT, FILE_ANY_ACCESS);

    /// <summary>Input in the system buffer; the second buffer (an MDL) is the output, written by the driver.</summary>
    public static readonly uint IOCTL_SIOCTL_METHOD_OUT_DIRECT = CTL_CODE(SIOCTL_TYPE, 0x901, METHOD_OUT_DIRECT, FILE_ANY_ACCESS);

    /// <summary>The caller's own addresses (Type3InputBuffer, UserBuffer), valid only in its context.</summary>
    public static readonly uint IOCTL_SIOCTL_METHOD_NEITHER = CTL_CODE(SIOCTL_TYPE, 0x902, METHOD_NEITHER, FILE_ANY_ACCESS);

    /// <summary>One system buffer for input and output, copied by the I/O manager.</summary>
    public static readonly uint IOCTL_SIOCTL_METHOD_BUFFERED = CTL_CODE(SIOCTL_TYPE, 0x903, METHOD_BUFFERED, FILE_ANY_ACCESS);
}
