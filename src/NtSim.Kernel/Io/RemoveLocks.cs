namespace NtSim;

/// <summary>
/// IO_REMOVE_LOCK's work (IoInitializeRemoveLock, IoAcquireRemoveLock, IoReleaseRemoveLock,
/// IoReleaseRemoveLockAndWait), as ReactOS keeps remlock.c in the I/O manager: a count that starts
/// at 1, an event signaled when it reaches 0, and, under I/O verification, the tags each
/// acquisition used (0xC4/0xD5-0xD7).
/// </summary>
internal static class RemoveLocks
{
    private static readonly object s_noTag = new();

    internal static void Initialize(Machine machine, IO_REMOVE_LOCK removeLock, uint allocateTag)
    {
        if (removeLock.Machine == machine && removeLock.Removed)
        {
            // Without the check the lock is simply reused (a free build does not know it was removed).
            machine.Verifier.Violation(VerifierRules.RemoveLockInitializedAgain, 0, removeLock.Address, 0,
                "IoInitializeRemoveLock on a remove lock that IoReleaseRemoveLockAndWait already released");
        }

        if (removeLock.Machine != machine)
        {
            removeLock.Machine = machine;
            removeLock.Address = machine.AllocateObjectAddress(0x58);
        }

        lock (machine.Scheduler.Lock)
        {
            Events.InitializeLocked(machine, removeLock.RemoveEvent, Wdm.NotificationEvent, false);
            removeLock.Removed = false;
            removeLock.IoCount = 1;
            removeLock.Tags.Clear();
            removeLock.AllocateTag = allocateTag;
        }
    }

    /// <summary>STATUS_DELETE_PENDING once the lock is being removed; else one more holder.</summary>
    internal static NTSTATUS Acquire(Machine machine, IO_REMOVE_LOCK removeLock, object? tag)
    {
        lock (machine.Scheduler.Lock)
        {
            if (removeLock.Removed)
            {
                return Wdm.STATUS_DELETE_PENDING;
            }

            removeLock.IoCount++;
            var key = tag ?? s_noTag;
            removeLock.Tags[key] = removeLock.Tags.GetValueOrDefault(key) + 1;
            return Wdm.STATUS_SUCCESS;
        }
    }

    internal static void Release(Machine machine, IO_REMOVE_LOCK removeLock, object? tag)
    {
        lock (machine.Scheduler.Lock)
        {
            ReleaseTag(machine, removeLock, tag, VerifierRules.RemoveLockReleaseTagMismatch);
            Decrement(machine, removeLock);
        }
    }

    /// <summary>Marks the lock removed, drops the caller's hold and the initial one, and waits until
    /// every other holder has released it.</summary>
    internal static void ReleaseAndWait(KTHREAD thread, IO_REMOVE_LOCK removeLock, object? tag)
    {
        var machine = thread.Machine;
        lock (machine.Scheduler.Lock)
        {
            removeLock.Removed = true;
            ReleaseTag(machine, removeLock, tag, VerifierRules.RemoveLockReleaseAndWaitTagMismatch);
            Decrement(machine, removeLock);
            Decrement(machine, removeLock);
        }

        Waits.RequireWaitIrql(thread, removeLock.RemoveEvent, null);
        machine.Scheduler.Wait(thread, [removeLock.RemoveEvent], Wdm.WaitAny, Wdm.KernelMode, false, null, Wdm.Executive);
    }

    private static void ReleaseTag(Machine machine, IO_REMOVE_LOCK removeLock, object? tag, VerifierRule rule)
    {
        var key = tag ?? s_noTag;
        if (!removeLock.Tags.TryGetValue(key, out var count))
        {
            // A free build keeps no tags: the release only drops the count.
            machine.Verifier.Violation(rule, removeLock.Address, 0, 0,
                $"remove lock released with a tag ({tag ?? "NULL"}) that no IoAcquireRemoveLock used");
            return;
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
            Events.SetLocked(machine, removeLock.RemoveEvent);
        }
    }
}
