using System.Globalization;
using System.Runtime.InteropServices;
using static NtSim.Samples.ProcessProtector.ProtectPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.ProcessProtector;

/// <summary>
/// protect: the ProcessProtect driver's client.
/// <code>
/// protect add PID...      protect these processes from termination
/// protect remove PID...   protect them no longer
/// protect clear           protect no process
/// protect kill PID [CODE] open the process for PROCESS_TERMINATE and terminate it
/// protect                 a tour on itself: protected, its own TerminateProcess is denied;
///                         unprotected, it terminates itself
/// </code>
/// </summary>
public static class ProtectClient
{
    public static int Main(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "tour";
        var pids = args.Skip(1).Select(a => uint.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        return command switch
        {
            "add" when pids.Length > 0 => Send(IOCTL_PROCESS_PROTECT_BY_PID, pids, "Protected"),
            "remove" when pids.Length > 0 => Send(IOCTL_PROCESS_UNPROTECT_BY_PID, pids, "Unprotected"),
            "clear" => Send(IOCTL_PROCESS_PROTECT_CLEAR, [], "Cleared"),
            "kill" when pids.Length > 0 => Kill(pids[0], pids.Length > 1 ? pids[1] : 1),
            "tour" => Tour(),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        puts("usage: protect [add PID... | remove PID... | clear | kill PID [CODE]]");
        return 2;
    }

    /// <summary>One IOCTL with the ids as its input; prints what happened.</summary>
    private static int Send(uint code, uint[] pids, string done)
    {
        var device = CreateFile(DOS_DEVICE_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("Failed to open %s (error %u)\n", DOS_DEVICE_NAME, GetLastError());
            return 1;
        }

        var input = MemoryMarshal.AsBytes(pids.AsSpan()).ToArray();
        var ok = DeviceIoControl(device, code, input, (uint)input.Length, null, 0, out _, null);
        var error = GetLastError();
        CloseHandle(device);
        if (!ok)
        {
            printf("DeviceIoControl failed (error %u)\n", error);
            return 1;
        }

        printf(pids.Length == 0 ? "%s\n" : "%s %s\n", done, string.Join(' ', pids));
        return 0;
    }

    /// <summary>What Task Manager does to end a process: open it for PROCESS_TERMINATE, then terminate it.</summary>
    private static int Kill(uint pid, uint exitCode)
    {
        var process = OpenProcess(PROCESS_TERMINATE, false, pid);
        if (process.IsNull)
        {
            printf("OpenProcess(%u) failed (error %u)\n", pid, GetLastError());
            return 1;
        }

        var ok = TerminateProcess(process, exitCode);
        var error = GetLastError();
        CloseHandle(process);
        if (!ok)
        {
            printf("TerminateProcess(%u) failed (error %u)\n", pid, error);
            return 1;
        }

        printf("Process %u terminated\n", pid);
        return 0;
    }

    /// <summary>Protects itself, fails to terminate itself through a handle from OpenProcess, unprotects
    /// itself and terminates itself (exit code 0). The pseudo-handle of GetCurrentProcess() would not do
    /// for the first attempt: it is no handle, so no routine sees it, and it has every right.</summary>
    private static int Tour()
    {
        var self = GetCurrentProcessId();
        if (Send(IOCTL_PROCESS_PROTECT_BY_PID, [self], "Protected") != 0)
        {
            return 1;
        }

        var process = OpenProcess(PROCESS_TERMINATE | PROCESS_QUERY_LIMITED_INFORMATION, false, self);
        var denied = !TerminateProcess(process, 1) && GetLastError() == Win32Error.ERROR_ACCESS_DENIED;
        CloseHandle(process);
        printf(denied ? "TerminateProcess on myself: access denied\n" : "TerminateProcess on myself: not denied (unexpected)\n");
        if (!denied || Send(IOCTL_PROCESS_UNPROTECT_BY_PID, [self], "Unprotected") != 0)
        {
            return 1;
        }

        puts("Terminating myself");
        return Kill(self, 0);
    }
}
