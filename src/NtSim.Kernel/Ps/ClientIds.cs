namespace NtSim;

/// <summary>
/// The client id table's lookups (PsLookupThreadByThreadId, PsLookupProcessByProcessId): a thread
/// or process id names the object while the object lives, as a CID table entry does until the
/// object is deleted. The object comes back referenced; the caller dereferences it.
/// </summary>
internal static class ClientIds
{
    /// <summary>The thread with id <paramref name="threadId"/>, referenced; STATUS_INVALID_PARAMETER
    /// when there is none (the idle threads, id 0, are in no table).</summary>
    internal static NTSTATUS LookupThread(Machine machine, HANDLE threadId, out KTHREAD? thread)
    {
        thread = null;
        var scheduler = machine.Scheduler;
        KTHREAD? found = null;
        lock (scheduler.Lock)
        {
            foreach (var t in scheduler.Threads)
            {
                if (t.Kind != ThreadKind.Idle && (ulong)t.Id == threadId.Value)
                {
                    found = t;
                    break;
                }
            }
        }

        var header = found is null ? null : ((IObjectBody)found).ObjectHeader;
        if (found is null || header is { Deleted: true } || (header is null && found.State == ThreadState.Terminated))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var objects = machine.ObjectManager;
        objects.Reference(objects.AdoptThread(found));
        thread = found;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The process with id <paramref name="processId"/> (the System process is 4),
    /// referenced; STATUS_INVALID_PARAMETER when there is none.</summary>
    internal static NTSTATUS LookupProcess(Machine machine, HANDLE processId, out EPROCESS? process)
    {
        process = null;
        var objects = machine.ObjectManager;
        if (FindProcess(objects, processId) is not { } found || objects.HeaderOf(found).Deleted)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        objects.Reference(objects.HeaderOf(found));
        process = found;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The live process object with id <paramref name="processId"/>, not referenced, or null.</summary>
    internal static EPROCESS? FindProcess(ObjectManager objects, HANDLE processId)
    {
        foreach (var header in objects.LiveObjects())
        {
            if (header.Body is EPROCESS candidate && candidate.UniqueProcessId == processId)
            {
                return candidate;
            }
        }

        return null;
    }
}
