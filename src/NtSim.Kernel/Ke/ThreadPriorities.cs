namespace NtSim;

/// <summary>
/// A thread's base priority from its process's base priority and an increment relative to it
/// (KeSetBasePriorityThread's Increment, SetThreadPriority's THREAD_PRIORITY_* level): clamped to
/// the process's class (1 to 15 for the variable classes, 16 to 31 for the real-time class), and the
/// saturating increments (TIME_CRITICAL 15 and IDLE -15; beyond +/-16 for KeSetBasePriorityThread)
/// giving the top and bottom of the class ("Scheduling Priorities", learn.microsoft.com).
/// </summary>
internal static class ThreadPriorities
{
    /// <summary>An increment of this magnitude or more saturates.</summary>
    internal const int Saturation = 15;

    internal static int Base(int processBase, int increment)
    {
        var realTime = Priorities.IsRealTime(processBase);
        var floor = realTime ? Wdm.LOW_REALTIME_PRIORITY : 1;
        var ceiling = realTime ? Wdm.HIGH_PRIORITY : Priorities.HighestVariable;
        if (increment >= Saturation)
        {
            return ceiling;
        }

        if (increment <= -Saturation)
        {
            return floor;
        }

        return Math.Clamp(processBase + increment, floor, ceiling);
    }

    /// <summary>Gives <paramref name="thread"/> the base priority <paramref name="increment"/> above its
    /// process's; returns the increment it had.</summary>
    internal static int SetIncrement(KTHREAD thread, int increment)
    {
        var old = thread.BasePriorityIncrement;
        thread.BasePriorityIncrement = increment;
        thread.Machine.Scheduler.SetBasePriority(thread, Base(thread.Process.BasePriority, increment));
        return old;
    }

    /// <summary>The process's base priority becomes <paramref name="basePriority"/> (its priority
    /// class); every thread of the process keeps its increment over the new base.</summary>
    internal static void SetProcessBase(Machine machine, EPROCESS process, int basePriority)
    {
        process.BasePriority = basePriority;
        List<KTHREAD> threads;
        lock (machine.Scheduler.Lock)
        {
            threads = machine.Scheduler.Threads.Where(t => t.Process == process && t.State != ThreadState.Terminated && t.Kind != ThreadKind.Idle).ToList();
        }

        foreach (var t in threads)
        {
            SetIncrement(t, t.BasePriorityIncrement);
        }
    }

    /// <summary>The thread's base priority relative to its process's, as SetThreadPriority gave it
    /// (the saturating values included), or as the kernel set it.</summary>
    internal static int Increment(KTHREAD thread)
    {
        var processBase = thread.Process.BasePriority;
        return Base(processBase, thread.BasePriorityIncrement) == thread.BasePriority
            ? thread.BasePriorityIncrement
            : thread.BasePriority - processBase;
    }
}
