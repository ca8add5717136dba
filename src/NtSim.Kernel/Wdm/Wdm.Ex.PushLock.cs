namespace NtSim;

public static partial class Wdm
{
    /// <summary>EX_DEFAULT_PUSH_LOCK_FLAGS (wdm.h): the Flags the macro forms pass.</summary>
    public const uint EX_DEFAULT_PUSH_LOCK_FLAGS = 0;

    /// <summary>ExInitializePushLock: an unowned push lock.</summary>
    public static void ExInitializePushLock(EX_PUSH_LOCK PushLock) =>
        PushLocks.Initialize(DdiGate.Enter(DdiTable.ExInitializePushLock), KeContext.NotNull(PushLock, nameof(PushLock)));

    /// <summary>ExAcquirePushLockExclusiveEx: exclusive access, waiting while any thread holds the lock.
    /// The caller is in a critical region (KeEnterCriticalRegion).</summary>
    public static void ExAcquirePushLockExclusiveEx(EX_PUSH_LOCK PushLock, uint Flags)
    {
        var thread = DdiGate.Enter(DdiTable.ExAcquirePushLockExclusiveEx);
        PushLocks.Acquire(thread, KeContext.NotNull(PushLock, nameof(PushLock)), exclusive: true, nameof(ExAcquirePushLockExclusiveEx));
        DdiGate.Leave(thread, DdiTable.ExAcquirePushLockExclusiveEx);
    }

    /// <summary>ExAcquirePushLockSharedEx: shared access beside other readers, waiting behind an
    /// exclusive holder or waiter.</summary>
    public static void ExAcquirePushLockSharedEx(EX_PUSH_LOCK PushLock, uint Flags)
    {
        var thread = DdiGate.Enter(DdiTable.ExAcquirePushLockSharedEx);
        PushLocks.Acquire(thread, KeContext.NotNull(PushLock, nameof(PushLock)), exclusive: false, nameof(ExAcquirePushLockSharedEx));
        DdiGate.Leave(thread, DdiTable.ExAcquirePushLockSharedEx);
    }

    /// <summary>ExTryAcquirePushLockExclusiveEx: TRUE with exclusive access if it is free now, else FALSE.</summary>
    public static bool ExTryAcquirePushLockExclusiveEx(EX_PUSH_LOCK PushLock, uint Flags) =>
        PushLocks.TryAcquire(DdiGate.Enter(DdiTable.ExTryAcquirePushLockExclusiveEx), KeContext.NotNull(PushLock, nameof(PushLock)), exclusive: true, nameof(ExTryAcquirePushLockExclusiveEx));

    /// <summary>ExTryAcquirePushLockSharedEx: TRUE with shared access if it can be granted now, else FALSE.</summary>
    public static bool ExTryAcquirePushLockSharedEx(EX_PUSH_LOCK PushLock, uint Flags) =>
        PushLocks.TryAcquire(DdiGate.Enter(DdiTable.ExTryAcquirePushLockSharedEx), KeContext.NotNull(PushLock, nameof(PushLock)), exclusive: false, nameof(ExTryAcquirePushLockSharedEx));

    /// <summary>ExReleasePushLockExclusiveEx: ends the caller's exclusive access; waiters check again.</summary>
    public static void ExReleasePushLockExclusiveEx(EX_PUSH_LOCK PushLock, uint Flags)
    {
        var thread = DdiGate.Enter(DdiTable.ExReleasePushLockExclusiveEx);
        PushLocks.Release(thread, KeContext.NotNull(PushLock, nameof(PushLock)), exclusive: true, nameof(ExReleasePushLockExclusiveEx));
        DdiGate.Leave(thread, DdiTable.ExReleasePushLockExclusiveEx);
    }

    /// <summary>ExReleasePushLockSharedEx: ends one shared hold of the caller's.</summary>
    public static void ExReleasePushLockSharedEx(EX_PUSH_LOCK PushLock, uint Flags)
    {
        var thread = DdiGate.Enter(DdiTable.ExReleasePushLockSharedEx);
        PushLocks.Release(thread, KeContext.NotNull(PushLock, nameof(PushLock)), exclusive: false, nameof(ExReleasePushLockSharedEx));
        DdiGate.Leave(thread, DdiTable.ExReleasePushLockSharedEx);
    }

    /// <summary>ExAcquirePushLockExclusive (macro): ExAcquirePushLockExclusiveEx with the default flags.</summary>
    public static void ExAcquirePushLockExclusive(EX_PUSH_LOCK Lock) => ExAcquirePushLockExclusiveEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS);

    /// <summary>ExAcquirePushLockShared (macro): ExAcquirePushLockSharedEx with the default flags.</summary>
    public static void ExAcquirePushLockShared(EX_PUSH_LOCK Lock) => ExAcquirePushLockSharedEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS);

    /// <summary>ExTryAcquirePushLockExclusive (macro).</summary>
    public static bool ExTryAcquirePushLockExclusive(EX_PUSH_LOCK Lock) => ExTryAcquirePushLockExclusiveEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS);

    /// <summary>ExTryAcquirePushLockShared (macro).</summary>
    public static bool ExTryAcquirePushLockShared(EX_PUSH_LOCK Lock) => ExTryAcquirePushLockSharedEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS);

    /// <summary>ExReleasePushLockExclusive (macro).</summary>
    public static void ExReleasePushLockExclusive(EX_PUSH_LOCK Lock) => ExReleasePushLockExclusiveEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS);

    /// <summary>ExReleasePushLockShared (macro).</summary>
    public static void ExReleasePushLockShared(EX_PUSH_LOCK Lock) => ExReleasePushLockSharedEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS);
}
