using System.Text;
using static NtSim.Samples.Ioctl.SioctlPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Ioctl;

/// <summary>ioctlapp: opens \\.\IoctlTest and sends the sioctl driver one request per transfer
/// method, printing what comes back. Returns 0 when every request succeeded.</summary>
public static class IoctlApp
{
    private const int OutputLength = 100;

    public static int Main(string[] args)
    {
        var device = CreateFile(WIN32_DEVICE_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("ioctlapp: CreateFile(%s) failed, error %u\n", WIN32_DEVICE_NAME, GetLastError());
            return 1;
        }

        var failures = 0;
        failures += Send(device, "METHOD_NEITHER", IOCTL_SIOCTL_METHOD_NEITHER, expectReply: true);
        failures += Send(device, "METHOD_BUFFERED", IOCTL_SIOCTL_METHOD_BUFFERED, expectReply: true);
        failures += Send(device, "METHOD_IN_DIRECT", IOCTL_SIOCTL_METHOD_IN_DIRECT, expectReply: false);
        failures += Send(device, "METHOD_OUT_DIRECT", IOCTL_SIOCTL_METHOD_OUT_DIRECT, expectReply: true);

        CloseHandle(device);
        printf("ioctlapp: %d of 4 requests failed\n", failures);
        return failures == 0 ? 0 : 1;
    }

    /// <summary>One DeviceIoControl: a string in, the driver's reply out (IN_DIRECT returns none).</summary>
    private static int Send(HANDLE device, string method, uint code, bool expectReply)
    {
        var input = Encoding.ASCII.GetBytes($"This string is from ioctlapp, using {method}\0");
        var output = new byte[OutputLength];
        if (code == IOCTL_SIOCTL_METHOD_IN_DIRECT)
        {
            // METHOD_IN_DIRECT: the second buffer carries more input for the driver.
            Encoding.ASCII.GetBytes("More input, in the second buffer\0").CopyTo(output, 0);
        }

        printf("ioctlapp: calling DeviceIoControl %s\n", method);
        if (!DeviceIoControl(device, code, input, (uint)input.Length, output, (uint)output.Length, out var returned, null))
        {
            printf("ioctlapp: DeviceIoControl %s failed, error %u\n", method, GetLastError());
            return 1;
        }

        if (!expectReply)
        {
            printf("ioctlapp:   %u bytes returned\n", returned);
            return returned == 0 ? 0 : 1;
        }

        var end = Array.IndexOf(output, (byte)0, 0, (int)returned);
        var reply = Encoding.ASCII.GetString(output, 0, end < 0 ? (int)returned : end);
        printf("ioctlapp:   %u bytes returned: %s\n", returned, reply);
        return returned > 0 ? 0 : 1;
    }
}
