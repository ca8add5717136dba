namespace NtSim;

public static partial class Win32
{
    /// <summary>MUTEX_ALL_ACCESS (winnt.h): STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | MUTANT_QUERY_STATE.</summary>
    public const uint MUTEX_ALL_ACCESS = 0x001F0001;

    /// <summary>MUTEX_MODIFY_STATE (winnt.h), which is MUTANT_QUERY_STATE.</summary>
    public const uint MUTEX_MODIFY_STATE = 0x0001;

    /// <summary>CreateMutex: a mutex, owned by the caller when <paramref name="bInitialOwner"/> is set,
    /// named under <c>\BaseNamedObjects</c> or not. An existing name gives a handle to that mutex
    /// (bInitialOwner ignored) and ERROR_ALREADY_EXISTS. A thread that ends owning a mutex abandons
    /// it: the next wait returns WAIT_ABANDONED.</summary>
    public static HANDLE CreateMutex(SECURITY_ATTRIBUTES? lpMutexAttributes, bool bInitialOwner, string? lpName)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtCreateMutant);
        var attributes = Win32ObjectAttributes(lpName, Wdm.OBJ_OPENIF, lpMutexAttributes?.bInheritHandle ?? false);
        var status = NamedMutants.Create(thread, attributes, MUTEX_ALL_ACCESS, bInitialOwner, Wdm.UserMode, nameof(CreateMutex), null, 0, out var handle);
        return CreatedOrOpened(thread, status, handle);
    }

    /// <summary>CreateMutexW: <see cref="CreateMutex"/>.</summary>
    public static HANDLE CreateMutexW(SECURITY_ATTRIBUTES? lpMutexAttributes, bool bInitialOwner, string? lpName) =>
        CreateMutex(lpMutexAttributes, bInitialOwner, lpName);

    /// <summary>OpenMutex: a handle with <paramref name="dwDesiredAccess"/> to the named mutex; NULL and
    /// ERROR_FILE_NOT_FOUND when there is none.</summary>
    public static HANDLE OpenMutex(uint dwDesiredAccess, bool bInheritHandle, string lpName)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtOpenMutant);
        ArgumentNullException.ThrowIfNull(lpName);
        var status = NamedMutants.Open(thread, Win32ObjectAttributes(lpName, 0, bInheritHandle), dwDesiredAccess, Wdm.UserMode,
            nameof(OpenMutex), null, 0, out var handle);
        return CreatedOrOpened(thread, status, handle);
    }

    /// <summary>OpenMutexW: <see cref="OpenMutex"/>.</summary>
    public static HANDLE OpenMutexW(uint dwDesiredAccess, bool bInheritHandle, string lpName) => OpenMutex(dwDesiredAccess, bInheritHandle, lpName);

    /// <summary>ReleaseMutex: gives up one level of the caller's ownership; ERROR_NOT_OWNER when the
    /// caller does not own the mutex.</summary>
    public static bool ReleaseMutex(HANDLE hMutex)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtReleaseMutant);
        var status = NamedMutants.Release(thread, hMutex, Wdm.UserMode, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return Fail(thread, status);
        }

        thread.Machine.Scheduler.SchedulingPoint(thread);
        thread.Win32State.LastError = 0;
        return true;
    }
}
