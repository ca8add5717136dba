namespace NtSim;

/// <summary>Mutant objects in the object namespace (NtCreateMutant, NtOpenMutant, NtReleaseMutant):
/// a KMUTEX body marked as a mutant under a Mutant object header.</summary>
internal static class NamedMutants
{
    /// <summary>NtCreateMutant: with <paramref name="initialOwner"/> the calling thread owns the new
    /// mutant; an existing one opened through OBJ_OPENIF is not acquired.</summary>
    internal static NTSTATUS Create(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, uint desiredAccess, bool initialOwner,
        KPROCESSOR_MODE mode, string ddi, string? file, int line, out HANDLE handle)
    {
        var machine = thread.Machine;
        var mutant = new KMUTEX();
        Mutexes.Initialize(machine, mutant);
        mutant.IsMutant = true;
        if (initialOwner)
        {
            lock (machine.Scheduler.Lock)
            {
                mutant.Satisfy(thread, Wdm.STATUS_SUCCESS);
            }
        }

        var status = NamedObjects.Create(thread, attributes, desiredAccess, ObjectTypes.Mutant, mutant, mutant.Address, mode, ddi, file, line,
            out handle, out var result);
        if (initialOwner && result != mutant)
        {
            // The new mutant was not kept (the name existed, or the insert failed): the thread does not own it.
            lock (machine.Scheduler.Lock)
            {
                thread.OwnedMutexes.Remove(mutant);
            }
        }

        return status;
    }

    /// <summary>NtOpenMutant: a handle to an existing mutant.</summary>
    internal static NTSTATUS Open(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, uint desiredAccess, KPROCESSOR_MODE mode, string ddi,
        string? file, int line, out HANDLE handle) =>
        NamedObjects.Open(thread, attributes, ObjectTypes.Mutant, desiredAccess, mode, ddi, file, line, out handle);

    /// <summary>NtReleaseMutant: one level of the caller's ownership; STATUS_MUTANT_NOT_OWNED when the
    /// caller does not own it. Needs no access right beyond an open handle (MUTANT_QUERY_STATE is
    /// the only specific right).</summary>
    internal static NTSTATUS Release(KTHREAD thread, HANDLE handle, KPROCESSOR_MODE mode, out int previousCount)
    {
        try
        {
            return NamedObjects.WithObject<KMUTEX>(thread, handle, ObjectTypes.Mutant, 0, mode, mutant => Mutexes.Release(thread, mutant), out previousCount);
        }
        catch (NtStatusException e) when (e.Status == Wdm.STATUS_MUTANT_NOT_OWNED)
        {
            previousCount = 0;
            return e.Status;
        }
    }
}
