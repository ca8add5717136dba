namespace NtSim;

public static partial class Win32
{
    /// <summary>CreateSemaphore: a semaphore with <paramref name="lInitialCount"/> of
    /// <paramref name="lMaximumCount"/>, named under <c>\BaseNamedObjects</c> or not; an existing name
    /// gives a handle to that semaphore and ERROR_ALREADY_EXISTS. Bad counts: ERROR_INVALID_PARAMETER.</summary>
    public static HANDLE CreateSemaphore(SECURITY_ATTRIBUTES? lpSemaphoreAttributes, int lInitialCount, int lMaximumCount, string? lpName)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtCreateSemaphore);
        var attributes = Win32ObjectAttributes(lpName, Wdm.OBJ_OPENIF, lpSemaphoreAttributes?.bInheritHandle ?? false);
        var status = NamedSemaphores.Create(thread, attributes, Wdm.SEMAPHORE_ALL_ACCESS, lInitialCount, lMaximumCount, Wdm.UserMode,
            nameof(CreateSemaphore), null, 0, out var handle);
        return CreatedOrOpened(thread, status, handle);
    }

    /// <summary>CreateSemaphoreW: <see cref="CreateSemaphore"/>.</summary>
    public static HANDLE CreateSemaphoreW(SECURITY_ATTRIBUTES? lpSemaphoreAttributes, int lInitialCount, int lMaximumCount, string? lpName) =>
        CreateSemaphore(lpSemaphoreAttributes, lInitialCount, lMaximumCount, lpName);

    /// <summary>OpenSemaphore: a handle with <paramref name="dwDesiredAccess"/> to the named semaphore;
    /// NULL and ERROR_FILE_NOT_FOUND when there is none.</summary>
    public static HANDLE OpenSemaphore(uint dwDesiredAccess, bool bInheritHandle, string lpName)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtOpenSemaphore);
        ArgumentNullException.ThrowIfNull(lpName);
        var status = NamedSemaphores.Open(thread, Win32ObjectAttributes(lpName, 0, bInheritHandle), dwDesiredAccess, Wdm.UserMode,
            nameof(OpenSemaphore), null, 0, out var handle);
        return CreatedOrOpened(thread, status, handle);
    }

    /// <summary>OpenSemaphoreW: <see cref="OpenSemaphore"/>.</summary>
    public static HANDLE OpenSemaphoreW(uint dwDesiredAccess, bool bInheritHandle, string lpName) => OpenSemaphore(dwDesiredAccess, bInheritHandle, lpName);

    /// <summary>ReleaseSemaphore: adds <paramref name="lReleaseCount"/> to the count, releasing as
    /// many waiters; past the maximum it fails with ERROR_TOO_MANY_POSTS and the count is unchanged.</summary>
    public static bool ReleaseSemaphore(HANDLE hSemaphore, int lReleaseCount, out int lpPreviousCount)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtReleaseSemaphore);
        var status = NamedSemaphores.Release(thread, hSemaphore, lReleaseCount, Wdm.UserMode, out lpPreviousCount);
        if (!Wdm.NT_SUCCESS(status))
        {
            return Fail(thread, status);
        }

        thread.Machine.Scheduler.SchedulingPoint(thread);
        thread.Win32State.LastError = 0;
        return true;
    }

    /// <summary>ReleaseSemaphore with lpPreviousCount NULL.</summary>
    public static bool ReleaseSemaphore(HANDLE hSemaphore, int lReleaseCount) => ReleaseSemaphore(hSemaphore, lReleaseCount, out _);

    /// <summary>The result of a kernel32 create or open of a named object: the handle, with last error
    /// ERROR_ALREADY_EXISTS when a create opened an existing object, 0 otherwise; NULL on failure.</summary>
    private static HANDLE CreatedOrOpened(KTHREAD thread, NTSTATUS status, HANDLE handle)
    {
        if (!Wdm.NT_SUCCESS(status))
        {
            Fail(thread, status);
            return HANDLE.NULL;
        }

        thread.Win32State.LastError = status == Wdm.STATUS_OBJECT_NAME_EXISTS ? Win32Error.ERROR_ALREADY_EXISTS : 0;
        return handle;
    }
}
