using System.Runtime.InteropServices;
using static NtSim.Wdm;

namespace NtSim.Samples.Zero;

/// <summary>What the Zero driver and its test application share (ZeroCommon.h in the book): the
/// device names, the control codes and the statistics they return. Compiled into both projects.</summary>
internal static class ZeroPublic
{
    /// <summary>The device's name in the object namespace.</summary>
    public const string ZERO_DEVICE_NAME = @"\Device\Zero";

    /// <summary>The symbolic link that makes the device visible to user mode (\??\ resolves to \GLOBAL??\).</summary>
    public const string ZERO_SYMBOLIC_LINK_NAME = @"\??\Zero";

    /// <summary>The name an application opens with CreateFile.</summary>
    public const string ZERO_WIN32_NAME = @"\\.\Zero";

    /// <summary>The device type in Zero's control codes: 0x8000 and above are for vendors, below is Microsoft's.</summary>
    public const uint DEVICE_ZERO = 0x8022;

    /// <summary>Returns a ZERO_STATS (0x80222000): METHOD_BUFFERED, and any handle may ask (FILE_ANY_ACCESS).</summary>
    public static readonly uint IOCTL_ZERO_GET_STATS = CTL_CODE(DEVICE_ZERO, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS);

    /// <summary>Resets both counters to zero (0x80222007): METHOD_NEITHER, as it takes and returns no data.</summary>
    public static readonly uint IOCTL_ZERO_CLEAR_STATS = CTL_CODE(DEVICE_ZERO, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS);
}

/// <summary>The output of IOCTL_ZERO_GET_STATS (16 bytes): the bytes the device has read and written
/// since the driver loaded or the last IOCTL_ZERO_CLEAR_STATS.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ZERO_STATS
{
    public long TotalRead;
    public long TotalWritten;
}
