namespace NtSim;

/// <summary>KMUTEX's work (KeInitializeMutex, KeReleaseMutex); acquiring is a wait (Scheduler.Wait).</summary>
internal static class Mutexes
{
    internal static void Initialize(Machine machine, KMUTEX mutex)
    {
        lock (machine.Scheduler.Lock)
        {
            mutex.Bind(machine, 0x38);
            mutex.SignalState = 1;
            mutex.Owner = null;
            mutex.Abandoned = false;
        }
    }

    /// <summary>Releases one level of ownership; the last one frees the mutex for a waiter and ends
    /// the owner's critical region. Returns the previous state.</summary>
    internal static int Release(KTHREAD thread, KMUTEX mutex)
    {
        var machine = thread.Machine;
        lock (machine.Scheduler.Lock)
        {
            if (mutex.Owner != thread)
            {
                // KeReleaseMutex documents an exception for a release by a thread that does not own the mutex.
                throw new NtStatusException(Wdm.STATUS_MUTANT_NOT_OWNED);
            }

            var previous = mutex.SignalState;
            mutex.SignalState++;
            if (mutex.SignalState == 1)
            {
                mutex.Owner = null;
                thread.OwnedMutexes.Remove(mutex);
                if (!mutex.IsMutant)
                {
                    thread.KernelApcDisable++;
                }

                // KeReleaseMutex and NtReleaseMutant release with MUTANT_INCREMENT.
                machine.Scheduler.SignalObject(mutex, Wdm.MUTANT_INCREMENT);
            }

            return previous;
        }
    }

    /// <summary>A thread ends: the mutants it owns are abandoned (freed, and the next owner's wait
    /// returns STATUS_ABANDONED), as Windows does at thread exit. Kernel mutexes stay for
    /// <see cref="ThreadRules"/> to bug check.</summary>
    internal static void AbandonMutants(KTHREAD thread)
    {
        var machine = thread.Machine;
        lock (machine.Scheduler.Lock)
        {
            foreach (var mutant in thread.OwnedMutexes.Where(m => m.IsMutant).ToList())
            {
                thread.OwnedMutexes.Remove(mutant);
                mutant.Owner = null;
                mutant.SignalState = 1;
                mutant.Abandoned = true;
                machine.Scheduler.SignalObject(mutant);
            }
        }
    }
}
