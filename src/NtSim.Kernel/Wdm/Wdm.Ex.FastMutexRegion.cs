namespace NtSim;

public static partial class Wdm
{
    /// <summary>ExEnterCriticalRegionAndAcquireFastMutexUnsafe: KeEnterCriticalRegion, then ExAcquireFastMutexUnsafe.</summary>
    public static void ExEnterCriticalRegionAndAcquireFastMutexUnsafe(FAST_MUTEX FastMutex)
    {
        var thread = DdiGate.Enter(DdiTable.ExEnterCriticalRegionAndAcquireFastMutexUnsafe);
        KeContext.NotNull(FastMutex, nameof(FastMutex));
        CriticalRegions.Enter(thread);
        FastMutexes.Acquire(thread, FastMutex, nameof(ExEnterCriticalRegionAndAcquireFastMutexUnsafe));
    }

    /// <summary>ExReleaseFastMutexUnsafeAndLeaveCriticalRegion: ExReleaseFastMutexUnsafe, then KeLeaveCriticalRegion
    /// (0xC4/0x3A if APCs are enabled, as for ExReleaseFastMutexUnsafe).</summary>
    public static void ExReleaseFastMutexUnsafeAndLeaveCriticalRegion(FAST_MUTEX FastMutex)
    {
        var thread = DdiGate.Enter(DdiTable.ExReleaseFastMutexUnsafeAndLeaveCriticalRegion);
        KeContext.NotNull(FastMutex, nameof(FastMutex));
        RequireApcsDisabled(thread, FastMutex, 0x3A, nameof(ExReleaseFastMutexUnsafeAndLeaveCriticalRegion));
        FastMutexes.Release(thread, FastMutex, nameof(ExReleaseFastMutexUnsafeAndLeaveCriticalRegion));
        CriticalRegions.Leave(thread, nameof(ExReleaseFastMutexUnsafeAndLeaveCriticalRegion));
        DdiGate.Leave(thread, DdiTable.ExReleaseFastMutexUnsafeAndLeaveCriticalRegion);
    }
}
