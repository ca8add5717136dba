using System.Runtime.InteropServices;
using static NtSim.Wdm;

namespace NtSim.Samples.Zero;

/// <summary>What the Zero driver and its test application share (public.h in a C sample): the
/// device names and the control code. Compiled into both projects.</summary>
internal static class ZeroPublic
{
    /// <summary>The device's name in the object namespace.</summary>
    public const string ZERO_DEVICE_NAME = @"\Device\Zero";

    /// <summary>The symbolic link that makes the device visible to user mode (\GLOBAL??\Zero).</summary>
    public const string ZERO_SYMBOLIC_LINK_NAME = @"\DosDevices\Zero";

    /// <summary>The name an application opens with CreateFile.</summary>
    public const string ZERO_WIN32_NAME = @"\\.\Zero";

    /// <summary>Returns a ZERO_STATISTICS: METHOD_BUFFERED, and the caller must have opened the
    /// device for reading (FILE_READ_ACCESS in the code, checked by the I/O manager).</summary>
    public static readonly uint IOCTL_ZERO_GET_STATISTICS = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_READ_ACCESS);
}

/// <summary>The output of IOCTL_ZERO_GET_STATISTICS: what the device has done since it was created.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ZERO_STATISTICS
{
    public ulong BytesRead;
    public ulong BytesWritten;
    public uint Reads;
    public uint Writes;
}
