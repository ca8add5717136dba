namespace NtSim;

/// <summary>
/// Event objects in the object namespace (NtCreateEvent, NtOpenEvent, and the handle-based
/// NtSetEvent family): a KEVENT body under an Event object header, named in a directory such as
/// <c>\BaseNamedObjects</c> or unnamed. Both the Zw routines and kernel32 come through here.
/// </summary>
internal static class NamedEvents
{
    /// <summary>NtCreateEvent: a new event and a handle to it. A name that exists gives
    /// STATUS_OBJECT_NAME_COLLISION, or with OBJ_OPENIF a handle to the existing event and
    /// STATUS_OBJECT_NAME_EXISTS (STATUS_OBJECT_TYPE_MISMATCH when the name is not an event).
    /// <paramref name="result"/> is the event the handle names, referenced when asked.</summary>
    internal static NTSTATUS Create(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, uint desiredAccess, EVENT_TYPE type, bool initialState,
        KPROCESSOR_MODE mode, string ddi, string? file, int line, out HANDLE handle, out KEVENT? result, bool keepReference = false)
    {
        handle = HANDLE.NULL;
        result = null;
        if (type != Wdm.NotificationEvent && type != Wdm.SynchronizationEvent)
        {
            // NtCreateEvent checks EventType first.
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var machine = thread.Machine;
        var objects = machine.ObjectManager;
        var status = objects.Capture(attributes, mode, ddi, out var name);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            var evt = new KEVENT();
            Events.Initialize(machine, evt, type, initialState);
            var header = objects.CreateObject(ObjectTypes.Event, evt, thread.CurrentModule, file, line, evt.Address);
            var handleName = mode == Wdm.KernelMode ? name : name with { Attributes = name.Attributes & ~Wdm.OBJ_KERNEL_HANDLE };
            status = objects.InsertObject(header, handleName, desiredAccess, createHandle: true, keepReference, thread.CurrentModule, file, line,
                out handle, out var target);
            if (Wdm.NT_SUCCESS(status))
            {
                result = (KEVENT)target!.Body;
            }
        }
        finally
        {
            objects.Release(name);
        }

        return status;
    }

    /// <summary>NtOpenEvent: a handle to an existing event (STATUS_OBJECT_NAME_NOT_FOUND,
    /// STATUS_OBJECT_PATH_NOT_FOUND, STATUS_OBJECT_TYPE_MISMATCH otherwise).</summary>
    internal static NTSTATUS Open(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, uint desiredAccess, KPROCESSOR_MODE mode, string ddi,
        string? file, int line, out HANDLE handle) =>
        thread.Machine.ObjectManager.OpenObjectByName(attributes, ObjectTypes.Event, desiredAccess, mode, null, thread.CurrentModule, file, line, ddi, out handle);

    /// <summary>The event a handle names, with <paramref name="desiredAccess"/> checked for user-mode
    /// callers, passed to <paramref name="action"/>; the handle's status otherwise.</summary>
    internal static NTSTATUS WithEvent(KTHREAD thread, HANDLE handle, uint desiredAccess, KPROCESSOR_MODE mode, Func<KEVENT, int> action, out int previousState)
    {
        previousState = 0;
        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(handle, desiredAccess, ObjectTypes.Event, mode, out var header, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            previousState = action((KEVENT)header!.Body);
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
