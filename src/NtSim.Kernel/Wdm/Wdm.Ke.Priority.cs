namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// KeSetPriorityThread: the thread's current priority becomes <paramref name="Priority"/> (1 to 31;
    /// 0 is reserved for the system) and stays until changed again: it is not a boost and does not
    /// decay. Returns the old priority. A thread that now ranks below a ready thread loses its
    /// processor at once ("execution of the thread can be rescheduled even if it is currently
    /// running"). A priority outside 1 to 31 bug checks KERNEL_THREAD_PRIORITY_FLOOR_VIOLATION
    /// (P1 the thread, P2 the priority, P3 3 "the target priority value was illegal").
    /// </summary>
    public static int KeSetPriorityThread(KTHREAD Thread, int Priority)
    {
        var thread = DdiGate.Enter(DdiTable.KeSetPriorityThread);
        KeContext.NotNull(Thread, nameof(Thread));
        if (Priority is <= LOW_PRIORITY or > HIGH_PRIORITY)
        {
            thread.Machine.RaiseBugCheck(KERNEL_THREAD_PRIORITY_FLOOR_VIOLATION, Thread.Address, (ulong)(long)Priority, 3, 0,
                $"KeSetPriorityThread: priority {Priority} of {Thread} is outside {LOW_PRIORITY + 1} to {HIGH_PRIORITY}");
        }

        var old = thread.Machine.Scheduler.SetPriority(Thread, Priority);
        DdiGate.Leave(thread, DdiTable.KeSetPriorityThread);
        return old;
    }

    /// <summary>KeQueryPriorityThread: the thread's current priority, 0 to 31 (a boost included).</summary>
    public static int KeQueryPriorityThread(KTHREAD Thread)
    {
        DdiGate.Enter(DdiTable.KeQueryPriorityThread);
        return KeContext.NotNull(Thread, nameof(Thread)).Priority;
    }

    /// <summary>
    /// KeSetBasePriorityThread: the thread's base priority becomes its process's base priority plus
    /// <paramref name="Increment"/>, within the process's class (1 to 15, or 16 to 31 for a real-time
    /// process; an increment of 15 or more, or -15 or less, saturates to the class's top or bottom);
    /// its current priority becomes the new base. Returns the previous increment.
    /// </summary>
    public static int KeSetBasePriorityThread(KTHREAD Thread, int Increment)
    {
        var thread = DdiGate.Enter(DdiTable.KeSetBasePriorityThread);
        KeContext.NotNull(Thread, nameof(Thread));
        var old = ThreadPriorities.SetIncrement(Thread, Increment);
        DdiGate.Leave(thread, DdiTable.KeSetBasePriorityThread);
        return old;
    }
}
