namespace NtSim;

/// <summary>Executive resource acquisition and release.</summary>
internal static class Resources
{
    internal static void Initialize(KTHREAD thread, ERESOURCE resource)
    {
        var machine = thread.Machine;
        lock (machine.Scheduler.Lock)
        {
            if (resource.Machine == machine && !resource.Deleted && (resource.ExclusiveOwner is not null || resource.SharedOwners.Count > 0))
            {
                // 0xC4/0xD0: an ERESOURCE initialized again while in use. Free build: it is reset; its owners
                // and waiters are forgotten (a waiter is woken by nothing: it hangs).
                machine.Verifier.Violation(VerifierRules.ResourceInitializedAgain, resource.Address, 0, 0,
                    $"ExInitializeResourceLite on {resource.Describe()}, which is owned");
            }

            if (resource.Machine != machine)
            {
                resource.Machine = machine;
                resource.Address = machine.AllocateObjectAddress(0x68);
            }

            Events.InitializeLocked(machine, resource.ExclusiveWake, Wdm.SynchronizationEvent, false);
            resource.SharedWake.Bind(machine, 0x20);
            resource.SharedWake.Limit = int.MaxValue;
            resource.SharedWake.SignalState = 0;
            resource.SharedOwners.Clear();
            resource.ExclusiveOwner = null;
            resource.ExclusiveCount = 0;
            resource.ExclusiveWaiters = 0;
            resource.SharedWaiters = 0;
            resource.SharedWaitList.Clear();
            resource.Deleted = false;
        }
    }

    internal static bool Acquire(KTHREAD thread, ERESOURCE resource, bool exclusive, bool wait, string ddi)
    {
        var machine = Require(thread, resource, ddi, 0x37);
        while (true)
        {
            lock (machine.Scheduler.Lock)
            {
                if (exclusive ? TryExclusive(thread, resource) : TryShared(thread, resource))
                {
                    break;
                }

                if (!wait)
                {
                    return false;
                }

                if (exclusive)
                {
                    resource.ExclusiveWaiters++;
                }
                else
                {
                    resource.SharedWaiters++;
                    resource.SharedWaitList.Add(thread);
                }
            }

            DispatcherObject gate = exclusive ? resource.ExclusiveWake : resource.SharedWake;
            machine.Scheduler.Wait(thread, [gate], Wdm.WaitAny, Wdm.KernelMode, false, null);
            if (!exclusive)
            {
                // The release that woke a shared waiter made it an owner and took it off the count.
                break;
            }

            lock (machine.Scheduler.Lock)
            {
                resource.ExclusiveWaiters--;
            }
        }

        machine.Scheduler.SchedulingPoint(thread);
        return true;
    }

    private static bool TryExclusive(KTHREAD thread, ERESOURCE resource)
    {
        if (resource.ExclusiveOwner == thread)
        {
            resource.ExclusiveCount++;
            return true;
        }

        if (resource.ExclusiveOwner is null && resource.SharedOwners.Count == 0)
        {
            resource.ExclusiveOwner = thread;
            resource.ExclusiveCount = 1;
            return true;
        }

        return false;
    }

    private static bool TryShared(KTHREAD thread, ERESOURCE resource)
    {
        if (resource.ExclusiveOwner == thread)
        {
            // The exclusive owner may also acquire shared: it nests on the exclusive ownership.
            resource.ExclusiveCount++;
            return true;
        }

        if (resource.SharedOwners.TryGetValue(thread, out var count))
        {
            resource.SharedOwners[thread] = count + 1;
            return true;
        }

        if (resource.ExclusiveOwner is null && resource.ExclusiveWaiters == 0)
        {
            resource.SharedOwners[thread] = 1;
            return true;
        }

        return false;
    }

    internal static void Release(KTHREAD thread, ERESOURCE resource, string ddi)
    {
        var machine = Require(thread, resource, ddi, 0x38);
        lock (machine.Scheduler.Lock)
        {
            if (resource.ExclusiveOwner == thread)
            {
                resource.ExclusiveCount--;
                if (resource.ExclusiveCount == 0)
                {
                    resource.ExclusiveOwner = null;
                }
            }
            else if (resource.SharedOwners.TryGetValue(thread, out var count))
            {
                if (count == 1)
                {
                    resource.SharedOwners.Remove(thread);
                }
                else
                {
                    resource.SharedOwners[thread] = count - 1;
                }
            }
            else
            {
                // 0xC4/0x1007 (deadlock detection): a resource released that the thread never acquired.
                // Free build: ExReleaseResourceLite bug checks RESOURCE_NOT_OWNED (0xE3: P1 the resource, P2 the thread).
                machine.Verifier.Violation(VerifierRules.ReleasedNotAcquired, resource.Address, 0, 0,
                    $"{ddi}: {thread} does not own {resource.Describe()}");
                machine.RaiseBugCheck(Wdm.RESOURCE_NOT_OWNED, resource.Address, thread.Address, 0, 0,
                    $"{ddi}: {thread} does not own {resource.Describe()}");
            }

            WakeWaiters(machine, resource);
        }

        machine.Scheduler.SchedulingPoint(thread);
    }

    internal static void ConvertExclusiveToShared(KTHREAD thread, ERESOURCE resource)
    {
        var machine = Require(thread, resource, nameof(Wdm.ExConvertExclusiveToSharedLite), 0x38);
        lock (machine.Scheduler.Lock)
        {
            if (resource.ExclusiveOwner != thread)
            {
                // Free build: RESOURCE_NOT_OWNED, as for a release.
                machine.Verifier.Violation(VerifierRules.ReleasedNotAcquired, resource.Address, 0, 0,
                    $"ExConvertExclusiveToSharedLite: {thread} does not own {resource.Describe()} exclusive");
                machine.RaiseBugCheck(Wdm.RESOURCE_NOT_OWNED, resource.Address, thread.Address, 0, 0,
                    $"ExConvertExclusiveToSharedLite: {thread} does not own {resource.Describe()} exclusive");
            }

            resource.SharedOwners[thread] = resource.ExclusiveCount;
            resource.ExclusiveOwner = null;
            resource.ExclusiveCount = 0;
            WakeWaiters(machine, resource);
        }
    }

    private static void WakeWaiters(Machine machine, ERESOURCE resource)
    {
        if (resource.ExclusiveOwner is not null)
        {
            return;
        }

        if (resource.SharedOwners.Count == 0 && resource.ExclusiveWaiters > 0)
        {
            Events.SetLocked(machine, resource.ExclusiveWake);
        }
        else if (resource.ExclusiveWaiters == 0 && resource.SharedWaiters > 0)
        {
            // ExReleaseResourceLite grants shared ownership to every shared waiter at the release and
            // clears NumberOfSharedWaiters before they run (ExpReleaseResourceExclusiveLite).
            foreach (var waiter in resource.SharedWaitList)
            {
                resource.SharedOwners[waiter] = 1;
            }

            resource.SharedWake.SignalState += resource.SharedWaiters;
            resource.SharedWaiters = 0;
            resource.SharedWaitList.Clear();
            machine.Scheduler.SignalObject(resource.SharedWake);
        }
    }

    /// <summary>An ERESOURCE is used at IRQL &lt;= APC_LEVEL with normal kernel APCs disabled
    /// (0xC4/0x37 on acquire, 0x38 on release: P2 IRQL, P3 APC-disable count, P4 the resource).</summary>
    private static Machine Require(KTHREAD thread, ERESOURCE resource, string ddi, ulong subcode)
    {
        var machine = thread.Machine;
        Uninitialized.Require(resource.Machine == machine && !resource.Deleted, "ERESOURCE", "ExInitializeResourceLite", ddi);

        var irql = thread.Processor!.Irql;
        if (irql < Wdm.APC_LEVEL && thread.KernelApcDisable == 0 && thread.SpecialApcDisable == 0)
        {
            // Free build: the resource is used all the same (the thread can be suspended holding it).
            machine.Verifier.Violation(subcode == 0x37 ? VerifierRules.ResourceAcquiredWithApcsEnabled : VerifierRules.ResourceReleasedWithApcsEnabled,
                (ulong)irql, (ulong)(ushort)thread.KernelApcDisable, resource.Address,
                $"{ddi} with normal kernel APCs enabled; call KeEnterCriticalRegion first");
        }

        return machine;
    }
}
