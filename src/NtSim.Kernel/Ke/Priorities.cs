namespace NtSim;

/// <summary>
/// Windows' thread priority rules as numbers (docs/scheduler-priorities.md): the levels, the
/// priority a new thread starts with, the boost a released waiter gets and the quantum after which
/// a boost decays by one level.
/// </summary>
internal static class Priorities
{
    /// <summary>The idle threads' priority (below every other thread's).</summary>
    internal const int Idle = 0;

    /// <summary>NORMAL_PRIORITY_CLASS's base, and the System process's: a system thread starts here.</summary>
    internal const int Normal = 8;

    /// <summary>The highest variable priority: a boost never goes above it.</summary>
    internal const int HighestVariable = Wdm.LOW_REALTIME_PRIORITY - 1;

    /// <summary>A quantum, in the thread's own scheduling points. Windows counts quantum units on the
    /// clock interrupt (a client's quantum is 2 clock intervals); a deterministic machine has no clock
    /// that runs while a thread computes, so NtSim counts the scheduling points the thread takes while
    /// it runs: the thread's own measure of progress, the same in both modes.</summary>
    internal const int QuantumLength = 6;

    /// <summary>The priority of a system worker thread of the queue (WORK_QUEUE_TYPE's page: critical
    /// 13, delayed 12, hypercritical 15).</summary>
    internal static int Worker(WORK_QUEUE_TYPE type) => type switch
    {
        Wdm.CriticalWorkQueue => 13,
        Wdm.HyperCriticalWorkQueue => 15,
        _ => 12,
    };

    /// <summary>Whether <paramref name="priority"/> is a real-time priority (16 to 31).</summary>
    internal static bool IsRealTime(int priority) => priority >= Wdm.LOW_REALTIME_PRIORITY;

    /// <summary>The priority a released waiter runs at: its base plus the signaller's increment, at
    /// most 15, never below its current priority; real-time threads are not boosted ("The system does
    /// not boost the priority of threads with a base priority level between 16 and 31", Priority
    /// Boosts, learn.microsoft.com).</summary>
    internal static void BoostOnWake(KTHREAD thread, int increment)
    {
        if (increment <= 0 || IsRealTime(thread.BasePriority) || IsRealTime(thread.Priority))
        {
            return;
        }

        var boosted = Math.Min(thread.BasePriority + increment, HighestVariable);
        if (boosted > thread.Priority)
        {
            thread.PriorityDecrement = boosted - thread.BasePriority;
            thread.Priority = boosted;
            thread.QuantumUsed = 0;
        }
    }

    /// <summary>One scheduling point of a running thread; at the end of its quantum a boosted thread
    /// drops one level toward its base ("the scheduler reduces that priority by one level each time
    /// the thread completes a time slice, until the thread drops back to its base priority").
    /// Returns whether the priority dropped.</summary>
    internal static bool Tick(KTHREAD thread)
    {
        if (++thread.QuantumUsed < QuantumLength)
        {
            return false;
        }

        thread.QuantumUsed = 0;
        if (thread.PriorityDecrement <= 0 || IsRealTime(thread.Priority))
        {
            return false;
        }

        thread.PriorityDecrement--;
        thread.Priority = Math.Max(thread.Priority - 1, thread.BasePriority);
        return true;
    }
}
