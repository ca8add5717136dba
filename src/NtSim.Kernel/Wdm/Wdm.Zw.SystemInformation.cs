namespace NtSim;

/// <summary>SYSTEM_INFORMATION_CLASS: what ZwQuerySystemInformation returns. Values are <c>Wdm.System*Information</c>.</summary>
public enum SYSTEM_INFORMATION_CLASS { }

public static partial class Wdm
{
    /// <summary>SYSTEM_BASIC_INFORMATION: page size, physical pages, processors and address range.</summary>
    public const SYSTEM_INFORMATION_CLASS SystemBasicInformation = 0;
    /// <summary>SYSTEM_PROCESS_INFORMATION: one entry per process, with its threads.</summary>
    public const SYSTEM_INFORMATION_CLASS SystemProcessInformation = (SYSTEM_INFORMATION_CLASS)5;
    /// <summary>RTL_PROCESS_MODULES: the loaded kernel modules (drivers), their bases and sizes.</summary>
    public const SYSTEM_INFORMATION_CLASS SystemModuleInformation = (SYSTEM_INFORMATION_CLASS)11;

    /// <summary>
    /// ZwQuerySystemInformation: SystemBasicInformation (SYSTEM_BASIC_INFORMATION, exactly 64 bytes),
    /// SystemProcessInformation (the processes and their threads, linked by NextEntryOffset) or
    /// SystemModuleInformation (RTL_PROCESS_MODULES: the kernel and the loaded drivers). A buffer too short is
    /// STATUS_INFO_LENGTH_MISMATCH with the length needed in <paramref name="ReturnLength"/>; other classes are
    /// STATUS_INVALID_INFO_CLASS. PASSIVE_LEVEL only (IrqlZwPassive).
    /// </summary>
    public static NTSTATUS ZwQuerySystemInformation(SYSTEM_INFORMATION_CLASS SystemInformationClass, PVOID SystemInformation, uint SystemInformationLength,
        out uint ReturnLength)
    {
        var thread = DdiGate.Enter(DdiTable.ZwQuerySystemInformation);
        using (PreviousModeScope.Kernel(thread))
        {
            return NtSim.SystemInformation.Query(thread, SystemInformationClass, SystemInformation, SystemInformationLength, out ReturnLength);
        }
    }
}
