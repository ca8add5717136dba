using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeAcquireSpinLockRaiseToSynch: raises to SYNCH_LEVEL (12 on x64) and takes the lock;
    /// returns the old IRQL for KeReleaseSpinLock. A lock held at SYNCH_LEVEL is a spin lock like any
    /// other (SPIN_LOCK_ALREADY_OWNED, SPIN_LOCK_NOT_OWNED); KeReleaseSpinLock accepts it at SYNCH_LEVEL
    /// and lowers to the IRQL this call returned.</summary>
    public static KIRQL KeAcquireSpinLockRaiseToSynch(KSPIN_LOCK SpinLock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireSpinLockRaiseToSynch, SpinLock?.Address ?? 0);
        return RaiseAndAcquire(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)), SYNCH_LEVEL, file, line);
    }

    /// <summary>KeAcquireQueuedSpinLock: raises to DISPATCH_LEVEL and takes the kernel's numbered lock; returns the old IRQL.</summary>
    public static KIRQL KeAcquireQueuedSpinLock(KSPIN_LOCK_QUEUE_NUMBER Number,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireQueuedSpinLock, (ulong)Number);
        return RaiseAndAcquire(thread, QueuedLock(thread, Number, DISPATCH_LEVEL), DISPATCH_LEVEL, file, line);
    }

    /// <summary>KeAcquireQueuedSpinLockRaiseToSynch: KeAcquireQueuedSpinLock raising to SYNCH_LEVEL.</summary>
    public static KIRQL KeAcquireQueuedSpinLockRaiseToSynch(KSPIN_LOCK_QUEUE_NUMBER Number,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireQueuedSpinLockRaiseToSynch, (ulong)Number);
        return RaiseAndAcquire(thread, QueuedLock(thread, Number, SYNCH_LEVEL), SYNCH_LEVEL, file, line);
    }

    /// <summary>KeReleaseQueuedSpinLock: frees the numbered lock and lowers IRQL to <paramref name="OldIrql"/>.</summary>
    public static void KeReleaseQueuedSpinLock(KSPIN_LOCK_QUEUE_NUMBER Number, KIRQL OldIrql)
    {
        var thread = DdiGate.Enter(DdiTable.KeReleaseQueuedSpinLock, (ulong)Number);
        SpinLocks.Release(thread, QueuedLock(thread, Number, thread.Processor!.Irql));
        Irql.Lower(thread, OldIrql);
        DdiGate.Leave(thread, DdiTable.KeReleaseQueuedSpinLock);
    }

    /// <summary>KeTryToAcquireQueuedSpinLock: raises to DISPATCH_LEVEL and takes the numbered lock if it is
    /// free (TRUE, <paramref name="OldIrql"/> the IRQL to restore); else restores the IRQL and returns FALSE.</summary>
    public static bool KeTryToAcquireQueuedSpinLock(KSPIN_LOCK_QUEUE_NUMBER Number, out KIRQL OldIrql,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeTryToAcquireQueuedSpinLock, (ulong)Number);
        var acquired = TryRaiseAndAcquire(thread, Number, DISPATCH_LEVEL, out OldIrql, file, line);
        DdiGate.Leave(thread, DdiTable.KeTryToAcquireQueuedSpinLock);
        return acquired;
    }

    /// <summary>KeTryToAcquireQueuedSpinLockRaiseToSynch: KeTryToAcquireQueuedSpinLock raising to SYNCH_LEVEL.</summary>
    public static bool KeTryToAcquireQueuedSpinLockRaiseToSynch(KSPIN_LOCK_QUEUE_NUMBER Number, out KIRQL OldIrql,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeTryToAcquireQueuedSpinLockRaiseToSynch, (ulong)Number);
        var acquired = TryRaiseAndAcquire(thread, Number, SYNCH_LEVEL, out OldIrql, file, line);
        DdiGate.Leave(thread, DdiTable.KeTryToAcquireQueuedSpinLockRaiseToSynch);
        return acquired;
    }

    private static KSPIN_LOCK QueuedLock(KTHREAD thread, KSPIN_LOCK_QUEUE_NUMBER number, KIRQL irql)
    {
        // Windows raises before it touches the PRCB's entry: a spare number faults at the raised IRQL.
        var current = thread.Processor!.Irql;
        return thread.Machine.QueuedSpinLocks.Lock(thread, number, current > irql ? current : irql);
    }

    /// <summary>RaiseAndAcquire to <paramref name="level"/> (DISPATCH_LEVEL or SYNCH_LEVEL); above it the IRQL stays.</summary>
    private static KIRQL RaiseAndAcquire(KTHREAD thread, KSPIN_LOCK spinLock, KIRQL level, string file, int line)
    {
        var old = thread.Processor!.Irql;
        if (old < level)
        {
            Irql.Raise(thread, level);
        }

        SpinLocks.Acquire(thread, spinLock, file, line);
        return old;
    }

    private static bool TryRaiseAndAcquire(KTHREAD thread, KSPIN_LOCK_QUEUE_NUMBER number, KIRQL level, out KIRQL oldIrql,
        string file, int line)
    {
        var spinLock = QueuedLock(thread, number, level);
        oldIrql = thread.Processor!.Irql;
        if (oldIrql < level)
        {
            Irql.Raise(thread, level);
        }

        if (SpinLocks.TryAcquire(thread, spinLock, file, line))
        {
            return true;
        }

        if (oldIrql < level)
        {
            Irql.Lower(thread, oldIrql);
        }

        return false;
    }
}
