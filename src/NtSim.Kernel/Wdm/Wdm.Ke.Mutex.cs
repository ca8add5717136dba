namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeMutex: a free kernel mutex. <paramref name="Level"/> is ignored, as on Windows.</summary>
    public static void KeInitializeMutex(KMUTEX Mutex, uint Level)
    {
        var thread = DdiGate.Enter(DdiTable.KeInitializeMutex);
        Mutexes.Initialize(thread.Machine, KeContext.NotNull(Mutex, nameof(Mutex)));
    }

    /// <summary>KeReleaseMutex: releases one acquisition; a non-owner raises STATUS_MUTANT_NOT_OWNED.
    /// Returns 0 if the mutex became signaled (free).</summary>
    public static int KeReleaseMutex(KMUTEX Mutex, bool Wait)
    {
        var thread = DdiGate.Enter(DdiTable.KeReleaseMutex);
        var machine = thread.Machine;
        Waits.RequireInitialized(KeContext.NotNull(Mutex, nameof(Mutex)), machine, nameof(KeReleaseMutex));
        var previous = Mutexes.Release(thread, Mutex);

        if (!Wait)
        {
            DdiGate.SchedulingPoint(thread, DdiTable.KeReleaseMutex);
        }

        return previous;
    }

    /// <summary>KeReadStateMutex: 1 if the mutex is free.</summary>
    public static int KeReadStateMutex(KMUTEX Mutex) => KeContext.NotNull(Mutex, nameof(Mutex)).SignalState;
}
