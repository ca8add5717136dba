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
        var thread = DdiGate.Enter(DdiTable.KeAcquireSpinLock);
        OldIrql = RaiseAndAcquire(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)), file, line, nameof(KeAcquireSpinLock));
    }

    /// <summary>KeAcquireSpinLock's work, shared with the in-stack queued form: raise to DISPATCH_LEVEL, take the lock.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static KIRQL RaiseAndAcquire(KTHREAD thread, KSPIN_LOCK spinLock, string file, int line, string ddi)
    {
        var irql = thread.Processor!.Irql;
        if (irql > DISPATCH_LEVEL)
        {
            AcquiredAboveDispatch(thread, spinLock, irql, ddi);
        }

        var old = Irql.Raise(thread, DISPATCH_LEVEL);
        SpinLocks.Acquire(thread, spinLock, file, line);
        return old;
    }

    /// <summary>0x42: KeAcquireSpinLock above DISPATCH_LEVEL (P2 IRQL, P3 lock). Out of line: the acquire stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AcquiredAboveDispatch(KTHREAD thread, KSPIN_LOCK spinLock, KIRQL irql, string ddi) =>
        thread.Machine!.RaiseBugCheck(DRIVER_VERIFIER_DETECTED_VIOLATION, 0x42, (ulong)irql, spinLock.Address, 0,
            $"{ddi} called at IRQL {(int)irql}, above DISPATCH_LEVEL");

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
        var thread = DdiGate.Enter(DdiTable.KeReleaseSpinLock);
        KeContext.NotNull(SpinLock, nameof(SpinLock));
        SpinLocks.RequireDispatch(thread, SpinLock, 0x32, nameof(KeReleaseSpinLock));
        SpinLocks.Release(thread, SpinLock);
        Irql.Lower(thread, NewIrql);
        thread.Machine!.Scheduler.SchedulingPoint(thread);
    }

    /// <summary>KeAcquireSpinLockAtDpcLevel: takes the lock; the caller is already at DISPATCH_LEVEL.</summary>
    public static void KeAcquireSpinLockAtDpcLevel(KSPIN_LOCK SpinLock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireSpinLockAtDpcLevel);
        KeContext.NotNull(SpinLock, nameof(SpinLock));
        SpinLocks.RequireDispatch(thread, SpinLock, 0x40, nameof(KeAcquireSpinLockAtDpcLevel));
        SpinLocks.Acquire(thread, SpinLock, file, line);
    }

    /// <summary>KeReleaseSpinLockFromDpcLevel: frees the lock without changing IRQL.</summary>
    public static void KeReleaseSpinLockFromDpcLevel(KSPIN_LOCK SpinLock)
    {
        var thread = DdiGate.Enter(DdiTable.KeReleaseSpinLockFromDpcLevel);
        KeContext.NotNull(SpinLock, nameof(SpinLock));
        SpinLocks.RequireDispatch(thread, SpinLock, 0x41, nameof(KeReleaseSpinLockFromDpcLevel));
        SpinLocks.Release(thread, SpinLock);
        thread.Machine!.Scheduler.SchedulingPoint(thread);
    }

    /// <summary>KeTryToAcquireSpinLockAtDpcLevel: takes the lock if it is free; never spins.</summary>
    public static bool KeTryToAcquireSpinLockAtDpcLevel(KSPIN_LOCK SpinLock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeTryToAcquireSpinLockAtDpcLevel);
        KeContext.NotNull(SpinLock, nameof(SpinLock));
        SpinLocks.RequireDispatch(thread, SpinLock, 0x40, nameof(KeTryToAcquireSpinLockAtDpcLevel));
        var acquired = SpinLocks.TryAcquire(thread, SpinLock, file, line);
        thread.Machine!.Scheduler.SchedulingPoint(thread);
        return acquired;
    }

    /// <summary>KeTestSpinLock: TRUE if the lock looks free (a hint before trying).</summary>
    public static bool KeTestSpinLock(KSPIN_LOCK SpinLock) => !KeContext.NotNull(SpinLock, nameof(SpinLock)).IsHeld;

    /// <summary>KeAcquireInStackQueuedSpinLock: raises to DISPATCH_LEVEL and takes the lock, recording it in the handle.</summary>
    public static void KeAcquireInStackQueuedSpinLock(KSPIN_LOCK SpinLock, out KLOCK_QUEUE_HANDLE LockHandle,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireInStackQueuedSpinLock);
        var old = RaiseAndAcquire(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)), file, line, nameof(KeAcquireInStackQueuedSpinLock));
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
