namespace NtSim;

public static partial class Wdm
{
    /// <summary>wdm.h: ExSetResourceOwnerPointerEx's flag saying OwnerPointer points at a thread.</summary>
    public const uint FLAG_OWNER_POINTER_IS_THREAD = 0x1;

    /// <summary>ExGetCurrentResourceThread: the ERESOURCE_THREAD of the running thread (a wdm.h macro for
    /// (ERESOURCE_THREAD)PsGetCurrentThread(), not a call into the kernel).</summary>
    public static ulong ExGetCurrentResourceThread() => KeContext.Running(nameof(ExGetCurrentResourceThread)).Address;

    /// <summary>ExAcquireSharedStarveExclusive: shared ownership as soon as no thread owns it exclusive,
    /// ahead of waiting exclusive requests; FALSE if Wait is FALSE and it cannot be had now.</summary>
    public static bool ExAcquireSharedStarveExclusive(ERESOURCE Resource, bool Wait) =>
        Resources.Acquire(DdiGate.Enter(DdiTable.ExAcquireSharedStarveExclusive), KeContext.NotNull(Resource, nameof(Resource)),
            SharedMode.StarveExclusive, Wait, nameof(ExAcquireSharedStarveExclusive));

    /// <summary>ExAcquireSharedWaitForExclusive: shared ownership if no exclusive request waits, even for a
    /// thread that owns it shared already (which then waits for another thread to release for it).</summary>
    public static bool ExAcquireSharedWaitForExclusive(ERESOURCE Resource, bool Wait) =>
        Resources.Acquire(DdiGate.Enter(DdiTable.ExAcquireSharedWaitForExclusive), KeContext.NotNull(Resource, nameof(Resource)),
            SharedMode.WaitForExclusive, Wait, nameof(ExAcquireSharedWaitForExclusive));

    /// <summary>ExReinitializeResourceLite: resets an initialized resource to owned by nobody.</summary>
    public static NTSTATUS ExReinitializeResourceLite(ERESOURCE Resource)
    {
        Resources.Reinitialize(DdiGate.Enter(DdiTable.ExReinitializeResourceLite), KeContext.NotNull(Resource, nameof(Resource)));
        return STATUS_SUCCESS;
    }

    /// <summary>ExSetResourceOwnerPointer: passes the caller's ownership to <paramref name="OwnerPointer"/>
    /// (an ERESOURCE_THREAD value with its two low bits set); ExReleaseResourceForThreadLite releases it.</summary>
    public static void ExSetResourceOwnerPointer(ERESOURCE Resource, PVOID OwnerPointer) =>
        Resources.SetOwnerPointer(DdiGate.Enter(DdiTable.ExSetResourceOwnerPointer), KeContext.NotNull(Resource, nameof(Resource)),
            OwnerPointer.Address, nameof(ExSetResourceOwnerPointer));

    /// <summary>ExSetResourceOwnerPointerEx: ExSetResourceOwnerPointer with Flags (0 or FLAG_OWNER_POINTER_IS_THREAD).</summary>
    public static void ExSetResourceOwnerPointerEx(ERESOURCE Resource, PVOID OwnerPointer, uint Flags) =>
        Resources.SetOwnerPointer(DdiGate.Enter(DdiTable.ExSetResourceOwnerPointerEx), KeContext.NotNull(Resource, nameof(Resource)),
            OwnerPointer.Address, nameof(ExSetResourceOwnerPointerEx));

    /// <summary>ExReleaseResourceForThreadLite: releases one acquisition made by (or passed to) <paramref name="ResourceThreadId"/>.</summary>
    public static void ExReleaseResourceForThreadLite(ERESOURCE Resource, ulong ResourceThreadId) =>
        Resources.Release(DdiGate.Enter(DdiTable.ExReleaseResourceForThreadLite), KeContext.NotNull(Resource, nameof(Resource)),
            ResourceThreadId, nameof(ExReleaseResourceForThreadLite));

    /// <summary>ExEnterCriticalRegionAndAcquireResourceExclusive: KeEnterCriticalRegion, then exclusive
    /// ownership (waiting). Returns the thread's Win32Thread pointer: NULL for a kernel thread.</summary>
    public static PVOID ExEnterCriticalRegionAndAcquireResourceExclusive(ERESOURCE Resource) =>
        EnterCriticalRegionAndAcquire(DdiTable.ExEnterCriticalRegionAndAcquireResourceExclusive, Resource, SharedMode.None);

    /// <summary>ExEnterCriticalRegionAndAcquireResourceShared: KeEnterCriticalRegion, then shared ownership (waiting).</summary>
    public static PVOID ExEnterCriticalRegionAndAcquireResourceShared(ERESOURCE Resource) =>
        EnterCriticalRegionAndAcquire(DdiTable.ExEnterCriticalRegionAndAcquireResourceShared, Resource, SharedMode.Normal);

    /// <summary>ExEnterCriticalRegionAndAcquireSharedWaitForExclusive: KeEnterCriticalRegion, then ExAcquireSharedWaitForExclusive (waiting).</summary>
    public static PVOID ExEnterCriticalRegionAndAcquireSharedWaitForExclusive(ERESOURCE Resource) =>
        EnterCriticalRegionAndAcquire(DdiTable.ExEnterCriticalRegionAndAcquireSharedWaitForExclusive, Resource, SharedMode.WaitForExclusive);

    /// <summary>ExReleaseResourceAndLeaveCriticalRegion: ExReleaseResourceLite, then KeLeaveCriticalRegion.</summary>
    public static void ExReleaseResourceAndLeaveCriticalRegion(ERESOURCE Resource)
    {
        var thread = DdiGate.Enter(DdiTable.ExReleaseResourceAndLeaveCriticalRegion);
        Resources.Release(thread, KeContext.NotNull(Resource, nameof(Resource)), nameof(ExReleaseResourceAndLeaveCriticalRegion));
        CriticalRegions.Leave(thread, nameof(ExReleaseResourceAndLeaveCriticalRegion));
    }

    private static PVOID EnterCriticalRegionAndAcquire(Ddi ddi, ERESOURCE Resource, SharedMode mode)
    {
        var thread = DdiGate.Enter(ddi);
        KeContext.NotNull(Resource, ddi.Name);
        CriticalRegions.Enter(thread);
        Resources.Acquire(thread, Resource, mode, true, ddi.Name);
        return default;
    }
}
