using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfSpinLockCreate: a spin lock, parented to the driver unless the attributes say otherwise. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfSpinLockCreate(WDF_OBJECT_ATTRIBUTES? SpinLockAttributes, out WDFSPINLOCK SpinLock)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfSpinLockCreate);
        SpinLock = default;
        var created = new FxSpinLock(FxClient.Globals(thread, SpinLockAttributes, nameof(WdfSpinLockCreate)));
        var status = created.Commit(thread, SpinLockAttributes);
        if (Wdm.NT_SUCCESS(status))
        {
            SpinLock = new WDFSPINLOCK(created);
        }

        return status;
    }

    /// <summary>WdfSpinLockAcquire: raises to DISPATCH_LEVEL and takes the lock.</summary>
    public static void WdfSpinLockAcquire(WDFSPINLOCK SpinLock, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfSpinLockAcquire);
        FxHandles.Resolve<FxSpinLock>(thread, SpinLock.Target, FxObjectType.SpinLock, nameof(WdfSpinLockAcquire)).Acquire(thread, file, line);
    }

    /// <summary>WdfSpinLockRelease: frees the lock and returns to the IRQL of the acquire.</summary>
    public static void WdfSpinLockRelease(WDFSPINLOCK SpinLock)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfSpinLockRelease);
        FxHandles.Resolve<FxSpinLock>(thread, SpinLock.Target, FxObjectType.SpinLock, nameof(WdfSpinLockRelease)).Release(thread);
    }

    /// <summary>WdfWaitLockCreate: a wait lock, parented to the driver unless the attributes say otherwise. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfWaitLockCreate(WDF_OBJECT_ATTRIBUTES? LockAttributes, out WDFWAITLOCK Lock)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfWaitLockCreate);
        Lock = default;
        var created = new FxWaitLock(FxClient.Globals(thread, LockAttributes, nameof(WdfWaitLockCreate)));
        var status = created.Commit(thread, LockAttributes);
        if (Wdm.NT_SUCCESS(status))
        {
            Lock = new WDFWAITLOCK(created);
        }

        return status;
    }

    /// <summary>WdfWaitLockAcquire: <paramref name="Timeout"/> NULL waits (PASSIVE_LEVEL), 0 only tries
    /// (up to DISPATCH_LEVEL), negative waits that long (100 ns units). STATUS_TIMEOUT when not acquired.</summary>
    public static NTSTATUS WdfWaitLockAcquire(WDFWAITLOCK Lock, long? Timeout)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfWaitLockAcquire);
        return FxHandles.Resolve<FxWaitLock>(thread, Lock.Target, FxObjectType.WaitLock, nameof(WdfWaitLockAcquire)).Acquire(thread, Timeout);
    }

    /// <summary>WdfWaitLockRelease: frees the lock. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfWaitLockRelease(WDFWAITLOCK Lock)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfWaitLockRelease);
        FxHandles.Resolve<FxWaitLock>(thread, Lock.Target, FxObjectType.WaitLock, nameof(WdfWaitLockRelease)).Release(thread);
    }
}
