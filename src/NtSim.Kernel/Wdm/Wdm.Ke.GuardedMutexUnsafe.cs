namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeAcquireGuardedMutexUnsafe: takes the guarded mutex without entering a guarded region;
    /// the caller is already in one (or a critical region) or at APC_LEVEL, else 0xC4/0x39 as for
    /// ExAcquireFastMutexUnsafe, the same routine since Windows 8.</summary>
    public static void KeAcquireGuardedMutexUnsafe(KGUARDED_MUTEX FastMutex)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireGuardedMutexUnsafe, FastMutex?.Mutex.Address ?? 0);
        KeContext.NotNull(FastMutex, nameof(FastMutex));
        RequireApcsDisabled(thread, FastMutex.Mutex, 0x39, nameof(KeAcquireGuardedMutexUnsafe));
        FastMutexes.Acquire(thread, FastMutex.Mutex, nameof(KeAcquireGuardedMutexUnsafe));
    }

    /// <summary>KeReleaseGuardedMutexUnsafe: releases a mutex taken with KeAcquireGuardedMutexUnsafe,
    /// leaving the guarded region as it was (0xC4/0x3A if APCs are enabled).</summary>
    public static void KeReleaseGuardedMutexUnsafe(KGUARDED_MUTEX FastMutex)
    {
        var thread = DdiGate.Enter(DdiTable.KeReleaseGuardedMutexUnsafe, FastMutex?.Mutex.Address ?? 0);
        KeContext.NotNull(FastMutex, nameof(FastMutex));
        RequireApcsDisabled(thread, FastMutex.Mutex, 0x3A, nameof(KeReleaseGuardedMutexUnsafe));
        FastMutexes.Release(thread, FastMutex.Mutex, nameof(KeReleaseGuardedMutexUnsafe));
        DdiGate.Leave(thread, DdiTable.KeReleaseGuardedMutexUnsafe);
    }
}
