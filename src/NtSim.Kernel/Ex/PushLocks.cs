namespace NtSim;

/// <summary>
/// Push lock acquisition and release. The rules of the WDK pages (ExAcquirePushLockExclusive and
/// its neighbours): an unowned lock is granted at once; exclusive access waits while any thread
/// holds the lock; shared access is granted beside other shared holders unless a thread waits for
/// exclusive access (then it waits too); a thread holding the lock shared may take it shared again,
/// but any other recursion waits for itself forever (a deterministic machine reports the deadlock).
/// Invariant (under the dispatcher lock): ExclusiveOwner is null or SharedOwners is empty.
/// </summary>
internal static class PushLocks
{
    internal static void Initialize(KTHREAD thread, EX_PUSH_LOCK pushLock)
    {
        var machine = thread.Machine;
        lock (machine.Scheduler.Lock)
        {
            if (pushLock.Machine != machine)
            {
                pushLock.Machine = machine;
                pushLock.Address = machine.AllocateObjectAddress(0x8);
            }

            Events.InitializeLocked(machine, pushLock.Gate, Wdm.NotificationEvent, false);
            pushLock.ExclusiveOwner = null;
            pushLock.SharedOwners.Clear();
            pushLock.Waiters = 0;
            pushLock.ExclusiveWaiters = 0;
        }
    }

    /// <summary>Takes the lock exclusive or shared, waiting while it cannot be granted.</summary>
    internal static void Acquire(KTHREAD thread, EX_PUSH_LOCK pushLock, bool exclusive, string ddi)
    {
        var machine = RequireInitialized(thread, pushLock, ddi);
        while (true)
        {
            lock (machine.Scheduler.Lock)
            {
                if (TryGrant(thread, pushLock, exclusive))
                {
                    return;
                }

                // Not grantable now: wait for the next release (which signals the gate), after
                // clearing the signal an earlier release left for waiters that are already awake.
                pushLock.Gate.SignalState = 0;
                pushLock.Waiters++;
                pushLock.ExclusiveWaiters += exclusive ? 1 : 0;
            }

            machine.Scheduler.Wait(thread, [pushLock.Gate], Wdm.WaitAny, Wdm.KernelMode, false, null, Wdm.WrPushLock);
            lock (machine.Scheduler.Lock)
            {
                pushLock.Waiters--;
                pushLock.ExclusiveWaiters -= exclusive ? 1 : 0;
            }
        }
    }

    internal static bool TryAcquire(KTHREAD thread, EX_PUSH_LOCK pushLock, bool exclusive, string ddi)
    {
        var machine = RequireInitialized(thread, pushLock, ddi);
        lock (machine.Scheduler.Lock)
        {
            return TryGrant(thread, pushLock, exclusive);
        }
    }

    /// <summary>Releases the caller's exclusive or shared hold and wakes the waiters to check again.
    /// A release of a hold the caller does not have is a driver bug the documentation leaves
    /// undefined: NtSim raises it as an invalid-argument error naming the lock.</summary>
    internal static void Release(KTHREAD thread, EX_PUSH_LOCK pushLock, bool exclusive, string ddi)
    {
        var machine = RequireInitialized(thread, pushLock, ddi);
        lock (machine.Scheduler.Lock)
        {
            var held = exclusive ? pushLock.ExclusiveOwner == thread : pushLock.SharedOwners.Remove(thread);
            if (!held)
            {
                throw new InvalidOperationException(
                    $"{ddi}: {thread} does not hold {pushLock.Describe()} {(exclusive ? "exclusive" : "shared")}");
            }

            if (exclusive)
            {
                pushLock.ExclusiveOwner = null;
            }

            if (pushLock.Waiters > 0 && pushLock.ExclusiveOwner is null)
            {
                Events.SetLocked(machine, pushLock.Gate);
            }
        }
    }

    private static bool TryGrant(KTHREAD thread, EX_PUSH_LOCK pushLock, bool exclusive)
    {
        if (pushLock.ExclusiveOwner is not null)
        {
            return false;
        }

        if (exclusive)
        {
            if (pushLock.SharedOwners.Count > 0)
            {
                return false;
            }

            pushLock.ExclusiveOwner = thread;
            return true;
        }

        if (pushLock.ExclusiveWaiters > 0)
        {
            // A waiting writer goes first: shared access waits behind it (the WDK page's second rule).
            return false;
        }

        pushLock.SharedOwners.Add(thread);
        return true;
    }

    private static Machine RequireInitialized(KTHREAD thread, EX_PUSH_LOCK pushLock, string ddi)
    {
        Uninitialized.Require(pushLock.Machine == thread.Machine, "EX_PUSH_LOCK", "ExInitializePushLock", ddi);
        return thread.Machine;
    }
}
