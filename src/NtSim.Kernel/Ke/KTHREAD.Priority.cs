namespace NtSim;

public sealed partial class KTHREAD
{
    /// <summary>The thread's current (dynamic) priority, 0 to 31 (KTHREAD.Priority): the one the
    /// scheduler compares. Written under the dispatcher lock.</summary>
    public int Priority { get; internal set; } = Priorities.Normal;

    /// <summary>The thread's base priority (KTHREAD.BasePriority): where boosts decay back to.</summary>
    public int BasePriority { get; internal set; } = Priorities.Normal;

    /// <summary>How much of <see cref="Priority"/> is a boost that decays (KTHREAD.PriorityDecrement):
    /// one level goes at each quantum end. KeSetPriorityThread clears it (a set priority stays).</summary>
    internal int PriorityDecrement { get; set; }

    /// <summary>Scheduling points the thread has taken in its current quantum (see
    /// <see cref="Priorities.QuantumLength"/>).</summary>
    internal int QuantumUsed { get; set; }

    /// <summary>A user thread's base priority relative to its process's priority class (what
    /// SetThreadPriority takes: THREAD_PRIORITY_LOWEST ... HIGHEST, or the saturating IDLE and
    /// TIME_CRITICAL); 0 for a thread nobody set.</summary>
    internal int BasePriorityIncrement { get; set; }

    /// <summary>Sets base and current priority alike, before the thread first runs.</summary>
    internal void InitializePriority(int priority)
    {
        BasePriority = priority;
        Priority = priority;
        PriorityDecrement = 0;
    }
}
