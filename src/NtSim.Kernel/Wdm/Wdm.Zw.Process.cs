using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>PROCESSINFOCLASS (ntddk.h): what ZwQueryInformationProcess returns. Values are <c>Wdm.Process*</c>.</summary>
public enum PROCESSINFOCLASS { }

public static partial class Wdm
{
    /// <summary>PROCESS_BASIC_INFORMATION: the exit status, PEB address, affinity, priority and ids.</summary>
    public const PROCESSINFOCLASS ProcessBasicInformation = 0;
    /// <summary>The process's image file name, as a UNICODE_STRING in NT path form.</summary>
    public const PROCESSINFOCLASS ProcessImageFileName = (PROCESSINFOCLASS)27;

    /// <summary>
    /// ZwOpenProcess: a handle to the process <paramref name="ClientId"/> names (UniqueProcess, and
    /// UniqueThread if set: a thread of that process), with the attributes of <paramref name="ObjectAttributes"/>
    /// (OBJ_KERNEL_HANDLE), whose ObjectName must be NULL. A name with a client id, or neither, is
    /// STATUS_INVALID_PARAMETER_MIX; an unknown id STATUS_INVALID_CID. PASSIVE_LEVEL only (IrqlZwPassive).
    /// </summary>
    public static NTSTATUS ZwOpenProcess(out HANDLE ProcessHandle, uint DesiredAccess, OBJECT_ATTRIBUTES ObjectAttributes, CLIENT_ID? ClientId,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ZwOpenProcess);
        using (PreviousModeScope.Kernel(thread))
        {
            return ProcessServices.OpenProcess(thread, out ProcessHandle, DesiredAccess, ObjectAttributes, ClientId, file, line);
        }
    }

    /// <summary>
    /// ZwQueryInformationProcess: ProcessBasicInformation (a PROCESS_BASIC_INFORMATION, exactly its size or
    /// STATUS_INFO_LENGTH_MISMATCH) or ProcessImageFileName (a UNICODE_STRING and its text: STATUS_INFO_LENGTH_MISMATCH
    /// with the length needed in <paramref name="ReturnLength"/> when the buffer is short). Other classes are
    /// STATUS_INVALID_INFO_CLASS. NtCurrentProcess() is the caller's process. PASSIVE_LEVEL only (IrqlZwPassive).
    /// </summary>
    public static NTSTATUS ZwQueryInformationProcess(HANDLE ProcessHandle, PROCESSINFOCLASS ProcessInformationClass, PVOID ProcessInformation,
        uint ProcessInformationLength, out uint ReturnLength)
    {
        var thread = DdiGate.Enter(DdiTable.ZwQueryInformationProcess);
        using (PreviousModeScope.Kernel(thread))
        {
            return ProcessServices.QueryInformation(thread, ProcessHandle, ProcessInformationClass, ProcessInformation, ProcessInformationLength,
                out ReturnLength);
        }
    }
}
