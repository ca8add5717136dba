using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeSpinLock: makes the lock free.</summary>
    public static void KeInitializeSpinLock(KSPIN_LOCK SpinLock) =>
        SpinLocks.Initialize(DdiGate.Enter(DdiTable.KeInitializeSpinLock), KeContext.NotNull(SpinLock, nameof(SpinLock)));

    /// <summary>KeAcquireSpinLock: raises to DISPATCH_LEVEL and takes the lock.</summary>
    public static void KeAcquireSpinLock(KSPIN_LOCK SpinLock, out KIRQL OldIrql,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireSpinLock, SpinLock?.Address ?? 0);
        OldIrql = RaiseAndAcquire(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)), file, line);
    }

    /// <summary>KeAcquireSpinLock's work, shared with the in-stack queued form: raise to DISPATCH_LEVEL,
    /// take the lock. Above DISPATCH_LEVEL (0xC4/0x42 when the verifier checks IRQLs) a free build
    /// goes on: the raise would lower the IRQL, so it stays where it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static KIRQL RaiseAndAcquire(KTHREAD thread, KSPIN_LOCK spinLock, string file, int line)
    {
        var old = thread.Processor!.Irql;
        if (old < DISPATCH_LEVEL)
        {
            Irql.Raise(thread, DISPATCH_LEVEL);
        }

        SpinLocks.Acquire(thread, spinLock, file, line);
        return old;
    }

    /// <summary>KeAcquireSpinLockRaiseToDpc: KeAcquireSpinLock returning the old IRQL.</summary>
    public static KIRQL KeAcquireSpinLockRaiseToDpc(KSPIN_LOCK SpinLock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        KeAcquireSpinLock(SpinLock, out var old, file, line);
        return old;
    }

    /// <summary>KeReleaseSpinLock: frees the lock and lowers IRQL to <paramref name="NewIrql"/>.</summary>
    public static void KeReleaseSpinLock(KSPIN_LOCK SpinLock, KIRQL NewIrql)
    {
        var thread = DdiGate.Enter(DdiTable.KeReleaseSpinLock, SpinLock?.Address ?? 0);
        SpinLocks.Release(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)));
        Irql.Lower(thread, NewIrql);
        DdiGate.Leave(thread, DdiTable.KeReleaseSpinLock);
    }

    /// <summary>KeAcquireSpinLockAtDpcLevel: takes the lock; the caller is already at DISPATCH_LEVEL.</summary>
    public static void KeAcquireSpinLockAtDpcLevel(KSPIN_LOCK SpinLock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireSpinLockAtDpcLevel, SpinLock?.Address ?? 0);
        SpinLocks.Acquire(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)), file, line);
    }

    /// <summary>KeReleaseSpinLockFromDpcLevel: frees the lock without changing IRQL.</summary>
    public static void KeReleaseSpinLockFromDpcLevel(KSPIN_LOCK SpinLock)
    {
        var thread = DdiGate.Enter(DdiTable.KeReleaseSpinLockFromDpcLevel, SpinLock?.Address ?? 0);
        SpinLocks.Release(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)));
        DdiGate.Leave(thread, DdiTable.KeReleaseSpinLockFromDpcLevel);
    }

    /// <summary>KeTryToAcquireSpinLockAtDpcLevel: takes the lock if it is free; never spins.</summary>
    public static bool KeTryToAcquireSpinLockAtDpcLevel(KSPIN_LOCK SpinLock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeTryToAcquireSpinLockAtDpcLevel, SpinLock?.Address ?? 0);
        var acquired = SpinLocks.TryAcquire(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)), file, line);
        DdiGate.Leave(thread, DdiTable.KeTryToAcquireSpinLockAtDpcLevel);
        return acquired;
    }

    /// <summary>KeTestSpinLock: TRUE if the lock looks free (a hint before trying).</summary>
    public static bool KeTestSpinLock(KSPIN_LOCK SpinLock) => !KeContext.NotNull(SpinLock, nameof(SpinLock)).IsHeld;

    /// <summary>KeAcquireInStackQueuedSpinLock: raises to DISPATCH_LEVEL and takes the lock, recording it in the handle.</summary>
    public static void KeAcquireInStackQueuedSpinLock(KSPIN_LOCK SpinLock, out KLOCK_QUEUE_HANDLE LockHandle,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireInStackQueuedSpinLock, SpinLock?.Address ?? 0);
        var old = RaiseAndAcquire(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)), file, line);
        LockHandle = new KLOCK_QUEUE_HANDLE { Lock = SpinLock, OldIrql = old };
    }

    /// <summary>KeReleaseInStackQueuedSpinLock: frees the lock and restores the IRQL saved in the handle.</summary>
    public static void KeReleaseInStackQueuedSpinLock(ref KLOCK_QUEUE_HANDLE LockHandle)
    {
        var spinLock = LockHandle.Lock ?? throw new ArgumentException("KeReleaseInStackQueuedSpinLock: the handle does not hold a lock.", nameof(LockHandle));
        LockHandle.Lock = null;
        KeReleaseSpinLock(spinLock, LockHandle.OldIrql);
    }

    /// <summary>KeAcquireInStackQueuedSpinLockAtDpcLevel: takes the lock at DISPATCH_LEVEL.</summary>
    public static void KeAcquireInStackQueuedSpinLockAtDpcLevel(KSPIN_LOCK SpinLock, out KLOCK_QUEUE_HANDLE LockHandle,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        KeAcquireSpinLockAtDpcLevel(SpinLock, file, line);
        LockHandle = new KLOCK_QUEUE_HANDLE { Lock = SpinLock, OldIrql = DISPATCH_LEVEL };
    }

    /// <summary>KeReleaseInStackQueuedSpinLockFromDpcLevel: frees the lock, staying at DISPATCH_LEVEL.</summary>
    public static void KeReleaseInStackQueuedSpinLockFromDpcLevel(ref KLOCK_QUEUE_HANDLE LockHandle)
    {
        var spinLock = LockHandle.Lock ?? throw new ArgumentException("KeReleaseInStackQueuedSpinLockFromDpcLevel: the handle does not hold a lock.", nameof(LockHandle));
        LockHandle.Lock = null;
        KeReleaseSpinLockFromDpcLevel(spinLock);
    }
}
