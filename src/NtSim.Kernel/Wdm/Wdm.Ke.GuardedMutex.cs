namespace NtSim;

/// <summary>KGUARDED_MUTEX: since Windows 8 the same object as a fast mutex, acquired inside a
/// guarded region instead of at APC_LEVEL.</summary>
public sealed class KGUARDED_MUTEX
{
    internal FAST_MUTEX Mutex { get; } = new();
}

public static partial class Wdm
{
    /// <summary>KeInitializeGuardedMutex: a free guarded mutex.</summary>
    public static void KeInitializeGuardedMutex(KGUARDED_MUTEX Mutex) =>
        FastMutexes.Initialize(DdiGate.Enter(DdiTable.KeInitializeGuardedMutex), KeContext.NotNull(Mutex, nameof(Mutex)).Mutex);

    /// <summary>KeAcquireGuardedMutex: enters a guarded region and takes the mutex (IRQL &lt;= APC_LEVEL).</summary>
    public static void KeAcquireGuardedMutex(KGUARDED_MUTEX Mutex)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireGuardedMutex, Mutex?.Mutex.Address ?? 0);
        KeContext.NotNull(Mutex, nameof(Mutex));

        thread.SpecialApcDisable--;
        FastMutexes.Acquire(thread, Mutex.Mutex, nameof(KeAcquireGuardedMutex));
    }

    /// <summary>KeTryToAcquireGuardedMutex: takes the mutex if it is free.</summary>
    public static bool KeTryToAcquireGuardedMutex(KGUARDED_MUTEX Mutex)
    {
        var thread = DdiGate.Enter(DdiTable.KeTryToAcquireGuardedMutex);
        KeContext.NotNull(Mutex, nameof(Mutex));
        thread.SpecialApcDisable--;
        if (FastMutexes.TryAcquire(thread, Mutex.Mutex, nameof(KeTryToAcquireGuardedMutex)))
        {
            return true;
        }

        thread.SpecialApcDisable++;
        return false;
    }

    /// <summary>KeReleaseGuardedMutex: releases the mutex and leaves the guarded region.</summary>
    public static void KeReleaseGuardedMutex(KGUARDED_MUTEX Mutex)
    {
        var thread = DdiGate.Enter(DdiTable.KeReleaseGuardedMutex);
        KeContext.NotNull(Mutex, nameof(Mutex));
        FastMutexes.Release(thread, Mutex.Mutex, nameof(KeReleaseGuardedMutex));
        thread.SpecialApcDisable++;
        DdiGate.Leave(thread, DdiTable.KeReleaseGuardedMutex);
    }
}
