namespace NtSim;

/// <summary>
/// What the NtCreateXxx and NtOpenXxx services of the named dispatcher objects (events, semaphores)
/// share: ObCreateObject and ObInsertObject of a new body, with the name of its OBJECT_ATTRIBUTES,
/// ObOpenObjectByName of an existing one, ObReferenceObjectByHandle for the handle routines, and
/// the name kernel32 gives an object.
/// </summary>
internal static class NamedObjects
{
    /// <summary>A new object and a handle to it. A name that exists gives STATUS_OBJECT_NAME_COLLISION,
    /// or with OBJ_OPENIF a handle to the existing object and STATUS_OBJECT_NAME_EXISTS
    /// (STATUS_OBJECT_TYPE_MISMATCH when the name is another kind of object). <paramref name="result"/>
    /// is the object the handle names, valid while the handle is open.</summary>
    internal static NTSTATUS Create<T>(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, uint desiredAccess, OBJECT_TYPE type, T body, ulong bodyAddress,
        KPROCESSOR_MODE mode, string ddi, string? file, int line, out HANDLE handle, out T? result)
        where T : class, IObjectBody
    {
        handle = HANDLE.NULL;
        result = null;
        var objects = thread.Machine.ObjectManager;
        var status = objects.Capture(attributes, mode, ddi, out var name);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            var header = objects.CreateObject(type, body, thread.CurrentModule, file, line, bodyAddress);
            var handleName = mode == Wdm.KernelMode ? name : name with { Attributes = name.Attributes & ~Wdm.OBJ_KERNEL_HANDLE };
            status = objects.InsertObject(header, handleName, desiredAccess, createHandle: true, keepReference: false, thread.CurrentModule, file, line,
                out handle, out var target);
            if (Wdm.NT_SUCCESS(status))
            {
                result = (T)target!.Body;
            }
        }
        finally
        {
            objects.Release(name);
        }

        return status;
    }

    /// <summary>A handle to an existing object of <paramref name="type"/> (STATUS_OBJECT_NAME_NOT_FOUND,
    /// STATUS_OBJECT_PATH_NOT_FOUND, STATUS_OBJECT_TYPE_MISMATCH otherwise).</summary>
    internal static NTSTATUS Open(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, OBJECT_TYPE type, uint desiredAccess, KPROCESSOR_MODE mode, string ddi,
        string? file, int line, out HANDLE handle) =>
        thread.Machine.ObjectManager.OpenObjectByName(attributes, type, desiredAccess, mode, null, thread.CurrentModule, file, line, ddi, out handle);

    /// <summary>The object a handle names, with <paramref name="desiredAccess"/> checked for user-mode
    /// callers, passed to <paramref name="action"/>; the handle's status otherwise.</summary>
    internal static NTSTATUS WithObject<T>(KTHREAD thread, HANDLE handle, OBJECT_TYPE type, uint desiredAccess, KPROCESSOR_MODE mode, Func<T, int> action,
        out int previousState)
        where T : class, IObjectBody
    {
        previousState = 0;
        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(handle, desiredAccess, type, mode, out var header, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            previousState = action((T)header!.Body);
            return Wdm.STATUS_SUCCESS;
        }
        finally
        {
            objects.Dereference(header!);
        }
    }

    /// <summary>The name kernel32 gives a named object: <c>\BaseNamedObjects\name</c>. NtSim has one
    /// session, session 0, where the <c>Global\</c> and <c>Local\</c> prefixes both name
    /// <c>\BaseNamedObjects</c> (in session 0 they are links to it; other sessions' Local is
    /// <c>\Sessions\n\BaseNamedObjects</c>).</summary>
    internal static string Win32Name(string name)
    {
        foreach (var prefix in (string[])[@"Global\", @"Local\"])
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return @"\BaseNamedObjects\" + name[prefix.Length..];
            }
        }

        return @"\BaseNamedObjects\" + name;
    }
}
