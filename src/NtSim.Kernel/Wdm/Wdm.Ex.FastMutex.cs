namespace NtSim;

public static partial class Wdm
{
    /// <summary>ExInitializeFastMutex: a free fast mutex.</summary>
    public static void ExInitializeFastMutex(FAST_MUTEX FastMutex) =>
        FastMutexes.Initialize(DdiGate.Enter(DdiTable.ExInitializeFastMutex), KeContext.NotNull(FastMutex, nameof(FastMutex)));

    /// <summary>ExAcquireFastMutex: raises to APC_LEVEL and takes the mutex (IRQL must be &lt;= APC_LEVEL: 0xC4/0x33).</summary>
    public static void ExAcquireFastMutex(FAST_MUTEX FastMutex)
    {
        var thread = DdiGate.Enter(DdiTable.ExAcquireFastMutex, FastMutex?.Address ?? 0);
        KeContext.NotNull(FastMutex, nameof(FastMutex));

        var old = Irql.Raise(thread, APC_LEVEL);
        FastMutexes.Acquire(thread, FastMutex, nameof(ExAcquireFastMutex));
        FastMutex.OldIrql = old;
    }

    /// <summary>ExTryToAcquireFastMutex: takes the mutex if it is free, raising to APC_LEVEL.</summary>
    public static bool ExTryToAcquireFastMutex(FAST_MUTEX FastMutex)
    {
        var thread = DdiGate.Enter(DdiTable.ExTryToAcquireFastMutex, FastMutex?.Address ?? 0);
        KeContext.NotNull(FastMutex, nameof(FastMutex));

        var old = Irql.Raise(thread, APC_LEVEL);
        if (FastMutexes.TryAcquire(thread, FastMutex, nameof(ExTryToAcquireFastMutex)))
        {
            FastMutex.OldIrql = old;
            return true;
        }

        Irql.Lower(thread, old);
        return false;
    }

    /// <summary>ExReleaseFastMutex: releases the mutex and restores the IRQL saved at acquisition
    /// (must be called at APC_LEVEL: 0xC4/0x34).</summary>
    public static void ExReleaseFastMutex(FAST_MUTEX FastMutex)
    {
        var thread = DdiGate.Enter(DdiTable.ExReleaseFastMutex, FastMutex?.Address ?? 0);
        KeContext.NotNull(FastMutex, nameof(FastMutex));

        var old = FastMutex.OldIrql;
        FastMutexes.Release(thread, FastMutex, nameof(ExReleaseFastMutex));
        Irql.Lower(thread, old);
        DdiGate.Leave(thread, DdiTable.ExReleaseFastMutex);
    }

    /// <summary>ExAcquireFastMutexUnsafe: takes the mutex without changing IRQL; the caller must be
    /// at APC_LEVEL or in a critical region (else 0xC4/0x39).</summary>
    public static void ExAcquireFastMutexUnsafe(FAST_MUTEX FastMutex)
    {
        var thread = DdiGate.Enter(DdiTable.ExAcquireFastMutexUnsafe);
        KeContext.NotNull(FastMutex, nameof(FastMutex));
        RequireApcsDisabled(thread, FastMutex, 0x39, nameof(ExAcquireFastMutexUnsafe));
        FastMutexes.Acquire(thread, FastMutex, nameof(ExAcquireFastMutexUnsafe));
    }

    /// <summary>ExReleaseFastMutexUnsafe: releases a mutex taken with ExAcquireFastMutexUnsafe (0xC4/0x3A if APCs are enabled).</summary>
    public static void ExReleaseFastMutexUnsafe(FAST_MUTEX FastMutex)
    {
        var thread = DdiGate.Enter(DdiTable.ExReleaseFastMutexUnsafe);
        KeContext.NotNull(FastMutex, nameof(FastMutex));
        RequireApcsDisabled(thread, FastMutex, 0x3A, nameof(ExReleaseFastMutexUnsafe));
        FastMutexes.Release(thread, FastMutex, nameof(ExReleaseFastMutexUnsafe));
        DdiGate.Leave(thread, DdiTable.ExReleaseFastMutexUnsafe);
    }

    private static void RequireApcsDisabled(KTHREAD thread, FAST_MUTEX mutex, ulong subcode, string ddi)
    {
        var irql = thread.Processor!.Irql;
        if (irql != APC_LEVEL && thread.KernelApcDisable == 0 && thread.SpecialApcDisable == 0)
        {
            // P2 IRQL, P3 the thread's APC-disable count, P4 the mutex.
            thread.Machine.RaiseBugCheck(DRIVER_VERIFIER_DETECTED_VIOLATION, subcode, (ulong)irql, 0, mutex.Address,
                $"{ddi} at IRQL {(int)irql} outside a critical region; normal kernel APCs must be disabled");
        }
    }
}
