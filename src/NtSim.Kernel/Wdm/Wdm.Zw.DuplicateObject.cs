using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>DUPLICATE_CLOSE_SOURCE: the source handle is closed (winnt.h).</summary>
    public const uint DUPLICATE_CLOSE_SOURCE = 0x00000001;

    /// <summary>DUPLICATE_SAME_ACCESS: the duplicate has the source's access; DesiredAccess is ignored.</summary>
    public const uint DUPLICATE_SAME_ACCESS = 0x00000002;

    /// <summary>DUPLICATE_SAME_ATTRIBUTES: the duplicate has the source's attributes; HandleAttributes is ignored.</summary>
    public const uint DUPLICATE_SAME_ATTRIBUTES = 0x00000004;

    /// <summary>
    /// ZwDuplicateObject: a handle in the target process (PROCESS_DUP_HANDLE on both process handles;
    /// NtCurrentProcess() is the caller's) to the object <paramref name="SourceHandle"/> names in the
    /// source process, with <paramref name="DesiredAccess"/> or DUPLICATE_SAME_ACCESS, OBJ_INHERIT or
    /// OBJ_KERNEL_HANDLE, and DUPLICATE_CLOSE_SOURCE to close the source. A duplicated process or thread
    /// handle goes through the OB_OPERATION_HANDLE_DUPLICATE callbacks. PASSIVE_LEVEL only.
    /// </summary>
    public static NTSTATUS ZwDuplicateObject(HANDLE SourceProcessHandle, HANDLE SourceHandle, HANDLE TargetProcessHandle, out HANDLE TargetHandle,
        uint DesiredAccess, uint HandleAttributes, uint Options, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ZwDuplicateObject);
        using (PreviousModeScope.Kernel(thread))
        {
            return HandleDuplication.Duplicate(thread, SourceProcessHandle, SourceHandle, TargetProcessHandle, DesiredAccess, HandleAttributes, Options,
                KernelMode, file, line, out TargetHandle);
        }
    }
}
