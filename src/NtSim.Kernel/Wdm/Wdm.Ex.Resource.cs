namespace NtSim;

public static partial class Wdm
{
    /// <summary>ExInitializeResourceLite: a resource owned by nobody.</summary>
    public static NTSTATUS ExInitializeResourceLite(ERESOURCE Resource)
    {
        Resources.Initialize(DdiGate.Enter(DdiTable.ExInitializeResourceLite), KeContext.NotNull(Resource, nameof(Resource)));
        return STATUS_SUCCESS;
    }

    /// <summary>ExDeleteResourceLite: the resource can no longer be used.</summary>
    public static NTSTATUS ExDeleteResourceLite(ERESOURCE Resource)
    {
        var thread = DdiGate.Enter(DdiTable.ExDeleteResourceLite);
        KeContext.NotNull(Resource, nameof(Resource));
        if (Resource.Machine != thread.Machine || Resource.Deleted)
        {
            // 0xC4/0xD1: an uninitialized ERESOURCE deleted.
            thread.Machine.RaiseBugCheck(DRIVER_VERIFIER_DETECTED_VIOLATION, 0xD1, Resource.Address, 0, 0,
                "ExDeleteResourceLite on an ERESOURCE that is not initialized");
        }

        Resource.Deleted = true;
        return STATUS_SUCCESS;
    }

    /// <summary>ExAcquireResourceExclusiveLite: exclusive ownership; FALSE if Wait is FALSE and it is not free.</summary>
    public static bool ExAcquireResourceExclusiveLite(ERESOURCE Resource, bool Wait) =>
        Resources.Acquire(DdiGate.Enter(DdiTable.ExAcquireResourceExclusiveLite), KeContext.NotNull(Resource, nameof(Resource)), true, Wait, nameof(ExAcquireResourceExclusiveLite));

    /// <summary>ExAcquireResourceSharedLite: shared ownership; waits while an exclusive request waits.</summary>
    public static bool ExAcquireResourceSharedLite(ERESOURCE Resource, bool Wait) =>
        Resources.Acquire(DdiGate.Enter(DdiTable.ExAcquireResourceSharedLite), KeContext.NotNull(Resource, nameof(Resource)), false, Wait, nameof(ExAcquireResourceSharedLite));

    /// <summary>ExReleaseResourceLite: releases one acquisition by the current thread.</summary>
    public static void ExReleaseResourceLite(ERESOURCE Resource) =>
        Resources.Release(DdiGate.Enter(DdiTable.ExReleaseResourceLite), KeContext.NotNull(Resource, nameof(Resource)), nameof(ExReleaseResourceLite));

    /// <summary>ExConvertExclusiveToSharedLite: keeps the resource, shared.</summary>
    public static void ExConvertExclusiveToSharedLite(ERESOURCE Resource) =>
        Resources.ConvertExclusiveToShared(DdiGate.Enter(DdiTable.ExConvertExclusiveToSharedLite), KeContext.NotNull(Resource, nameof(Resource)));

    /// <summary>ExIsResourceAcquiredExclusiveLite: TRUE if the current thread owns it exclusive.</summary>
    public static bool ExIsResourceAcquiredExclusiveLite(ERESOURCE Resource) =>
        KeContext.NotNull(Resource, nameof(Resource)).ExclusiveOwner == DdiGate.Enter(DdiTable.ExIsResourceAcquiredExclusiveLite).Address;

    /// <summary>ExIsResourceAcquiredSharedLite: how many times the current thread holds it (either way).</summary>
    public static uint ExIsResourceAcquiredSharedLite(ERESOURCE Resource)
    {
        var thread = DdiGate.Enter(DdiTable.ExIsResourceAcquiredSharedLite);
        KeContext.NotNull(Resource, nameof(Resource));
        lock (thread.Machine.Scheduler.Lock)
        {
            if (Resource.ExclusiveOwner == thread.Address)
            {
                return (uint)Resource.ExclusiveCount;
            }

            return Resource.SharedOwners.TryGetValue(thread.Address, out var count) ? (uint)count : 0;
        }
    }

    /// <summary>ExGetExclusiveWaiterCount: threads waiting for exclusive ownership.</summary>
    public static uint ExGetExclusiveWaiterCount(ERESOURCE Resource)
    {
        DdiGate.Enter(DdiTable.ExGetExclusiveWaiterCount);
        return (uint)KeContext.NotNull(Resource, nameof(Resource)).ExclusiveWaiters;
    }

    /// <summary>ExGetSharedWaiterCount: threads waiting for shared ownership.</summary>
    public static uint ExGetSharedWaiterCount(ERESOURCE Resource)
    {
        DdiGate.Enter(DdiTable.ExGetSharedWaiterCount);
        return (uint)KeContext.NotNull(Resource, nameof(Resource)).SharedWaiters;
    }
}
