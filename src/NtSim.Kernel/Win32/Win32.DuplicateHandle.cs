namespace NtSim;

public static partial class Win32
{
    /// <summary>DuplicateHandle: NtDuplicateObject from user mode. <paramref name="bInheritHandle"/> is
    /// OBJ_INHERIT; DUPLICATE_SAME_ACCESS and DUPLICATE_CLOSE_SOURCE as <see cref="Wdm.ZwDuplicateObject"/>.
    /// FALSE with GetLastError's code on failure (ERROR_INVALID_HANDLE, ERROR_ACCESS_DENIED ...).</summary>
    public static bool DuplicateHandle(HANDLE hSourceProcessHandle, HANDLE hSourceHandle, HANDLE hTargetProcessHandle, out HANDLE lpTargetHandle,
        uint dwDesiredAccess, bool bInheritHandle, uint dwOptions)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtDuplicateObject);
        var status = HandleDuplication.Duplicate(thread, hSourceProcessHandle, hSourceHandle, hTargetProcessHandle, dwDesiredAccess,
            bInheritHandle ? Wdm.OBJ_INHERIT : 0, dwOptions, Wdm.UserMode, null, 0, out lpTargetHandle);
        if (!Wdm.NT_SUCCESS(status))
        {
            return Fail(thread, status);
        }

        thread.Win32State.LastError = 0;
        return true;
    }
}
