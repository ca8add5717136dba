namespace NtSim;

/// <summary>Fast mutex acquisition and release, with the rules Windows enforces.</summary>
internal static class FastMutexes
{
    internal static void Initialize(KTHREAD thread, FAST_MUTEX mutex)
    {
        var machine = thread.Machine;
        lock (machine.Scheduler.Lock)
        {
            if (mutex.Machine != machine)
            {
                mutex.Machine = machine;
                mutex.Address = machine.AllocateObjectAddress(0x38);
            }

            Events.InitializeLocked(machine, mutex.Gate, Wdm.SynchronizationEvent, false);
            mutex.Owner = null;
            mutex.Waiters = 0;
        }
    }

    /// <summary>Takes the mutex, waiting while another thread owns it.</summary>
    internal static void Acquire(KTHREAD thread, FAST_MUTEX mutex, string ddi)
    {
        var machine = RequireInitialized(thread, mutex, ddi);
        if (mutex.Owner == thread)
        {
            // A fast mutex cannot be acquired recursively: deadlock detection reports it as 0xC4/0x1000
            // (self-deadlock, P2 the resource). Free build: the thread waits for itself forever.
            machine.Verifier.Violation(VerifierRules.SelfDeadlock, mutex.Address, 0, 0,
                $"{ddi}: {thread} already owns {mutex.Describe()}; fast mutexes are not recursive");
        }

        while (true)
        {
            lock (machine.Scheduler.Lock)
            {
                if (mutex.Owner is null)
                {
                    mutex.Owner = thread;
                    break;
                }

                mutex.Waiters++;
            }

            machine.Scheduler.Wait(thread, [mutex.Gate], Wdm.WaitAny, Wdm.KernelMode, false, null, Wdm.WrFastMutex);
            lock (machine.Scheduler.Lock)
            {
                mutex.Waiters--;
            }
        }

        machine.Scheduler.SchedulingPoint(thread);
    }

    internal static bool TryAcquire(KTHREAD thread, FAST_MUTEX mutex, string ddi)
    {
        var machine = RequireInitialized(thread, mutex, ddi);
        lock (machine.Scheduler.Lock)
        {
            if (mutex.Owner is not null)
            {
                return false;
            }

            mutex.Owner = thread;
            return true;
        }
    }

    internal static void Release(KTHREAD thread, FAST_MUTEX mutex, string ddi)
    {
        var machine = RequireInitialized(thread, mutex, ddi);
        if (mutex.Owner is null)
        {
            // 0xC4/0x1007: a resource released before it was acquired. Free build: the release goes on,
            // on a mutex that is already free.
            machine.Verifier.Violation(VerifierRules.ReleasedNotAcquired, mutex.Address, 0, 0,
                $"{ddi}: {mutex.Describe()} is not owned");
        }

        else if (mutex.Owner != thread)
        {
            // 0xC4/0x1004: released by a thread that did not acquire it (P3 owner, P4 current thread).
            // Free build: the mutex is released all the same; its owner's own release finds it free.
            machine.Verifier.Violation(VerifierRules.ReleasedByNonOwner, mutex.Address, mutex.Owner.Address, thread.Address,
                $"{ddi}: {mutex.Describe()} is owned by {mutex.Owner}, not by {thread}");
        }

        lock (machine.Scheduler.Lock)
        {
            mutex.Owner = null;
            if (mutex.Waiters > 0)
            {
                Events.SetLocked(machine, mutex.Gate);
            }
        }
    }

    private static Machine RequireInitialized(KTHREAD thread, FAST_MUTEX mutex, string ddi)
    {
        Uninitialized.Require(mutex.Machine == thread.Machine, "FAST_MUTEX", "ExInitializeFastMutex", ddi);
        return thread.Machine;
    }
}
