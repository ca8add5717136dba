namespace NtSim;

public static partial class Wdm
{
    /// <summary>ExSizeOfRundownProtectionCacheAware: the bytes a cache-aware run-down reference needs (one
    /// cache line per processor, as on Windows).</summary>
    public static ulong ExSizeOfRundownProtectionCacheAware() =>
        64UL * (ulong)DdiGate.Enter(DdiTable.ExSizeOfRundownProtectionCacheAware).Machine.Processors.Count + 16;

    /// <summary>ExInitializeRundownProtectionCacheAware: initializes a reference the caller sized with ExSizeOfRundownProtectionCacheAware.</summary>
    public static void ExInitializeRundownProtectionCacheAware(EX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware, ulong RunRefSize) =>
        Rundown.Initialize(DdiGate.Enter(DdiTable.ExInitializeRundownProtectionCacheAware), KeContext.NotNull(RunRefCacheAware, nameof(RunRefCacheAware)).Reference);

    /// <summary>ExReInitializeRundownProtectionCacheAware: the cache-aware ExReInitializeRundownProtection.</summary>
    public static void ExReInitializeRundownProtectionCacheAware(EX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware) =>
        Rundown.Initialize(DdiGate.Enter(DdiTable.ExReInitializeRundownProtectionCacheAware), KeContext.NotNull(RunRefCacheAware, nameof(RunRefCacheAware)).Reference);

    /// <summary>ExAcquireRundownProtectionCacheAware: the cache-aware ExAcquireRundownProtection.</summary>
    public static bool ExAcquireRundownProtectionCacheAware(EX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware) =>
        Rundown.Acquire(DdiGate.Enter(DdiTable.ExAcquireRundownProtectionCacheAware), KeContext.NotNull(RunRefCacheAware, nameof(RunRefCacheAware)).Reference,
            1, nameof(ExAcquireRundownProtectionCacheAware));

    /// <summary>ExReleaseRundownProtectionCacheAware: the cache-aware ExReleaseRundownProtection.</summary>
    public static void ExReleaseRundownProtectionCacheAware(EX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware)
    {
        var thread = DdiGate.Enter(DdiTable.ExReleaseRundownProtectionCacheAware);
        Rundown.Release(thread, KeContext.NotNull(RunRefCacheAware, nameof(RunRefCacheAware)).Reference, 1, nameof(ExReleaseRundownProtectionCacheAware));
        DdiGate.Leave(thread, DdiTable.ExReleaseRundownProtectionCacheAware);
    }

    /// <summary>ExWaitForRundownProtectionReleaseCacheAware: the cache-aware ExWaitForRundownProtectionRelease.</summary>
    public static void ExWaitForRundownProtectionReleaseCacheAware(EX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware) =>
        Rundown.WaitForRelease(DdiGate.Enter(DdiTable.ExWaitForRundownProtectionReleaseCacheAware), KeContext.NotNull(RunRefCacheAware, nameof(RunRefCacheAware)).Reference,
            nameof(ExWaitForRundownProtectionReleaseCacheAware));

    /// <summary>ExRundownCompletedCacheAware: the cache-aware ExRundownCompleted.</summary>
    public static void ExRundownCompletedCacheAware(EX_RUNDOWN_REF_CACHE_AWARE RunRefCacheAware) =>
        Rundown.Complete(DdiGate.Enter(DdiTable.ExRundownCompletedCacheAware), KeContext.NotNull(RunRefCacheAware, nameof(RunRefCacheAware)).Reference,
            nameof(ExRundownCompletedCacheAware));
}
