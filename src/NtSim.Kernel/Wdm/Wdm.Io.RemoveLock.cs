namespace NtSim;

public static partial class Wdm
{
    private static readonly object s_noTag = new();

    /// <summary>IoInitializeRemoveLock: a remove lock with its count at 1. Initializing one again
    /// after IoReleaseRemoveLockAndWait bug checks 0xC4/0xD7.</summary>
    public static void IoInitializeRemoveLock(IO_REMOVE_LOCK Lock, uint AllocateTag, uint MaxLockedMinutes, uint HighWatermark)
    {
        var thread = DdiGate.Enter(DdiTable.IoInitializeRemoveLock);
        var machine = thread.Machine!;
        KeContext.NotNull(Lock, nameof(Lock));
        if (Lock.Machine == machine && Lock.Removed)
        {
            // 0xC4/0xD7: a remove lock initialized again after IoReleaseRemoveLockAndWait (P3 the lock).
            machine.RaiseBugCheck(DRIVER_VERIFIER_DETECTED_VIOLATION, 0xD7, 0, Lock.Address, 0,
                "IoInitializeRemoveLock on a remove lock that IoReleaseRemoveLockAndWait already released");
        }

        if (Lock.Machine != machine)
        {
            Lock.Machine = machine;
            Lock.Address = machine.AllocateObjectAddress(0x58);
        }

        KeInitializeEvent(Lock.RemoveEvent, NotificationEvent, false);
        lock (machine.Scheduler.Lock)
        {
            Lock.Removed = false;
            Lock.IoCount = 1;
            Lock.Tags.Clear();
            Lock.AllocateTag = AllocateTag;
        }
    }

    /// <summary>IoAcquireRemoveLock: one more I/O in flight; STATUS_DELETE_PENDING once the device is being removed.</summary>
    public static NTSTATUS IoAcquireRemoveLock(IO_REMOVE_LOCK RemoveLock, object? Tag)
    {
        var machine = RequireRemoveLock(RemoveLock, DdiTable.IoAcquireRemoveLock);
        lock (machine.Scheduler.Lock)
        {
            if (RemoveLock.Removed)
            {
                return STATUS_DELETE_PENDING;
            }

            RemoveLock.IoCount++;
            var key = Tag ?? s_noTag;
            RemoveLock.Tags[key] = RemoveLock.Tags.GetValueOrDefault(key) + 1;
            return STATUS_SUCCESS;
        }
    }

    /// <summary>IoReleaseRemoveLock: one I/O less; the last one lets IoReleaseRemoveLockAndWait return.</summary>
    public static void IoReleaseRemoveLock(IO_REMOVE_LOCK RemoveLock, object? Tag)
    {
        var machine = RequireRemoveLock(RemoveLock, DdiTable.IoReleaseRemoveLock);
        lock (machine.Scheduler.Lock)
        {
            ReleaseTag(machine, RemoveLock, Tag, 0xD5);
            Decrement(machine, RemoveLock);
        }
    }

    /// <summary>IoReleaseRemoveLockAndWait: the device is being removed: releases the caller's
    /// acquisition and waits until every other one is released (PASSIVE_LEVEL).</summary>
    public static void IoReleaseRemoveLockAndWait(IO_REMOVE_LOCK RemoveLock, object? Tag)
    {
        var thread = DdiGate.Enter(DdiTable.IoReleaseRemoveLockAndWait);
        var machine = RequireRemoveLock(RemoveLock, DdiTable.IoReleaseRemoveLockAndWait);
        lock (machine.Scheduler.Lock)
        {
            RemoveLock.Removed = true;
            ReleaseTag(machine, RemoveLock, Tag, 0xD6);
            Decrement(machine, RemoveLock);
            Decrement(machine, RemoveLock);
        }

        Waits.RequireWaitIrql(thread, RemoveLock.RemoveEvent, null);
        machine.Scheduler.Wait(thread, [RemoveLock.RemoveEvent], WaitAny, KernelMode, false, null);
    }

    private static void ReleaseTag(Machine machine, IO_REMOVE_LOCK removeLock, object? tag, ulong subcode)
    {
        var key = tag ?? s_noTag;
        if (!removeLock.Tags.TryGetValue(key, out var count))
        {
            // 0xC4/0xD5 (0xD6 for ...AndWait): the release tag matches no acquisition (P2 the lock).
            machine.RaiseBugCheck(DRIVER_VERIFIER_DETECTED_VIOLATION, subcode, removeLock.Address, 0, 0,
                $"remove lock released with a tag ({tag ?? "NULL"}) that no IoAcquireRemoveLock used");
        }

        if (count == 1)
        {
            removeLock.Tags.Remove(key);
        }
        else
        {
            removeLock.Tags[key] = count - 1;
        }
    }

    private static void Decrement(Machine machine, IO_REMOVE_LOCK removeLock)
    {
        if (--removeLock.IoCount == 0)
        {
            removeLock.RemoveEvent.SignalState = 1;
            machine.Scheduler.SignalObject(removeLock.RemoveEvent);
        }
    }

    private static Machine RequireRemoveLock(IO_REMOVE_LOCK removeLock, Ddi ddi)
    {
        var machine = DdiGate.Enter(ddi).Machine!;
        if (KeContext.NotNull(removeLock, nameof(removeLock), ddi.Name).Machine != machine)
        {
            throw new InvalidOperationException($"{ddi.Name}: the IO_REMOVE_LOCK was never initialized with IoInitializeRemoveLock.");
        }

        return machine;
    }
}
