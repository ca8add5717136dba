namespace NtSim;

/// <summary>WdfObjectAcquireLock / WdfObjectReleaseLock: a device's or queue's callback lock, taken
/// by the driver itself. An object without one (scope None, or another type) is WDF_VIOLATION 0xB
/// with P3 = 0 (wdfbugcodes.h WDF_INVALID_LOCK_OPERATION).</summary>
internal static class FxObjectLock
{
    internal static void Acquire(KTHREAD thread, FxObject target, string ddi)
    {
        var callbackLock = LockOf(thread, target, ddi);
        var oldIrql = callbackLock.Acquire(thread);
        callbackLock.ObjectLockIrql = oldIrql;
    }

    internal static void Release(KTHREAD thread, FxObject target, string ddi)
    {
        var callbackLock = LockOf(thread, target, ddi);
        if (!ReferenceEquals(callbackLock.OwningThread, thread))
        {
            // Releasing a lock this thread does not hold (WDF_INVALID_LOCK_OPERATION, P3 = 1).
            target.Globals.BugCheck(thread, Wdf.WDF_INVALID_LOCK_OPERATION, target.Handle, 1,
                $"{ddi}: the callback lock of {target.TypeName} 0x{target.Handle:x} is released by a thread that does not hold it");
        }

        callbackLock.Release(thread, callbackLock.ObjectLockIrql);
    }

    private static FxCallbackLock LockOf(KTHREAD thread, FxObject target, string ddi)
    {
        var callbackLock = target switch
        {
            FxDevice device => device.CallbackLock,
            FxIoQueue queue => queue.CallbackLock,
            _ => null,
        };
        if (callbackLock is null)
        {
            target.Globals.BugCheck(thread, Wdf.WDF_INVALID_LOCK_OPERATION, target.Handle, 0,
                $"{ddi}: {target.TypeName} 0x{target.Handle:x} has no synchronization lock (its synchronization scope is None)");
        }

        return callbackLock;
    }
}
