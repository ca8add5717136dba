using System.Runtime.InteropServices;
using System.Text;
using NtSim;
using static MyDriver.MyDriverPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace MyDriver.Client;

/// <summary>
/// The client: opens \\.\MyDriver, writes a message and reads it back, asks the device to fill a
/// buffer (IOCTL_MYDRIVER_FILL) and prints its statistics (IOCTL_MYDRIVER_GET_STATS). Returns 0
/// when every call succeeded and the data came back right, 1 otherwise.
/// </summary>
public static class MyDriverClient
{
    private const string Message = "Hello, driver!";
    private const byte FillByte = 0xA5;
    private const int FillLength = 16;

    /// <summary>The client's entry point, as a console program's Main.</summary>
    public static int Main(string[] args)
    {
        var device = CreateFile(MYDRIVER_WIN32_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("MyDriverClient: CreateFile(%s) failed, error %u\n", MYDRIVER_WIN32_NAME, GetLastError());
            return 1;
        }

        var ok = WriteAndReadBack(device) && Fill(device) && PrintStats(device);
        CloseHandle(device);
        return ok ? 0 : 1;
    }

    private static bool WriteAndReadBack(HANDLE device)
    {
        var message = Encoding.ASCII.GetBytes(Message);
        if (!WriteFile(device, message, (uint)message.Length, out var written, null))
        {
            printf("MyDriverClient: WriteFile failed, error %u\n", GetLastError());
            return false;
        }

        var buffer = new byte[64];
        if (!ReadFile(device, buffer, (uint)buffer.Length, out var read, null))
        {
            printf("MyDriverClient: ReadFile failed, error %u\n", GetLastError());
            return false;
        }

        var text = Encoding.ASCII.GetString(buffer, 0, (int)read);
        printf("MyDriverClient: wrote %u bytes, read back %u: \"%s\"\n", written, read, text);
        return text == Message;
    }

    private static bool Fill(HANDLE device)
    {
        var output = new byte[FillLength];
        if (!DeviceIoControl(device, IOCTL_MYDRIVER_FILL, [FillByte], 1, output, (uint)output.Length, out var returned, null))
        {
            printf("MyDriverClient: DeviceIoControl(IOCTL_MYDRIVER_FILL) failed, error %u\n", GetLastError());
            return false;
        }

        var filled = returned == FillLength && Array.TrueForAll(output, b => b == FillByte);
        printf("MyDriverClient: filled %u bytes with 0x%02X%s\n", returned, FillByte, filled ? "" : " (WRONG)");
        return filled;
    }

    private static bool PrintStats(HANDLE device)
    {
        var output = new byte[Marshal.SizeOf<MYDRIVER_STATS>()];
        if (!DeviceIoControl(device, IOCTL_MYDRIVER_GET_STATS, null, 0, output, (uint)output.Length, out var returned, null)
            || returned != output.Length)
        {
            printf("MyDriverClient: DeviceIoControl(IOCTL_MYDRIVER_GET_STATS) failed, error %u\n", GetLastError());
            return false;
        }

        var stats = MemoryMarshal.Read<MYDRIVER_STATS>(output);
        printf("MyDriverClient: %lld bytes read, %lld written, %lld kept\n", stats.BytesRead, stats.BytesWritten, stats.Length);
        return true;
    }
}
