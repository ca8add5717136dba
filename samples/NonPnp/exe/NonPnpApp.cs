using System.Text;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.NonPnp;

/// <summary>
/// nonpnpapp (testapp.c): opens \\.\NONPNP\nonpnpsamp.log, sends the four IOCTLs (one per transfer
/// method) and prints what comes back, then writes a block to the device's file and reads it back.
/// <code>
/// nonpnpapp [-l]     -l: repeat the write/read until a comparison fails
/// </code>
/// The WDK's application installs the service itself; here the driver is loaded before the
/// application runs (ntsim run nonpnpapp), as for the other legacy samples.
/// </summary>
public static class NonPnpApp
{
    public static int Main(string[] args)
    {
        var loop = args.Length > 0 && args[0] == "-l";
        var device = CreateFile(NonPnpPublic.DEVICE_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("CreateFile failed!  ERROR_FILE_NOT_FOUND = %d\n", GetLastError());
            return 1;
        }

        var ok = DoIoctls(device);
        var seed = 1u;
        do
        {
            ok &= DoFileReadWrite(device, ref seed);
        }
        while (ok && loop);

        CloseHandle(device);
        return ok ? 0 : 1;
    }

    private static bool DoIoctls(HANDLE device)
    {
        var output = new byte[100];
        var input = new byte[200];
        printf("InputBuffer Pointer = %p, BufLength = %d\n", 0, input.Length);
        printf("OutputBuffer Pointer = %p BufLength = %d\n", 0, output.Length);

        puts("\nCalling DeviceIoControl METHOD_BUFFERED:");
        if (!Ioctl(device, NonPnpPublic.IOCTL_NONPNP_METHOD_BUFFERED, "this String is from User Application; using METHOD_BUFFERED", output, clear: true, out var returned))
        {
            return false;
        }

        printf("    OutBuffer (%d): %s\n", returned, AsString(output));
        puts("\nCalling DeviceIoControl METHOD_NEITHER");
        if (!Ioctl(device, NonPnpPublic.IOCTL_NONPNP_METHOD_NEITHER, "this String is from User Application; using METHOD_NEITHER", output, clear: true, out returned))
        {
            return false;
        }

        printf("    OutBuffer (%d): %s\n", returned, AsString(output));
        puts("\nCalling DeviceIoControl METHOD_IN_DIRECT");
        Array.Clear(output);
        Encoding.ASCII.GetBytes("This String is from User Application in OutBuffer; using METHOD_IN_DIRECT").CopyTo(output, 0);
        if (!Ioctl(device, NonPnpPublic.IOCTL_NONPNP_METHOD_IN_DIRECT, "this String is from User Application; using METHOD_IN_DIRECT", output, clear: false, out returned))
        {
            return false;
        }

        printf("    Number of bytes transfered from OutBuffer: %d\n", returned);
        puts("\nCalling DeviceIoControl METHOD_OUT_DIRECT");
        if (!Ioctl(device, NonPnpPublic.IOCTL_NONPNP_METHOD_OUT_DIRECT, "this String is from User Application; using METHOD_OUT_DIRECT", output, clear: true, out returned))
        {
            return false;
        }

        printf("    OutBuffer (%d): %s\n", returned, AsString(output));
        return true;
    }

    private static bool Ioctl(HANDLE device, uint code, string text, byte[] output, bool clear, out uint returned)
    {
        var input = Encoding.ASCII.GetBytes(text + "\0");
        if (clear)
        {
            Array.Clear(output);
        }

        if (!DeviceIoControl(device, code, input, (uint)input.Length, output, (uint)output.Length, out returned, null))
        {
            printf("Error in DeviceIoControl : %d\n", GetLastError());
            return false;
        }

        return true;
    }

    private static string AsString(byte[] buffer)
    {
        var end = Array.IndexOf(buffer, (byte)0);
        return Encoding.ASCII.GetString(buffer, 0, end < 0 ? buffer.Length : end);
    }

    /// <summary>Writes a block of pseudo-random length and content, reads it back and compares.</summary>
    private static bool DoFileReadWrite(HANDLE device, ref uint seed)
    {
        var length = (Next(ref seed) % 32767) + 1;
        var writeBuffer = new byte[length];
        for (var i = 0; i < writeBuffer.Length; i++)
        {
            writeBuffer[i] = (byte)(Next(ref seed) % 255);
        }

        printf("Write %d bytes to file\n", length);
        if (!WriteFile(device, writeBuffer, length, out var written, null))
        {
            printf("WriteFile failed with error 0x%x\n", GetLastError());
            return false;
        }

        var readBuffer = new byte[length];
        printf("Read %d bytes from the same file\n", length);
        if (!ReadFile(device, readBuffer, length, out var read, null))
        {
            printf("Error: ReadFile failed with error 0x%x\n", GetLastError());
            return false;
        }

        if (read != written)
        {
            printf("bytesRead(%d) != bytesWritten(%d)\n", read, written);
            return false;
        }

        if (!readBuffer.AsSpan().SequenceEqual(writeBuffer))
        {
            puts("Read buffer is not the same as the write buffer");
            return false;
        }

        puts("Read buffer matches the write buffer");
        return true;
    }

    /// <summary>The C runtime's rand() sequence (an LCG), so a run prints the same lengths every time.</summary>
    private static uint Next(ref uint seed)
    {
        seed = (seed * 214013) + 2531011;
        return (seed >> 16) & 0x7FFF;
    }
}
