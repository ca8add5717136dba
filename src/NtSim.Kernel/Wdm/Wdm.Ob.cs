using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    // The exported object types (wdm.h: extern POBJECT_TYPE *PsThreadType...). C passes *PsThreadType;
    // here the OBJECT_TYPE itself is passed: PsThreadType.
    /// <summary>The thread object type (*PsThreadType), for ObReferenceObjectByHandle.</summary>
    public static OBJECT_TYPE PsThreadType => ObjectTypes.Thread;
    /// <summary>The process object type (*PsProcessType).</summary>
    public static OBJECT_TYPE PsProcessType => ObjectTypes.Process;
    /// <summary>The file object type (*IoFileObjectType).</summary>
    public static OBJECT_TYPE IoFileObjectType => ObjectTypes.File;
    /// <summary>The device object type (*IoDeviceObjectType).</summary>
    public static OBJECT_TYPE IoDeviceObjectType => ObjectTypes.Device;
    /// <summary>The driver object type (*IoDriverObjectType).</summary>
    public static OBJECT_TYPE IoDriverObjectType => ObjectTypes.Driver;
    /// <summary>The event object type (*ExEventObjectType).</summary>
    public static OBJECT_TYPE ExEventObjectType => ObjectTypes.Event;
    /// <summary>The semaphore object type (*ExSemaphoreObjectType).</summary>
    public static OBJECT_TYPE ExSemaphoreObjectType => ObjectTypes.Semaphore;
    /// <summary>The registry key object type (*CmKeyObjectType).</summary>
    public static OBJECT_TYPE CmKeyObjectType => ObjectTypes.Key;
    /// <summary>The access token object type (*SeTokenObjectType).</summary>
    public static OBJECT_TYPE SeTokenObjectType => ObjectTypes.Token;

    /// <summary>InitializeObjectAttributes: fills an OBJECT_ATTRIBUTES (Length = sizeof(OBJECT_ATTRIBUTES)).</summary>
    public static void InitializeObjectAttributes(out OBJECT_ATTRIBUTES p, UNICODE_STRING? n, uint a, HANDLE r, object? s)
    {
        p = new OBJECT_ATTRIBUTES
        {
            Length = OBJECT_ATTRIBUTES.Size,
            RootDirectory = r,
            ObjectName = n,
            Attributes = a,
            SecurityDescriptor = s,
        };
    }

    /// <summary>ObReferenceObjectByHandle: the object a handle names, with one more reference
    /// (release it with ObDereferenceObject). Returns STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH
    /// or, for UserMode, STATUS_ACCESS_DENIED; KernelMode skips the access check. PASSIVE_LEVEL only
    /// (rule IrqlObPassive, 0xC4/0x2001B).</summary>
    public static NTSTATUS ObReferenceObjectByHandle(HANDLE Handle, uint DesiredAccess, OBJECT_TYPE? ObjectType, KPROCESSOR_MODE AccessMode,
        out object? Object, out OBJECT_HANDLE_INFORMATION HandleInformation)
    {
        var thread = DdiGate.Enter(DdiTable.ObReferenceObjectByHandle);
        RequireAccessMode(AccessMode, nameof(ObReferenceObjectByHandle));
        var status = thread.Machine.ObjectManager.ReferenceByHandle(Handle, DesiredAccess, ObjectType, AccessMode, out var header, out HandleInformation);
        Object = header?.Body;
        return status;
    }

    /// <summary>ObReferenceObjectByHandle with HandleInformation NULL (what drivers pass).</summary>
    public static NTSTATUS ObReferenceObjectByHandle(HANDLE Handle, uint DesiredAccess, OBJECT_TYPE? ObjectType, KPROCESSOR_MODE AccessMode,
        out object? Object) =>
        ObReferenceObjectByHandle(Handle, DesiredAccess, ObjectType, AccessMode, out Object, out _);

    /// <summary>ObReferenceObjectByPointer: one more reference to an object the caller already holds,
    /// after checking its type (STATUS_OBJECT_TYPE_MISMATCH).</summary>
    public static NTSTATUS ObReferenceObjectByPointer(object Object, uint DesiredAccess, OBJECT_TYPE? ObjectType, KPROCESSOR_MODE AccessMode)
    {
        var thread = DdiGate.Enter(DdiTable.ObReferenceObjectByPointer);
        RequireAccessMode(AccessMode, nameof(ObReferenceObjectByPointer));
        var header = thread.Machine.ObjectManager.HeaderOf(KeContext.NotNull(Object, nameof(Object)));
        if (ObjectType is not null && header.Type != ObjectType)
        {
            return STATUS_OBJECT_TYPE_MISMATCH;
        }

        header.Manager.Reference(header);
        return STATUS_SUCCESS;
    }

    /// <summary>ObReferenceObject: one more reference. On an object whose count is zero (deleted)
    /// it bug checks 0xC4/0x3F.</summary>
    public static void ObReferenceObject(object Object) => ObfReferenceObject(Object);

    /// <summary>ObfReferenceObject: ObReferenceObject, returning the new count.</summary>
    public static long ObfReferenceObject(object Object)
    {
        var header = DdiGate.Enter(DdiTable.ObfReferenceObject).Machine.ObjectManager.HeaderOf(KeContext.NotNull(Object, nameof(Object)));
        return header.Manager.Reference(header);
    }

    /// <summary>ObDereferenceObject: one reference fewer; a temporary object with no references and
    /// no handles is deleted. At a zero count it bug checks 0xC4/0x3F. (The C macro's value is
    /// reserved; it returns nothing here.)</summary>
    public static void ObDereferenceObject(object Object) => ObfDereferenceObject(Object);

    /// <summary>ObfDereferenceObject: ObDereferenceObject, returning the new count.</summary>
    public static long ObfDereferenceObject(object Object)
    {
        var header = DdiGate.Enter(DdiTable.ObfDereferenceObject).Machine.ObjectManager.HeaderOf(KeContext.NotNull(Object, nameof(Object)));
        return header.Manager.Dereference(header);
    }

    /// <summary>ObDereferenceObjectDeferDelete: ObDereferenceObject; NtSim deletes on the spot
    /// (Windows would leave the deletion to a worker thread).</summary>
    public static void ObDereferenceObjectDeferDelete(object Object) => ObfDereferenceObject(Object);

    /// <summary>ObMakeTemporaryObject: the object is no longer permanent; its name goes when its last
    /// handle closes (at once if none is open).</summary>
    public static void ObMakeTemporaryObject(object Object)
    {
        var header = DdiGate.Enter(DdiTable.ObMakeTemporaryObject).Machine.ObjectManager.HeaderOf(KeContext.NotNull(Object, nameof(Object)));
        header.Manager.MakeTemporary(header);
    }

    /// <summary>ObQueryNameString: the object's full name ("\Device\Foo"; empty for an unnamed object).
    /// <paramref name="Length"/> is the caller's buffer size in bytes: the OBJECT_NAME_INFORMATION plus
    /// the name and its NUL. Too small: STATUS_INFO_LENGTH_MISMATCH, with the size needed in
    /// <paramref name="ReturnLength"/>.</summary>
    public static NTSTATUS ObQueryNameString(object Object, out OBJECT_NAME_INFORMATION ObjectNameInfo, uint Length, out uint ReturnLength)
    {
        var header = DdiGate.Enter(DdiTable.ObQueryNameString).Machine.ObjectManager.HeaderOf(KeContext.NotNull(Object, nameof(Object)));
        var name = header.Manager.QueryName(header) ?? "";
        ObjectNameInfo = default;
        ReturnLength = OBJECT_NAME_INFORMATION.Size + (uint)(name.Length + 1) * 2;
        if (Length < ReturnLength)
        {
            return STATUS_INFO_LENGTH_MISMATCH;
        }

        ObjectNameInfo.Name = name.Length == 0 ? default : new UNICODE_STRING(name);
        return STATUS_SUCCESS;
    }

    /// <summary>ObOpenObjectByPointer: a handle to an object the caller holds a reference to.</summary>
    public static NTSTATUS ObOpenObjectByPointer(object Object, uint HandleAttributes, object? PassedAccessState, uint DesiredAccess,
        OBJECT_TYPE? ObjectType, KPROCESSOR_MODE AccessMode, out HANDLE Handle,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ObOpenObjectByPointer);
        RequireAccessMode(AccessMode, nameof(ObOpenObjectByPointer));
        var objects = thread.Machine.ObjectManager;
        var header = objects.HeaderOf(KeContext.NotNull(Object, nameof(Object)));
        return objects.OpenObjectByPointer(header, HandleAttributes, DesiredAccess, ObjectType, thread.CurrentModule, file, line, out Handle);
    }

    /// <summary>ZwClose: closes a handle. An invalid handle from kernel mode bug checks
    /// INVALID_KERNEL_HANDLE (0x93, P2 = 1; P2 = 0 for a handle protected from close). PASSIVE_LEVEL
    /// only (rule IrqlZwPassive, 0xC4/0x2001F).</summary>
    public static NTSTATUS ZwClose(HANDLE Handle)
    {
        var thread = DdiGate.Enter(DdiTable.ZwClose);
        var status = thread.Machine.ObjectManager.CloseHandle(Handle, KernelMode);
        DdiGate.Leave(thread, DdiTable.ZwClose);
        return status;
    }

    /// <summary>ZwWaitForSingleObject: KeWaitForSingleObject on the dispatcher object a handle names
    /// (a thread, an event...); another kind of object gives STATUS_OBJECT_TYPE_MISMATCH.</summary>
    public static NTSTATUS ZwWaitForSingleObject(HANDLE Handle, bool Alertable, LARGE_INTEGER? Timeout)
    {
        var thread = DdiGate.Enter(DdiTable.ZwWaitForSingleObject);
        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(Handle, SYNCHRONIZE, null, KernelMode, out var header, out _);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            return header!.Body is DispatcherObject waitable
                ? KeWaitForSingleObject(waitable, UserRequest, KernelMode, Alertable, Timeout)
                : STATUS_OBJECT_TYPE_MISMATCH;
        }
        finally
        {
            objects.Dereference(header!);
        }
    }

    private static void RequireAccessMode(KPROCESSOR_MODE mode, string ddi)
    {
        if (mode != KernelMode && mode != UserMode)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{ddi}: AccessMode must be KernelMode or UserMode.");
        }
    }
}
