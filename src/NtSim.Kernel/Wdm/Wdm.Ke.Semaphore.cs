namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeSemaphore: a semaphore with an initial count and a limit.</summary>
    public static void KeInitializeSemaphore(KSEMAPHORE Semaphore, int Count, int Limit)
    {
        var thread = DdiGate.Enter(DdiTable.KeInitializeSemaphore);
        KeContext.NotNull(Semaphore, nameof(Semaphore));
        if (Limit <= 0 || Count < 0 || Count > Limit)
        {
            throw new ArgumentOutOfRangeException(nameof(Count), $"KeInitializeSemaphore: need 0 <= Count <= Limit and Limit > 0 (Count {Count}, Limit {Limit}).");
        }

        Semaphores.Initialize(thread.Machine, Semaphore, Count, Limit);
    }

    /// <summary>KeReleaseSemaphore: adds <paramref name="Adjustment"/> to the count; past the limit
    /// the count is unchanged and STATUS_SEMAPHORE_LIMIT_EXCEEDED is raised. Returns the previous count.</summary>
    public static int KeReleaseSemaphore(KSEMAPHORE Semaphore, int Increment, int Adjustment, bool Wait)
    {
        var thread = DdiGate.Enter(DdiTable.KeReleaseSemaphore);
        var machine = thread.Machine;
        Waits.RequireInitialized(KeContext.NotNull(Semaphore, nameof(Semaphore)), machine, nameof(KeReleaseSemaphore));
        if (Adjustment <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Adjustment), Adjustment, "KeReleaseSemaphore: Adjustment must be positive.");
        }

        var previous = Semaphores.Release(machine, Semaphore, Adjustment, Increment);

        if (!Wait)
        {
            DdiGate.SchedulingPoint(thread, DdiTable.KeReleaseSemaphore);
        }

        return previous;
    }

    /// <summary>KeReadStateSemaphore: the current count.</summary>
    public static int KeReadStateSemaphore(KSEMAPHORE Semaphore) => KeContext.NotNull(Semaphore, nameof(Semaphore)).SignalState;
}
