namespace NtSim;

/// <summary>Semaphore objects in the object namespace (NtCreateSemaphore, NtOpenSemaphore,
/// NtReleaseSemaphore): a KSEMAPHORE body under a Semaphore object header.</summary>
internal static class NamedSemaphores
{
    /// <summary>NtCreateSemaphore: STATUS_INVALID_PARAMETER unless 0 &lt; maximum and 0 &lt;= initial &lt;= maximum.</summary>
    internal static NTSTATUS Create(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, uint desiredAccess, int initialCount, int maximumCount,
        KPROCESSOR_MODE mode, string ddi, string? file, int line, out HANDLE handle)
    {
        handle = HANDLE.NULL;
        if (maximumCount <= 0 || initialCount < 0 || initialCount > maximumCount)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var semaphore = new KSEMAPHORE();
        Semaphores.Initialize(thread.Machine, semaphore, initialCount, maximumCount);
        return NamedObjects.Create(thread, attributes, desiredAccess, ObjectTypes.Semaphore, semaphore, semaphore.Address, mode, ddi, file, line,
            out handle, out _);
    }

    /// <summary>NtOpenSemaphore: a handle to an existing semaphore.</summary>
    internal static NTSTATUS Open(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, uint desiredAccess, KPROCESSOR_MODE mode, string ddi,
        string? file, int line, out HANDLE handle) =>
        NamedObjects.Open(thread, attributes, ObjectTypes.Semaphore, desiredAccess, mode, ddi, file, line, out handle);

    /// <summary>NtReleaseSemaphore: adds <paramref name="releaseCount"/> (which must be positive:
    /// STATUS_INVALID_PARAMETER) to the count; past the maximum, STATUS_SEMAPHORE_LIMIT_EXCEEDED and
    /// the count is unchanged. SEMAPHORE_MODIFY_STATE is needed on the handle.</summary>
    internal static NTSTATUS Release(KTHREAD thread, HANDLE handle, int releaseCount, KPROCESSOR_MODE mode, out int previousCount)
    {
        previousCount = 0;
        if (releaseCount <= 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var machine = thread.Machine;
        try
        {
            return NamedObjects.WithObject<KSEMAPHORE>(thread, handle, ObjectTypes.Semaphore, Wdm.SEMAPHORE_MODIFY_STATE, mode,
                semaphore => Semaphores.Release(machine, semaphore, releaseCount), out previousCount);
        }
        catch (NtStatusException e) when (e.Status == Wdm.STATUS_SEMAPHORE_LIMIT_EXCEEDED)
        {
            // KeReleaseSemaphore raises it; the system service returns it.
            return e.Status;
        }
    }
}
