using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>ObReferenceObjectByName (ntifs): the object a name names, with one more reference
    /// (release it with ObDereferenceObject); STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND
    /// or STATUS_OBJECT_TYPE_MISMATCH otherwise. AccessState is not modelled (pass NULL); the
    /// ParseContext goes to a parse procedure on the way. PASSIVE_LEVEL.</summary>
    public static NTSTATUS ObReferenceObjectByName(in UNICODE_STRING ObjectName, uint Attributes, object? AccessState, uint DesiredAccess,
        OBJECT_TYPE? ObjectType, KPROCESSOR_MODE AccessMode, object? ParseContext, out object? Object)
    {
        var thread = DdiGate.Enter(DdiTable.ObReferenceObjectByName);
        RequireAccessMode(AccessMode, nameof(ObReferenceObjectByName));
        RequireWellFormed(thread, ObjectName, nameof(ObReferenceObjectByName), nameof(ObjectName));
        Object = null;
        if (ObjectName.Length == 0)
        {
            // ObReferenceObjectByName refuses an empty name.
            return STATUS_OBJECT_NAME_INVALID;
        }

        var name = new CapturedName(null, ObjectName.ToString(), Attributes);
        var status = thread.Machine.ObjectManager.OpenObjectByName(name, ObjectType, DesiredAccess, AccessMode, ParseContext, out var header);
        Object = header?.Body;
        return status;
    }

    /// <summary>ObOpenObjectByName (ntifs): a handle to the object <paramref name="ObjectAttributes"/>
    /// name, of <paramref name="ObjectType"/> if one is given; the handle is a kernel handle when the
    /// attributes say OBJ_KERNEL_HANDLE and <paramref name="AccessMode"/> is KernelMode. The statuses of
    /// ObReferenceObjectByName otherwise. AccessState is not modelled (pass NULL). PASSIVE_LEVEL.</summary>
    public static NTSTATUS ObOpenObjectByName(in OBJECT_ATTRIBUTES ObjectAttributes, OBJECT_TYPE? ObjectType, KPROCESSOR_MODE AccessMode,
        object? AccessState, uint DesiredAccess, object? ParseContext, out HANDLE Handle,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ObOpenObjectByName);
        RequireAccessMode(AccessMode, nameof(ObOpenObjectByName));
        return thread.Machine.ObjectManager.OpenObjectByName(ObjectAttributes, ObjectType, DesiredAccess, AccessMode, ParseContext,
            thread.CurrentModule, file, line, nameof(ObOpenObjectByName), out Handle);
    }

    /// <summary>ObCloseHandle: closes a handle opened in <paramref name="PreviousMode"/>, as ZwClose
    /// (KernelMode: a bad kernel handle bug checks INVALID_KERNEL_HANDLE 0x93) or NtClose (UserMode: the
    /// status comes back) would. PASSIVE_LEVEL.</summary>
    public static NTSTATUS ObCloseHandle(HANDLE Handle, KPROCESSOR_MODE PreviousMode)
    {
        var thread = DdiGate.Enter(DdiTable.ObCloseHandle);
        RequireAccessMode(PreviousMode, nameof(ObCloseHandle));
        var status = thread.Machine.ObjectManager.CloseHandle(Handle, PreviousMode);
        DdiGate.Leave(thread, DdiTable.ObCloseHandle);
        return status;
    }
}
