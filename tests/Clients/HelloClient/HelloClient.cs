using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.TestClients;

/// <summary>
/// HelloClient [exit-code] [words...]: opens \\.\Hello (the Hello test driver's device), prints what it
/// was given, closes the handle and exits with its first argument as the exit code (0 without one).
/// Exits with 2 when the device cannot be opened, printing the error.
/// </summary>
internal static class HelloClient
{
    private static int Main(string[] args)
    {
        var device = CreateFile(@"\\.\Hello", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("HelloClient: CreateFile(\\\\.\\Hello) failed, error %u\n", GetLastError());
            return 2;
        }

        printf("HelloClient: opened \\\\.\\Hello; %d argument(s): %s\n", args.Length, string.Join(' ', args));
        CloseHandle(device);
        return args.Length > 0 && int.TryParse(args[0], out var code) ? code : 0;
    }
}
