namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeMutex: a free kernel mutex. <paramref name="Level"/> is ignored, as on Windows.</summary>
    public static void KeInitializeMutex(KMUTEX Mutex, uint Level)
    {
        var thread = DdiGate.Enter(DdiTable.KeInitializeMutex);
        KeContext.NotNull(Mutex, nameof(Mutex));
        lock (thread.Machine!.Scheduler.Lock)
        {
            Mutex.Bind(thread.Machine, 0x38);
            Mutex.SignalState = 1;
            Mutex.Owner = null;
            Mutex.Abandoned = false;
        }
    }

    /// <summary>KeReleaseMutex: releases one acquisition; a non-owner raises STATUS_MUTANT_NOT_OWNED.
    /// Returns 0 if the mutex became signaled (free).</summary>
    public static int KeReleaseMutex(KMUTEX Mutex, bool Wait)
    {
        var thread = DdiGate.Enter(DdiTable.KeReleaseMutex);
        var machine = thread.Machine!;
        Waits.RequireInitialized(KeContext.NotNull(Mutex, nameof(Mutex)), machine, nameof(KeReleaseMutex));
        int previous;
        lock (machine.Scheduler.Lock)
        {
            if (Mutex.Owner != thread)
            {
                // KeReleaseMutex documents an exception for a release by a thread that does not own the mutex.
                throw new NtStatusException(STATUS_MUTANT_NOT_OWNED);
            }

            previous = Mutex.SignalState;
            Mutex.SignalState++;
            if (Mutex.SignalState == 1)
            {
                Mutex.Owner = null;
                thread.OwnedMutexes.Remove(Mutex);
                thread.KernelApcDisable++;
                machine.Scheduler.SignalObject(Mutex);
            }
        }

        if (!Wait)
        {
            DdiGate.SchedulingPoint(thread, DdiTable.KeReleaseMutex);
        }

        return previous;
    }

    /// <summary>KeReadStateMutex: 1 if the mutex is free.</summary>
    public static int KeReadStateMutex(KMUTEX Mutex) => KeContext.NotNull(Mutex, nameof(Mutex)).SignalState;
}
