using System.Runtime.InteropServices;
using NtSim;
using static MyDriver.MyDriverPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace MyDriver.Client;

/// <summary>
/// The client: finds the device by its interface (GUID_DEVINTERFACE_MYDRIVER), opens it and asks
/// for its counters (IOCTL_MYDRIVER_GET_INFO). Returns 0 when every call succeeded, 1 otherwise.
/// </summary>
public static class MyDriverClient
{
    /// <summary>The client's entry point, as a console program's Main.</summary>
    public static int Main(string[] args)
    {
        if (DevicePath.First(GUID_DEVINTERFACE_MYDRIVER) is not { } path)
        {
            puts("MyDriverClient: no device found: install it with devcon install MyDriver.inf Root\\MyDriver");
            return 1;
        }

        var device = CreateFile(path, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("MyDriverClient: CreateFile failed, error %u\n", GetLastError());
            return 1;
        }

        var ok = PrintInfo(device);
        CloseHandle(device);
        return ok ? 0 : 1;
    }

    private static bool PrintInfo(HANDLE device)
    {
        var output = new byte[Marshal.SizeOf<MYDRIVER_INFO>()];
        if (!DeviceIoControl(device, IOCTL_MYDRIVER_GET_INFO, null, 0, output, (uint)output.Length, out var returned, null)
            || returned != output.Length)
        {
            printf("MyDriverClient: DeviceIoControl(IOCTL_MYDRIVER_GET_INFO) failed, error %u\n", GetLastError());
            return false;
        }

        var info = MemoryMarshal.Read<MYDRIVER_INFO>(output);
        printf("MyDriverClient: the device was started %u time(s) and opened %u time(s)\n", info.StartCount, info.OpenCount);
        return true;
    }
}
