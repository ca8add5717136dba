using System.Runtime.InteropServices;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Zero;

/// <summary>zerotest: opens \\.\Zero, reads 64 bytes and checks they are zeros, writes 1024 bytes,
/// and prints the device's statistics. Returns 0 when every call succeeded and the data was right,
/// 1 otherwise.</summary>
public static class ZeroTest
{
    private const int ReadLength = 64;
    private const int WriteLength = 1024;

    public static int Main(string[] args)
    {
        var device = CreateFile(ZERO_WIN32_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("zerotest: CreateFile(%s) failed, error %u\n", ZERO_WIN32_NAME, GetLastError());
            return 1;
        }

        var ok = ReadAndCheck(device) && Write(device) && PrintStats(device);
        CloseHandle(device);
        return ok ? 0 : 1;
    }

    /// <summary>Reads into a buffer holding 1..64, so that a byte the driver did not zero shows.</summary>
    private static bool ReadAndCheck(HANDLE device)
    {
        var buffer = new byte[ReadLength];
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(i + 1);
        }

        if (!ReadFile(device, buffer, ReadLength, out var read, null))
        {
            printf("zerotest: ReadFile failed, error %u\n", GetLastError());
            return false;
        }

        var zeros = Array.TrueForAll(buffer, b => b == 0);
        printf("zerotest: read %u bytes, %s\n", read, zeros ? "all zero" : "NOT all zero");
        return read == ReadLength && zeros;
    }

    /// <summary>Writes 1024 bytes: the device takes all of them.</summary>
    private static bool Write(HANDLE device)
    {
        var buffer = new byte[WriteLength];
        if (!WriteFile(device, buffer, WriteLength, out var written, null))
        {
            printf("zerotest: WriteFile failed, error %u\n", GetLastError());
            return false;
        }

        printf("zerotest: wrote %u bytes\n", written);
        return written == WriteLength;
    }

    /// <summary>Asks the driver for its byte counters (IOCTL_ZERO_GET_STATS, METHOD_BUFFERED).</summary>
    private static bool PrintStats(HANDLE device)
    {
        var output = new byte[Marshal.SizeOf<ZERO_STATS>()];
        if (!DeviceIoControl(device, IOCTL_ZERO_GET_STATS, null, 0, output, (uint)output.Length, out var returned, null))
        {
            printf("zerotest: DeviceIoControl(IOCTL_ZERO_GET_STATS) failed, error %u\n", GetLastError());
            return false;
        }

        if (returned != output.Length)
        {
            printf("zerotest: IOCTL_ZERO_GET_STATS returned %u bytes, not %d\n", returned, output.Length);
            return false;
        }

        var stats = MemoryMarshal.Read<ZERO_STATS>(output);
        printf("Total Read: %lld, Total Write: %lld\n", stats.TotalRead, stats.TotalWritten);
        return true;
    }
}
