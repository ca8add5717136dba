namespace NtSim;

/// <summary>
/// Which callback lock a timer, DPC or work item joins when its config asks for AutomaticSerialization
/// (FxObject::_GetEffectiveLock): the lock of the nearest queue or device at or above its parent.
/// A parent whose scope is None (or inherits nothing) serializes nothing; a parent whose callbacks run
/// at another level than the object's fails with STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL
/// (wdftimer/nf-wdftimer-wdftimercreate, wdfdpc/nf-wdfdpc-wdfdpccreate, kmdf.md §2).
/// </summary>
internal static class FxAutomaticSerialization
{
    /// <summary>Resolves the lock; <paramref name="passiveCallbacks"/> is the object's own level
    /// (a work item or passive timer: TRUE; a DPC or dispatch timer: FALSE).</summary>
    internal static NTSTATUS Resolve(FxObject parent, bool automaticSerialization, bool passiveCallbacks, string what, out FxCallbackLock? callbackLock)
    {
        callbackLock = null;
        if (!automaticSerialization)
        {
            return Wdm.STATUS_SUCCESS;
        }

        if (NearestWithCallbacks(parent) is not { } found)
        {
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        if (found.Lock is not { } effective)
        {
            // Scope None: nothing to serialize with.
            return Wdm.STATUS_SUCCESS;
        }

        if (effective.IsPassive != passiveCallbacks)
        {
            var level = effective.IsPassive ? "passive" : "dispatch";
            FxVerifierBreak.Report(KTHREAD.Current!, parent.Globals,
                $"{parent.TypeName} 0x{parent.Handle:x} cannot automatically synchronize callbacks with a {what}: its callbacks run at {level} level. Set AutomaticSerialization to FALSE.");
            return Wdf.STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL;
        }

        callbackLock = effective;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The nearest queue or device at or above <paramref name="parent"/> with its callback
    /// lock (null lock: scope None); null when there is no device ancestor.</summary>
    private static (FxObject Owner, FxCallbackLock? Lock)? NearestWithCallbacks(FxObject parent)
    {
        for (var o = parent; o is not null; o = o.Parent)
        {
            switch (o)
            {
                case FxIoQueue queue:
                    return (queue, queue.CallbackLock);
                case FxDevice device:
                    return (device, device.CallbackLock);
            }
        }

        return null;
    }
}
