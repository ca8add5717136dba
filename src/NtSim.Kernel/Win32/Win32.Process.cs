namespace NtSim;

public static partial class Win32
{
    /// <summary>STILL_ACTIVE: GetExitCodeProcess's code for a process that has not exited.</summary>
    public const uint STILL_ACTIVE = 259;

    /// <summary>GetCurrentProcess: the pseudo-handle (HANDLE)-1, the calling process with every right.</summary>
    public static HANDLE GetCurrentProcess() => Wdm.NtCurrentProcess();

    /// <summary>
    /// OpenProcess: a handle to process <paramref name="dwProcessId"/> with <paramref name="dwDesiredAccess"/>
    /// (PROCESS_TERMINATE, PROCESS_QUERY_LIMITED_INFORMATION ...), less what the drivers' ObRegisterCallbacks
    /// routines strip. NULL with ERROR_INVALID_PARAMETER for an unknown or exited process and for the Idle
    /// process (0), ERROR_ACCESS_DENIED for the System process (4), as the OpenProcess page documents.
    /// </summary>
    public static HANDLE OpenProcess(uint dwDesiredAccess, bool bInheritHandle, uint dwProcessId)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtOpenProcess);
        if (dwProcessId == EPROCESS.SystemProcessId)
        {
            Fail(thread, Wdm.STATUS_ACCESS_DENIED);
            return HANDLE.NULL;
        }

        if (dwProcessId == 0 || UserProcess.FromId(thread.Machine, (int)dwProcessId) is not { HasExited: false } target)
        {
            Fail(thread, Wdm.STATUS_INVALID_CID);
            return HANDLE.NULL;
        }

        var objects = thread.Machine.ObjectManager;
        objects.OpenObjectByPointer(objects.HeaderOf(target.Process), bInheritHandle ? Wdm.OBJ_INHERIT : 0, dwDesiredAccess, ObjectTypes.Process,
            thread.Module, null, 0, out var handle);
        thread.Win32State.LastError = 0;
        return handle;
    }

    /// <summary>
    /// TerminateProcess: ends the process with <paramref name="uExitCode"/>. The handle must have been granted
    /// PROCESS_TERMINATE (ERROR_ACCESS_DENIED otherwise, as when a driver stripped it); a process already
    /// exiting is ERROR_ACCESS_DENIED too (STATUS_PROCESS_IS_TERMINATING). Terminating the calling process
    /// does not return.
    /// </summary>
    public static bool TerminateProcess(HANDLE hProcess, uint uExitCode)
    {
        var thread = Current(out var caller);
        using var kernel = DdiGate.Service(thread, DdiTable.NtTerminateProcess);
        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(hProcess, Wdm.PROCESS_TERMINATE, ObjectTypes.Process, Wdm.UserMode, out var header, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return Fail(thread, status);
        }

        var target = UserProcess.Of(thread.Machine, (EPROCESS)header!.Body);
        objects.Dereference(header);
        if (target is null || !target.Terminate((int)uExitCode))
        {
            // The System process cannot be terminated; a process on its way out is STATUS_PROCESS_IS_TERMINATING.
            return Fail(thread, Wdm.STATUS_ACCESS_DENIED);
        }

        if (target == caller)
        {
            throw new ThreadTerminatedException((NTSTATUS)(int)uExitCode);
        }

        thread.Win32State.LastError = 0;
        return true;
    }

    /// <summary>GetExitCodeProcess: STILL_ACTIVE while the process runs, then its exit code. The handle needs
    /// PROCESS_QUERY_INFORMATION or PROCESS_QUERY_LIMITED_INFORMATION (ERROR_ACCESS_DENIED otherwise).</summary>
    public static bool GetExitCodeProcess(HANDLE hProcess, out uint lpExitCode)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtQueryInformationProcess);
        var exitCode = 0u;
        var done = WithProcess(thread, hProcess, Wdm.PROCESS_QUERY_INFORMATION | Wdm.PROCESS_QUERY_LIMITED_INFORMATION, process =>
            exitCode = UserProcess.Of(thread.Machine, process) is { HasExited: true } target ? (uint)target.ExitCode : STILL_ACTIVE);
        lpExitCode = exitCode;
        return done;
    }
}
