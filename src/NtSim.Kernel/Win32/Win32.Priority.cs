namespace NtSim;

public static partial class Win32
{
    // winbase.h / processthreadsapi.h: priority classes.
    /// <summary>Idle priority class (base priority 4): runs only when the system is idle.</summary>
    public const uint IDLE_PRIORITY_CLASS = 0x00000040;
    /// <summary>Below-normal priority class (base priority 6).</summary>
    public const uint BELOW_NORMAL_PRIORITY_CLASS = 0x00004000;
    /// <summary>Normal priority class (base priority 8), the default.</summary>
    public const uint NORMAL_PRIORITY_CLASS = 0x00000020;
    /// <summary>Above-normal priority class (base priority 10).</summary>
    public const uint ABOVE_NORMAL_PRIORITY_CLASS = 0x00008000;
    /// <summary>High priority class (base priority 13), for time-critical work.</summary>
    public const uint HIGH_PRIORITY_CLASS = 0x00000080;
    /// <summary>Real-time priority class (base priority 24).</summary>
    public const uint REALTIME_PRIORITY_CLASS = 0x00000100;

    // winbase.h: thread priority levels, relative to the process's class.
    /// <summary>Base priority 1 (16 in the real-time class).</summary>
    public const int THREAD_PRIORITY_IDLE = -15;
    /// <summary>Two below the class's base priority.</summary>
    public const int THREAD_PRIORITY_LOWEST = -2;
    /// <summary>One below the class's base priority.</summary>
    public const int THREAD_PRIORITY_BELOW_NORMAL = -1;
    /// <summary>The class's base priority.</summary>
    public const int THREAD_PRIORITY_NORMAL = 0;
    /// <summary>One above the class's base priority.</summary>
    public const int THREAD_PRIORITY_ABOVE_NORMAL = 1;
    /// <summary>Two above the class's base priority.</summary>
    public const int THREAD_PRIORITY_HIGHEST = 2;
    /// <summary>Base priority 15 (31 in the real-time class).</summary>
    public const int THREAD_PRIORITY_TIME_CRITICAL = 15;
    /// <summary>What GetThreadPriority returns on failure.</summary>
    public const int THREAD_PRIORITY_ERROR_RETURN = int.MaxValue;

    // winnt.h: the thread right these calls need (the process rights are Wdm's PROCESS_*).
    /// <summary>The right to read a thread's information, such as its priority.</summary>
    public const uint THREAD_QUERY_INFORMATION = 0x0040;

    // The base priority of each class ("Scheduling Priorities", learn.microsoft.com: the NORMAL
    // thread level of each class).
    private static readonly (uint Class, int Base)[] s_classes =
    [
        (IDLE_PRIORITY_CLASS, 4), (BELOW_NORMAL_PRIORITY_CLASS, 6), (NORMAL_PRIORITY_CLASS, 8),
        (ABOVE_NORMAL_PRIORITY_CLASS, 10), (HIGH_PRIORITY_CLASS, 13), (REALTIME_PRIORITY_CLASS, 24),
    ];

    /// <summary>GetCurrentThread: the pseudo handle (HANDLE)-2, which names the calling thread in
    /// every call that takes a thread handle; it need not be closed.</summary>
    public static HANDLE GetCurrentThread() => Wdm.NtCurrentThread();

    /// <summary>OpenThread: a handle with <paramref name="dwDesiredAccess"/> to the thread with id
    /// <paramref name="dwThreadId"/> (any thread of the machine: NtSim checks no security yet); NULL
    /// and ERROR_INVALID_PARAMETER when no thread has the id.</summary>
    public static HANDLE OpenThread(uint dwDesiredAccess, bool bInheritHandle, uint dwThreadId)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtOpenThread);
        var status = ClientIds.LookupThread(thread.Machine, new HANDLE(dwThreadId), out var target);
        if (!Wdm.NT_SUCCESS(status))
        {
            Fail(thread, status);
            return HANDLE.NULL;
        }

        var manager = thread.Machine.ObjectManager;
        var header = manager.AdoptThread(target!);
        try
        {
            status = manager.OpenObjectByPointer(header, bInheritHandle ? Wdm.OBJ_INHERIT : 0, dwDesiredAccess, ObjectTypes.Thread,
                thread.Module, null, 0, out var handle);
            if (!Wdm.NT_SUCCESS(status))
            {
                Fail(thread, status);
                return HANDLE.NULL;
            }

            thread.Win32State.LastError = 0;
            return handle;
        }
        finally
        {
            manager.Dereference(header);
        }
    }

    /// <summary>SetThreadPriority: the thread's base priority becomes its process class's level
    /// moved by <paramref name="nPriority"/> (THREAD_PRIORITY_LOWEST ... HIGHEST, or IDLE and
    /// TIME_CRITICAL for the bottom and top of the class). Needs THREAD_SET_INFORMATION or
    /// THREAD_SET_LIMITED_INFORMATION; another value fails with ERROR_INVALID_PARAMETER.</summary>
    public static bool SetThreadPriority(HANDLE hThread, int nPriority)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtSetInformationThread);
        if (nPriority is not (THREAD_PRIORITY_IDLE or THREAD_PRIORITY_TIME_CRITICAL or (>= THREAD_PRIORITY_LOWEST and <= THREAD_PRIORITY_HIGHEST)))
        {
            return Fail(thread, Wdm.STATUS_INVALID_PARAMETER);
        }

        return WithThread(thread, hThread, Wdm.THREAD_SET_INFORMATION | Wdm.THREAD_SET_LIMITED_INFORMATION, target =>
        {
            ThreadPriorities.SetIncrement(target, nPriority);
            thread.Machine.Scheduler.SchedulingPoint(thread);
        });
    }

    /// <summary>GetThreadPriority: the thread's base priority level relative to its process's class
    /// (THREAD_PRIORITY_*), not its current priority: a boost, or a KeSetPriorityThread, does not show.
    /// THREAD_PRIORITY_ERROR_RETURN on failure.</summary>
    public static int GetThreadPriority(HANDLE hThread)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtQueryInformationThread);
        var result = THREAD_PRIORITY_ERROR_RETURN;
        WithThread(thread, hThread, THREAD_QUERY_INFORMATION | Wdm.THREAD_QUERY_LIMITED_INFORMATION,
            target => result = ThreadPriorities.Increment(target));
        return result;
    }

    /// <summary>SetPriorityClass: the process's priority class (IDLE_ ... REALTIME_PRIORITY_CLASS);
    /// its threads keep their levels within the new class. Needs Wdm.PROCESS_SET_INFORMATION; another
    /// value fails with ERROR_INVALID_PARAMETER. REALTIME_PRIORITY_CLASS is granted (NtSim has no
    /// privileges yet: Windows gives HIGH_PRIORITY_CLASS to a caller without SeIncreaseBasePriorityPrivilege).</summary>
    public static bool SetPriorityClass(HANDLE hProcess, uint dwPriorityClass)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtSetInformationProcess);
        var index = Array.FindIndex(s_classes, c => c.Class == dwPriorityClass);
        if (index < 0)
        {
            return Fail(thread, Wdm.STATUS_INVALID_PARAMETER);
        }

        return WithProcess(thread, hProcess, Wdm.PROCESS_SET_INFORMATION, process =>
        {
            ThreadPriorities.SetProcessBase(thread.Machine, process, s_classes[index].Base);
            thread.Machine.Scheduler.SchedulingPoint(thread);
        });
    }

    /// <summary>GetPriorityClass: the process's priority class, or 0 on failure. Needs
    /// Wdm.PROCESS_QUERY_INFORMATION or Wdm.PROCESS_QUERY_LIMITED_INFORMATION.</summary>
    public static uint GetPriorityClass(HANDLE hProcess)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtQueryInformationProcess);
        uint result = 0;
        WithProcess(thread, hProcess, Wdm.PROCESS_QUERY_INFORMATION | Wdm.PROCESS_QUERY_LIMITED_INFORMATION, process =>
        {
            var index = Array.FindIndex(s_classes, c => c.Base == process.BasePriority);
            result = index < 0 ? NORMAL_PRIORITY_CLASS : s_classes[index].Class;
        });
        return result;
    }
}
