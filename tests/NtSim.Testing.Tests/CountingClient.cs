using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Testing.Tests;

/// <summary>countingclient: opens \\.\&lt;args[0]&gt; and closes it; exits with 0, or 1 when the open failed.</summary>
public static class CountingClient
{
    public static int Run(string[] args)
    {
        var name = @"\\.\" + args[0];
        var device = CreateFile(name, GENERIC_READ, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("countingclient: CreateFile(%s) failed, error %u\n", name, GetLastError());
            return 1;
        }

        printf("countingclient: opened %s\n", name);
        CloseHandle(device);
        return 0;
    }
}
