using System.Globalization;

namespace NtSim;

/// <summary>Executive resource acquisition and release.</summary>
internal static partial class Resources
{
    internal static void Initialize(KTHREAD thread, ERESOURCE resource)
    {
        var machine = thread.Machine;
        lock (machine.Scheduler.Lock)
        {
            if (resource.Machine == machine && !resource.Deleted && (resource.ExclusiveOwner != 0 || resource.SharedOwners.Count > 0))
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
                machine.ExecutiveResources.Add(resource);
            }

            Events.InitializeLocked(machine, resource.ExclusiveWake, Wdm.SynchronizationEvent, false);
            resource.SharedWake.Bind(machine, 0x20);
            resource.SharedWake.Limit = int.MaxValue;
            resource.SharedWake.SignalState = 0;
            resource.SharedOwners.Clear();
            resource.ExclusiveOwner = 0;
            resource.ExclusiveCount = 0;
            resource.ExclusiveWaiters = 0;
            resource.SharedWaiters = 0;
            resource.SharedWaitList.Clear();
            resource.Deleted = false;
        }
    }

    internal static bool Acquire(KTHREAD thread, ERESOURCE resource, bool exclusive, bool wait, string ddi) =>
        Acquire(thread, resource, exclusive ? SharedMode.None : SharedMode.Normal, wait, ddi);

    /// <summary>Acquires exclusive (<see cref="SharedMode.None"/>) or shared by one of the shared rules.</summary>
    internal static bool Acquire(KTHREAD thread, ERESOURCE resource, SharedMode mode, bool wait, string ddi)
    {
        var exclusive = mode == SharedMode.None;
        var machine = Require(thread, resource, ddi, 0x37);
        while (true)
        {
            lock (machine.Scheduler.Lock)
            {
                if (exclusive ? TryExclusive(thread, resource) : TryShared(thread, resource, mode))
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
            machine.Scheduler.Wait(thread, [gate], Wdm.WaitAny, Wdm.KernelMode, false, null, Wdm.WrResource);
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
        if (resource.ExclusiveOwner == thread.Address)
        {
            resource.ExclusiveCount++;
            return true;
        }

        if (resource.ExclusiveOwner == 0 && resource.SharedOwners.Count == 0)
        {
            resource.ExclusiveOwner = thread.Address;
            resource.ExclusiveCount = 1;
            return true;
        }

        return false;
    }

    private static bool TryShared(KTHREAD thread, ERESOURCE resource, SharedMode mode)
    {
        var owner = thread.Address;
        if (resource.ExclusiveOwner == owner)
        {
            // The exclusive owner may also acquire shared: it nests on the exclusive ownership.
            resource.ExclusiveCount++;
            return true;
        }

        var owns = resource.SharedOwners.TryGetValue(owner, out var count);
        var granted = mode switch
        {
            // ExAcquireResourceSharedLite: a shared owner nests; a newcomer waits while an exclusive request waits.
            SharedMode.Normal => owns || (resource.ExclusiveOwner == 0 && resource.ExclusiveWaiters == 0),

            // ExAcquireSharedStarveExclusive: granted whenever no thread owns it exclusive, waiters or not.
            SharedMode.StarveExclusive => resource.ExclusiveOwner == 0,

            // ExAcquireSharedWaitForExclusive: waits behind an exclusive waiter even when it owns it shared already.
            _ => resource.ExclusiveOwner == 0 && resource.ExclusiveWaiters == 0,
        };
        if (granted)
        {
            resource.SharedOwners[owner] = count + 1;
        }

        return granted;
    }

    internal static void Release(KTHREAD thread, ERESOURCE resource, string ddi) =>
        Release(thread, resource, thread.Address, ddi);

    /// <summary>Releases one acquisition by <paramref name="owner"/> (an ERESOURCE_THREAD): the calling
    /// thread's, another thread's, or an owner pointer (ExReleaseResourceForThreadLite).</summary>
    internal static void Release(KTHREAD thread, ERESOURCE resource, ulong owner, string ddi)
    {
        var machine = owner == thread.Address ? Require(thread, resource, ddi, 0x38) : RequireInitialized(thread, resource, ddi);
        lock (machine.Scheduler.Lock)
        {
            if (resource.ExclusiveOwner == owner && owner != 0)
            {
                resource.ExclusiveCount--;
                if (resource.ExclusiveCount == 0)
                {
                    resource.ExclusiveOwner = 0;
                }
            }
            else if (resource.SharedOwners.TryGetValue(owner, out var count))
            {
                if (count == 1)
                {
                    resource.SharedOwners.Remove(owner);
                }
                else
                {
                    resource.SharedOwners[owner] = count - 1;
                }
            }
            else
            {
                // 0xC4/0x1007 (deadlock detection): a resource released that the thread never acquired.
                // Free build: ExReleaseResourceLite bug checks RESOURCE_NOT_OWNED (0xE3: P1 the resource, P2 the thread).
                var who = owner == thread.Address ? thread.ToString() : string.Create(CultureInfo.InvariantCulture, $"owner {owner:X}");
                machine.Verifier.Violation(VerifierRules.ReleasedNotAcquired, resource.Address, 0, 0,
                    $"{ddi}: {who} does not own {resource.Describe()}");
                machine.RaiseBugCheck(Wdm.RESOURCE_NOT_OWNED, resource.Address, owner, 0, 0,
                    $"{ddi}: {who} does not own {resource.Describe()}");
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
            if (resource.ExclusiveOwner != thread.Address)
            {
                // Free build: RESOURCE_NOT_OWNED, as for a release.
                machine.Verifier.Violation(VerifierRules.ReleasedNotAcquired, resource.Address, 0, 0,
                    $"ExConvertExclusiveToSharedLite: {thread} does not own {resource.Describe()} exclusive");
                machine.RaiseBugCheck(Wdm.RESOURCE_NOT_OWNED, resource.Address, thread.Address, 0, 0,
                    $"ExConvertExclusiveToSharedLite: {thread} does not own {resource.Describe()} exclusive");
            }

            resource.SharedOwners[thread.Address] = resource.ExclusiveCount;
            resource.ExclusiveOwner = 0;
            resource.ExclusiveCount = 0;
            WakeWaiters(machine, resource);
        }
    }

    private static void WakeWaiters(Machine machine, ERESOURCE resource)
    {
        if (resource.ExclusiveOwner != 0)
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
                resource.SharedOwners[waiter.Address] = resource.SharedOwners.GetValueOrDefault(waiter.Address) + 1;
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
        var machine = RequireInitialized(thread, resource, ddi);

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

    private static Machine RequireInitialized(KTHREAD thread, ERESOURCE resource, string ddi)
    {
        Uninitialized.Require(resource.Machine == thread.Machine && !resource.Deleted, "ERESOURCE", "ExInitializeResourceLite", ddi);
        return thread.Machine;
    }
}
