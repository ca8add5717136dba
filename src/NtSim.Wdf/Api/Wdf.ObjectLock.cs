namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfObjectAcquireLock: takes the callback lock of a device or queue (its synchronization scope's);
    /// WDF_VIOLATION 0xB with P3 = 0 if the object has none. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfObjectAcquireLock(WDFOBJECT Object)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfObjectAcquireLock);
        FxObjectLock.Acquire(thread, FxHandles.Resolve<FxObject>(thread, Object.Target, FxObjectType.Object, nameof(WdfObjectAcquireLock)), nameof(WdfObjectAcquireLock));
    }

    /// <summary>WdfObjectReleaseLock: releases the lock WdfObjectAcquireLock took. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfObjectReleaseLock(WDFOBJECT Object)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfObjectReleaseLock);
        FxObjectLock.Release(thread, FxHandles.Resolve<FxObject>(thread, Object.Target, FxObjectType.Object, nameof(WdfObjectReleaseLock)), nameof(WdfObjectReleaseLock));
    }
}
