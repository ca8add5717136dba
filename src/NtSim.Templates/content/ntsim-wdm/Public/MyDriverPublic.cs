using System.Runtime.InteropServices;
using static NtSim.Wdm;

namespace MyDriver;

/// <summary>What the driver, the client and the tests share (the Public.h of a WDK sample): the
/// device's names, its control codes and the structure one of them returns. Compiled into all three.</summary>
internal static class MyDriverPublic
{
    /// <summary>The device's name in the object namespace.</summary>
    public const string MYDRIVER_DEVICE_NAME = @"\Device\MyDriver";

    /// <summary>The symbolic link that makes the device visible to user mode (\??\ is \GLOBAL??\).</summary>
    public const string MYDRIVER_SYMBOLIC_LINK_NAME = @"\??\MyDriver";

    /// <summary>The name a client opens with CreateFile.</summary>
    public const string MYDRIVER_WIN32_NAME = @"\\.\MyDriver";

    /// <summary>The most data the device keeps: a longer write fails with STATUS_INVALID_BUFFER_SIZE.</summary>
    public const uint MYDRIVER_BUFFER_SIZE = 256;

    /// <summary>The device type of the control codes: 0x8000 and above are for vendors.</summary>
    public const uint FILE_DEVICE_MYDRIVER = 0x8000;

    /// <summary>Returns a MYDRIVER_STATS. METHOD_BUFFERED: the I/O manager copies the output through a
    /// system buffer; any handle may ask.</summary>
    public static readonly uint IOCTL_MYDRIVER_GET_STATS = CTL_CODE(FILE_DEVICE_MYDRIVER, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS);

    /// <summary>Fills the output buffer with the byte given as input. METHOD_OUT_DIRECT: the input comes
    /// in a system buffer, the output buffer is locked and described by an MDL; the handle must be open for reading.</summary>
    public static readonly uint IOCTL_MYDRIVER_FILL = CTL_CODE(FILE_DEVICE_MYDRIVER, 0x801, METHOD_OUT_DIRECT, FILE_READ_DATA);

    /// <summary>Forgets the kept data and zeroes the counters. METHOD_NEITHER: it takes and returns no
    /// data, so there is no user buffer to probe; the handle must be open for writing.</summary>
    public static readonly uint IOCTL_MYDRIVER_CLEAR = CTL_CODE(FILE_DEVICE_MYDRIVER, 0x802, METHOD_NEITHER, FILE_WRITE_DATA);
}

/// <summary>The output of IOCTL_MYDRIVER_GET_STATS (24 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct MYDRIVER_STATS
{
    /// <summary>Bytes the device returned to reads since it was loaded or cleared.</summary>
    public long BytesRead;

    /// <summary>Bytes the device took from writes since it was loaded or cleared.</summary>
    public long BytesWritten;

    /// <summary>The length of the data the device keeps now.</summary>
    public long Length;
}
