namespace NtSim;

public static partial class Wdm
{
    // The exported remove lock routines behind wdm.h's macros (IoAcquireRemoveLock expands to
    // IoAcquireRemoveLockEx(lock, tag, __FILE__, __LINE__, sizeof(IO_REMOVE_LOCK)) ...). RemlockSize tells
    // a checked build's larger IO_REMOVE_LOCK from a free build's; NtSim has one layout and ignores it.

    /// <summary>IoInitializeRemoveLockEx: IoInitializeRemoveLock's export.</summary>
    public static void IoInitializeRemoveLockEx(IO_REMOVE_LOCK Lock, uint AllocateTag, uint MaxLockedMinutes, uint HighWatermark,
        uint RemlockSize)
    {
        var thread = DdiGate.Enter(DdiTable.IoInitializeRemoveLockEx);
        RemoveLocks.Initialize(thread.Machine, KeContext.NotNull(Lock, nameof(Lock)), AllocateTag);
    }

    /// <summary>IoAcquireRemoveLockEx: IoAcquireRemoveLock's export; STATUS_DELETE_PENDING once the device is being removed.</summary>
    public static NTSTATUS IoAcquireRemoveLockEx(IO_REMOVE_LOCK RemoveLock, object? Tag, string File, uint Line, uint RemlockSize)
    {
        var thread = RequireRemoveLock(RemoveLock, DdiTable.IoAcquireRemoveLockEx);
        return RemoveLocks.Acquire(thread.Machine, RemoveLock, Tag);
    }

    /// <summary>IoReleaseRemoveLockEx: IoReleaseRemoveLock's export.</summary>
    public static void IoReleaseRemoveLockEx(IO_REMOVE_LOCK RemoveLock, object? Tag, uint RemlockSize)
    {
        var thread = RequireRemoveLock(RemoveLock, DdiTable.IoReleaseRemoveLockEx);
        RemoveLocks.Release(thread.Machine, RemoveLock, Tag);
    }

    /// <summary>IoReleaseRemoveLockAndWaitEx: IoReleaseRemoveLockAndWait's export (PASSIVE_LEVEL).</summary>
    public static void IoReleaseRemoveLockAndWaitEx(IO_REMOVE_LOCK RemoveLock, object? Tag, uint RemlockSize)
    {
        var thread = RequireRemoveLock(RemoveLock, DdiTable.IoReleaseRemoveLockAndWaitEx);
        RemoveLocks.ReleaseAndWait(thread, RemoveLock, Tag);
    }
}
