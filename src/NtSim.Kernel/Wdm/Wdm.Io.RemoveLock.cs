namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoInitializeRemoveLock: a remove lock with its count at 1. Initializing one again
    /// after IoReleaseRemoveLockAndWait bug checks 0xC4/0xD7.</summary>
    public static void IoInitializeRemoveLock(IO_REMOVE_LOCK Lock, uint AllocateTag, uint MaxLockedMinutes, uint HighWatermark)
    {
        var thread = DdiGate.Enter(DdiTable.IoInitializeRemoveLock);
        RemoveLocks.Initialize(thread.Machine, KeContext.NotNull(Lock, nameof(Lock)), AllocateTag);
    }

    /// <summary>IoAcquireRemoveLock: one more I/O in flight; STATUS_DELETE_PENDING once the device is being removed.</summary>
    public static NTSTATUS IoAcquireRemoveLock(IO_REMOVE_LOCK RemoveLock, object? Tag)
    {
        var thread = RequireRemoveLock(RemoveLock, DdiTable.IoAcquireRemoveLock);
        return RemoveLocks.Acquire(thread.Machine, RemoveLock, Tag);
    }

    /// <summary>IoReleaseRemoveLock: one I/O less; the last one lets IoReleaseRemoveLockAndWait return.</summary>
    public static void IoReleaseRemoveLock(IO_REMOVE_LOCK RemoveLock, object? Tag)
    {
        var thread = RequireRemoveLock(RemoveLock, DdiTable.IoReleaseRemoveLock);
        RemoveLocks.Release(thread.Machine, RemoveLock, Tag);
    }

    /// <summary>IoReleaseRemoveLockAndWait: the device is being removed: releases the caller's
    /// acquisition and waits until every other one is released (PASSIVE_LEVEL).</summary>
    public static void IoReleaseRemoveLockAndWait(IO_REMOVE_LOCK RemoveLock, object? Tag)
    {
        var thread = RequireRemoveLock(RemoveLock, DdiTable.IoReleaseRemoveLockAndWait);
        RemoveLocks.ReleaseAndWait(thread, RemoveLock, Tag);
    }

    private static KTHREAD RequireRemoveLock(IO_REMOVE_LOCK removeLock, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        Uninitialized.Require(KeContext.NotNull(removeLock, nameof(removeLock), ddi.Name).Machine == thread.Machine,
            "IO_REMOVE_LOCK", nameof(IoInitializeRemoveLock), ddi.Name);

        return thread;
    }
}
