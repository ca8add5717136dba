using System.Runtime.InteropServices;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Zero;

/// <summary>zerotest: opens \\.\Zero, reads zeros from it, writes to it, and prints the device's
/// statistics. Returns 0 when the device behaved as documented, 1 otherwise.</summary>
public static class ZeroTest
{
    private const int ReadLength = 64;
    private const int WriteLength = 100;

    public static int Main(string[] args)
    {
        var device = CreateFile(ZERO_WIN32_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("zerotest: CreateFile(%s) failed, error %u\n", ZERO_WIN32_NAME, GetLastError());
            return 1;
        }

        var result = ReadAndCheck(device) && Write(device) && PrintStatistics(device) ? 0 : 1;
        CloseHandle(device);
        puts(result == 0 ? "zerotest: passed" : "zerotest: FAILED");
        return result;
    }

    /// <summary>Reads into a buffer full of 0xFF: every byte must come back zero.</summary>
    private static bool ReadAndCheck(HANDLE device)
    {
        var buffer = new byte[ReadLength];
        Array.Fill(buffer, (byte)0xFF);
        if (!ReadFile(device, buffer, ReadLength, out var read, null))
        {
            printf("zerotest: ReadFile failed, error %u\n", GetLastError());
            return false;
        }

        var zeros = read == ReadLength && Array.TrueForAll(buffer, b => b == 0);
        printf("zerotest: read %u bytes, %s\n", read, zeros ? "all zero" : "NOT all zero");
        return zeros;
    }

    /// <summary>Writes a buffer: the device takes all of it.</summary>
    private static bool Write(HANDLE device)
    {
        var buffer = new byte[WriteLength];
        Array.Fill(buffer, (byte)'z');
        if (!WriteFile(device, buffer, WriteLength, out var written, null))
        {
            printf("zerotest: WriteFile failed, error %u\n", GetLastError());
            return false;
        }

        printf("zerotest: wrote %u bytes\n", written);
        return written == WriteLength;
    }

    /// <summary>Asks the driver what it has done (IOCTL_ZERO_GET_STATISTICS, METHOD_BUFFERED).</summary>
    private static bool PrintStatistics(HANDLE device)
    {
        var output = new byte[Marshal.SizeOf<ZERO_STATISTICS>()];
        if (!DeviceIoControl(device, IOCTL_ZERO_GET_STATISTICS, null, 0, output, (uint)output.Length, out var returned, null))
        {
            printf("zerotest: DeviceIoControl failed, error %u\n", GetLastError());
            return false;
        }

        var statistics = MemoryMarshal.Read<ZERO_STATISTICS>(output);
        printf("zerotest: statistics (%u bytes): %u reads, %llu bytes read; %u writes, %llu bytes written\n",
            returned, statistics.Reads, statistics.BytesRead, statistics.Writes, statistics.BytesWritten);
        return returned == output.Length && statistics.BytesRead >= ReadLength && statistics.BytesWritten >= WriteLength;
    }
}
