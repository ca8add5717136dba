using System.Globalization;
using System.Runtime.InteropServices;
using static NtSim.Samples.Booster.BoosterPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Booster;

/// <summary>
/// boost: the Booster driver's client. <c>boost &lt;threadId&gt; &lt;priority&gt;</c> sets any thread's
/// priority through the driver. <c>boost</c> alone shows it on a thread of its own: it starts a
/// thread, sets it a level above normal with SetThreadPriority (what user mode may do), boosts it to
/// 25 through the driver (what it may not), and reads the level back with GetThreadPriority.
/// Returns 0 on success, 1 when a call fails, 2 for bad arguments.
/// </summary>
public static class Boost
{
    /// <summary>The priority the self mode gives its thread: a real-time one, beyond its class.</summary>
    public const int SelfPriority = 25;

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            return BoostOwnThread();
        }

        if (args.Length != 2
            || !uint.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var threadId)
            || !int.TryParse(args[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var priority))
        {
            puts("Usage: boost <threadid> <priority>\n       boost (boosts a thread of its own and reads it back)");
            return 2;
        }

        return SetPriority(threadId, priority) ? 0 : 1;
    }

    /// <summary>Writes a ThreadData to \\.\Booster.</summary>
    private static bool SetPriority(uint threadId, int priority)
    {
        var device = CreateFile(BOOSTER_WIN32_NAME, GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
        if (device == INVALID_HANDLE_VALUE)
        {
            printf("boost: CreateFile(%s) failed, error %u\n", BOOSTER_WIN32_NAME, GetLastError());
            return false;
        }

        var data = new ThreadData { ThreadId = threadId, Priority = priority };
        var buffer = new byte[Marshal.SizeOf<ThreadData>()];
        MemoryMarshal.Write(buffer, in data);
        var ok = WriteFile(device, buffer, (uint)buffer.Length, out _, null);
        if (ok)
        {
            printf("boost: thread %u set to priority %d\n", threadId, priority);
        }
        else
        {
            printf("boost: setting thread %u to priority %d failed, error %u\n", threadId, priority, GetLastError());
        }

        CloseHandle(device);
        return ok;
    }

    /// <summary>The self mode: a thread of this process, raised within the class and then beyond it.</summary>
    private static int BoostOwnThread()
    {
        var go = CreateEvent(null, true, false, null);
        var thread = CreateThread(null, 0, _ => WaitForSingleObject(go, INFINITE), null, 0, out var threadId);
        printf("boost: started thread %u, priority level %d\n", threadId, GetThreadPriority(thread));

        var ok = SetThreadPriority(thread, THREAD_PRIORITY_ABOVE_NORMAL);
        printf("boost: SetThreadPriority(THREAD_PRIORITY_ABOVE_NORMAL): level %d\n", GetThreadPriority(thread));

        ok &= SetPriority(threadId, SelfPriority);
        // GetThreadPriority reads the base level; KeSetPriorityThread changed the current priority.
        printf("boost: GetThreadPriority after the boost: level %d (the base level; the boost is the current priority)\n",
            GetThreadPriority(thread));

        SetEvent(go);
        WaitForSingleObject(thread, INFINITE);
        CloseHandle(thread);
        CloseHandle(go);
        return ok ? 0 : 1;
    }
}
