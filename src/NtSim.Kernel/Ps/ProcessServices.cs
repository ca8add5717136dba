using System.Runtime.InteropServices;
using System.Text;

namespace NtSim;

/// <summary>NtOpenProcess and NtQueryInformationProcess, for the Zw DDIs.</summary>
internal static class ProcessServices
{
    /// <summary>sizeof(PROCESS_BASIC_INFORMATION) on x64.</summary>
    internal const uint BasicInformationSize = 48;

    /// <summary>sizeof(UNICODE_STRING) on x64: the header ProcessImageFileName writes before the name.</summary>
    private const uint UnicodeStringSize = 16;

    /// <summary>
    /// NtOpenProcess by client id: a handle to the process whose id is ClientId.UniqueProcess (and, if
    /// UniqueThread is given, which that thread belongs to). A name together with a client id, or neither,
    /// is STATUS_INVALID_PARAMETER_MIX; an id no live process (or thread of it) has is STATUS_INVALID_CID.
    /// </summary>
    internal static NTSTATUS OpenProcess(KTHREAD thread, out HANDLE handle, uint desiredAccess, in OBJECT_ATTRIBUTES attributes, CLIENT_ID? clientId,
        string file, int line)
    {
        handle = HANDLE.NULL;
        var named = attributes.ObjectName is { Length: > 0 };
        if (named == clientId.HasValue)
        {
            return Wdm.STATUS_INVALID_PARAMETER_MIX;
        }

        if (named)
        {
            // Processes have no names in the object namespace: opening one by name finds nothing.
            return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
        }

        var objects = thread.Machine.ObjectManager;
        var id = clientId!.Value;
        if (ClientIds.FindProcess(objects, id.UniqueProcess) is not { } process
            || (!id.UniqueThread.IsNull && !HasThread(objects, process, id.UniqueThread)))
        {
            return Wdm.STATUS_INVALID_CID;
        }

        return objects.OpenObjectByPointer(objects.HeaderOf(process), attributes.Attributes, desiredAccess, ObjectTypes.Process,
            thread.CurrentModule, file, line, out handle);
    }

    /// <summary>NtQueryInformationProcess for ProcessBasicInformation and ProcessImageFileName.</summary>
    internal static NTSTATUS QueryInformation(KTHREAD thread, HANDLE handle, PROCESSINFOCLASS informationClass, PVOID buffer, uint length,
        out uint returnLength)
    {
        returnLength = 0;
        if (informationClass != Wdm.ProcessBasicInformation && informationClass != Wdm.ProcessImageFileName)
        {
            return Wdm.STATUS_INVALID_INFO_CLASS;
        }

        if (informationClass == Wdm.ProcessBasicInformation && length != BasicInformationSize)
        {
            // The basic information is a fixed-size structure: any other length is a mismatch.
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(handle, 0, ObjectTypes.Process, thread.PreviousMode, out var header, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            var process = (EPROCESS)header!.Body;
            return informationClass == Wdm.ProcessBasicInformation
                ? WriteBasic(thread.Machine, process, buffer, out returnLength)
                : WriteImageFileName(process, buffer, length, out returnLength);
        }
        finally
        {
            objects.Dereference(header!);
        }
    }

    private static NTSTATUS WriteBasic(Machine machine, EPROCESS process, PVOID buffer, out uint returnLength)
    {
        var parent = ParentOf(machine.ObjectManager, process);
        buffer.Write(new PROCESS_BASIC_INFORMATION
        {
            // A running process's exit status is STATUS_PENDING; NtSim's processes have no PEB.
            ExitStatus = Wdm.STATUS_PENDING,
            PebBaseAddress = PVOID.NULL,
            AffinityMask = (1UL << machine.Processors.Count) - 1,
            BasePriority = 8,
            UniqueProcessId = process.UniqueProcessId.Value,
            InheritedFromUniqueProcessId = parent,
        });
        returnLength = BasicInformationSize;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>ProcessImageFileName: a UNICODE_STRING whose buffer follows it. NtSim's processes are not
    /// started from files, so the name is the image name alone (empty for the System process, as on Windows).</summary>
    private static NTSTATUS WriteImageFileName(EPROCESS process, PVOID buffer, uint length, out uint returnLength)
    {
        var name = process.UniqueProcessId.Value == EPROCESS.SystemProcessId ? "" : process.ImageFileName;
        var bytes = Encoding.Unicode.GetBytes(name);
        returnLength = UnicodeStringSize + (uint)bytes.Length + (name.Length == 0 ? 0u : sizeof(char));
        if (length < returnLength)
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        var text = name.Length == 0 ? PVOID.NULL : buffer + (long)UnicodeStringSize;
        buffer.Write((ushort)bytes.Length);
        (buffer + 2L).Write((ushort)(returnLength - UnicodeStringSize));
        (buffer + 8L).Write(text.Address);
        if (name.Length != 0)
        {
            bytes.CopyTo(text.AsSpan(bytes.Length));
            (text + (long)bytes.Length).Write((ushort)0);
        }

        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The id of the process that created <paramref name="process"/>: none for the System process;
    /// for a user process, the creator its threads record (the System process unless one created it).</summary>
    private static ulong ParentOf(ObjectManager objects, EPROCESS process)
    {
        if (process.UniqueProcessId.Value == EPROCESS.SystemProcessId)
        {
            return 0;
        }

        foreach (var header in objects.LiveObjects())
        {
            if (header.Body is KTHREAD { UserProcess: { } user } thread && thread.Process == process)
            {
                return user.ParentId.Value;
            }
        }

        return EPROCESS.SystemProcessId;
    }

    private static bool HasThread(ObjectManager objects, EPROCESS process, HANDLE threadId)
    {
        foreach (var header in objects.LiveObjects())
        {
            if (header.Body is KTHREAD thread && (ulong)thread.Id == threadId.Value && thread.Process == process)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>PROCESS_BASIC_INFORMATION (ntddk.h), as ZwQueryInformationProcess writes it on x64.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct PROCESS_BASIC_INFORMATION
{
    /// <summary>The process's exit status (STATUS_PENDING while it runs).</summary>
    public NTSTATUS ExitStatus;
    /// <summary>The address of the process's PEB.</summary>
    public PVOID PebBaseAddress;
    /// <summary>The processors the process may run on.</summary>
    public ulong AffinityMask;
    /// <summary>The process's base priority.</summary>
    public int BasePriority;
    /// <summary>The process's id.</summary>
    public ulong UniqueProcessId;
    /// <summary>The id of the process that created it.</summary>
    public ulong InheritedFromUniqueProcessId;
}
