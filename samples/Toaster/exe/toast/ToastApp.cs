using System.Globalization;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Toaster.Apps;

/// <summary>
/// toast: opens the first toaster (GUID_DEVINTERFACE_TOASTER) and reads from it in a loop.
/// <code>
/// toast [reads]    reads this many times (default 3), then closes the toaster
/// </code>
/// A read of a started toaster returns 0 bytes; once the toaster is unplugged reads fail
/// (ERROR_ACCESS_DENIED for STATUS_DELETE_PENDING), and toast stops.
/// </summary>
public static class ToastApp
{
    public static int Main(string[] args)
    {
        var reads = 3;
        if (args.Length > 1 || (args.Length == 1 && !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out reads)))
        {
            puts("usage: toast [reads]");
            return 2;
        }

        if (InterfacePath.First(ToasterPublic.GUID_DEVINTERFACE_TOASTER) is not { } path)
        {
            puts("No toasters found: plug one in with enum -p 1");
            return 1;
        }

        puts($"Opening {path}");
        var file = CreateFile(path, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
        if (file == INVALID_HANDLE_VALUE)
        {
            puts($"CreateFile failed: {GetLastError()}");
            return 1;
        }

        var buffer = new byte[16];
        var result = 0;
        for (var i = 1; i <= reads; i++)
        {
            if (!ReadFile(file, buffer, (uint)buffer.Length, out var read, null))
            {
                puts($"Read {i} failed: error {GetLastError()}");
                result = 1;
                break;
            }

            puts($"Read {i}: {read} bytes");
        }

        CloseHandle(file);
        return result;
    }
}
