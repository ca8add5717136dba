using System.Text;
using NtSim;
using static MyDriver.MyDriverPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace MyDriver.Client;

/// <summary>
/// The client: finds the device by its interface (GUID_DEVINTERFACE_MYDRIVER), writes a message,
/// asks how much the device keeps (IOCTL_MYDRIVER_GET_LENGTH) and reads the message back. Returns 0
/// when every call succeeded and the data came back right, 1 otherwise.
/// </summary>
public static class MyDriverClient
{
    private const string Message = "Hello, driver!";

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

        var ok = RoundTrip(device);
        CloseHandle(device);
        return ok ? 0 : 1;
    }

    private static bool RoundTrip(HANDLE device)
    {
        var message = Encoding.ASCII.GetBytes(Message);
        if (!WriteFile(device, message, (uint)message.Length, out var written, null))
        {
            printf("MyDriverClient: WriteFile failed, error %u\n", GetLastError());
            return false;
        }

        var length = new byte[4];
        if (!DeviceIoControl(device, IOCTL_MYDRIVER_GET_LENGTH, null, 0, length, (uint)length.Length, out _, null))
        {
            printf("MyDriverClient: DeviceIoControl(IOCTL_MYDRIVER_GET_LENGTH) failed, error %u\n", GetLastError());
            return false;
        }

        var buffer = new byte[64];
        if (!ReadFile(device, buffer, (uint)buffer.Length, out var read, null))
        {
            printf("MyDriverClient: ReadFile failed, error %u\n", GetLastError());
            return false;
        }

        var text = Encoding.ASCII.GetString(buffer, 0, (int)read);
        printf("MyDriverClient: wrote %u bytes, the device keeps %u, read back \"%s\"\n", written, BitConverter.ToUInt32(length), text);
        return text == Message;
    }
}
