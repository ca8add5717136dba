using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeAcquireSpinLockForDpc: for code that runs in a DPC or a threaded DPC. At DISPATCH_LEVEL it
    /// is KeAcquireSpinLockAtDpcLevel; below it (a threaded DPC at PASSIVE_LEVEL) it raises to DISPATCH_LEVEL
    /// first. Returns the IRQL to give KeReleaseSpinLockForDpc.</summary>
    public static KIRQL KeAcquireSpinLockForDpc(KSPIN_LOCK SpinLock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireSpinLockForDpc, SpinLock?.Address ?? 0);
        return RaiseAndAcquire(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)), file, line);
    }

    /// <summary>KeReleaseSpinLockForDpc: frees the lock and returns to the IRQL KeAcquireSpinLockForDpc gave.</summary>
    public static void KeReleaseSpinLockForDpc(KSPIN_LOCK SpinLock, KIRQL OldIrql)
    {
        var thread = DdiGate.Enter(DdiTable.KeReleaseSpinLockForDpc, SpinLock?.Address ?? 0);
        SpinLocks.Release(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)));
        if (OldIrql < DISPATCH_LEVEL)
        {
            Irql.Lower(thread, OldIrql);
        }

        DdiGate.Leave(thread, DdiTable.KeReleaseSpinLockForDpc);
    }

    /// <summary>KeAcquireInStackQueuedSpinLockForDpc: the in-stack queued form of KeAcquireSpinLockForDpc.</summary>
    public static void KeAcquireInStackQueuedSpinLockForDpc(KSPIN_LOCK SpinLock, out KLOCK_QUEUE_HANDLE LockHandle,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeAcquireInStackQueuedSpinLockForDpc, SpinLock?.Address ?? 0);
        var old = RaiseAndAcquire(thread, KeContext.NotNull(SpinLock, nameof(SpinLock)), file, line);
        LockHandle = new KLOCK_QUEUE_HANDLE { Lock = SpinLock, OldIrql = old };
    }

    /// <summary>KeReleaseInStackQueuedSpinLockForDpc: frees the lock and restores the IRQL saved in the handle.</summary>
    public static void KeReleaseInStackQueuedSpinLockForDpc(ref KLOCK_QUEUE_HANDLE LockHandle)
    {
        var spinLock = LockHandle.Lock ?? throw new ArgumentException("KeReleaseInStackQueuedSpinLockForDpc: the handle does not hold a lock.", nameof(LockHandle));
        LockHandle.Lock = null;
        KeReleaseSpinLockForDpc(spinLock, LockHandle.OldIrql);
    }

    /// <summary>KeRaiseIrqlToSynchLevel: raises to SYNCH_LEVEL (12 on x64) and returns the old IRQL.</summary>
    public static KIRQL KeRaiseIrqlToSynchLevel()
    {
        var thread = DdiGate.Enter(DdiTable.KeRaiseIrqlToSynchLevel);
        var old = Irql.Raise(thread, SYNCH_LEVEL);
        DdiGate.Leave(thread, DdiTable.KeRaiseIrqlToSynchLevel);
        return old;
    }

    /// <summary>KeQueryUnbiasedInterruptTime: the interrupt time without the time spent in sleep or
    /// hibernation; a simulated machine never sleeps, so it equals KeQueryInterruptTime.</summary>
    public static ulong KeQueryUnbiasedInterruptTime() =>
        (ulong)DdiGate.Enter(DdiTable.KeQueryUnbiasedInterruptTime).Machine.InterruptTime;
}
