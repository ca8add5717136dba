namespace NtSim;

/// <summary>KSEMAPHORE's work (KeInitializeSemaphore, KeReleaseSemaphore); acquiring is a wait.</summary>
internal static class Semaphores
{
    internal static void Initialize(Machine machine, KSEMAPHORE semaphore, int count, int limit)
    {
        lock (machine.Scheduler.Lock)
        {
            semaphore.Bind(machine, 0x20);
            semaphore.SignalState = count;
            semaphore.Limit = limit;
        }
    }

    /// <summary>Adds <paramref name="adjustment"/> to the count, releasing as many waiters; past the
    /// limit, STATUS_SEMAPHORE_LIMIT_EXCEEDED is raised and the count is unchanged. The released waiters
    /// get the priority boost <paramref name="increment"/>. Returns the previous count.</summary>
    internal static int Release(Machine machine, KSEMAPHORE semaphore, int adjustment, int increment = 0)
    {
        lock (machine.Scheduler.Lock)
        {
            var previous = semaphore.SignalState;
            if ((long)previous + adjustment > semaphore.Limit)
            {
                throw new NtStatusException(Wdm.STATUS_SEMAPHORE_LIMIT_EXCEEDED);
            }

            semaphore.SignalState = previous + adjustment;
            machine.Scheduler.SignalObject(semaphore, increment);
            return previous;
        }
    }
}
