namespace NtSim;

/// <summary>
/// Event objects in the object namespace (NtCreateEvent, NtOpenEvent, and the handle-based
/// NtSetEvent family): a KEVENT body under an Event object header, named in a directory such as
/// <c>\BaseNamedObjects</c> or unnamed. Both the Zw routines and kernel32 come through here.
/// </summary>
internal static class NamedEvents
{
    /// <summary>NtCreateEvent: a new event and a handle to it (see <see cref="NamedObjects.Create{T}"/>
    /// for an existing name); a bad EVENT_TYPE is STATUS_INVALID_PARAMETER.</summary>
    internal static NTSTATUS Create(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, uint desiredAccess, EVENT_TYPE type, bool initialState,
        KPROCESSOR_MODE mode, string ddi, string? file, int line, out HANDLE handle, out KEVENT? result)
    {
        handle = HANDLE.NULL;
        result = null;
        if (type != Wdm.NotificationEvent && type != Wdm.SynchronizationEvent)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var evt = new KEVENT();
        Events.Initialize(thread.Machine, evt, type, initialState);
        return NamedObjects.Create(thread, attributes, desiredAccess, ObjectTypes.Event, evt, evt.Address, mode, ddi, file, line, out handle, out result);
    }

    /// <summary>NtOpenEvent: a handle to an existing event.</summary>
    internal static NTSTATUS Open(KTHREAD thread, in OBJECT_ATTRIBUTES attributes, uint desiredAccess, KPROCESSOR_MODE mode, string ddi,
        string? file, int line, out HANDLE handle) =>
        NamedObjects.Open(thread, attributes, ObjectTypes.Event, desiredAccess, mode, ddi, file, line, out handle);

    /// <summary>The event a handle names, passed to <paramref name="action"/> (NtSetEvent, NtResetEvent,
    /// NtClearEvent, NtPulseEvent).</summary>
    internal static NTSTATUS WithEvent(KTHREAD thread, HANDLE handle, uint desiredAccess, KPROCESSOR_MODE mode, Func<KEVENT, int> action, out int previousState) =>
        NamedObjects.WithObject(thread, handle, ObjectTypes.Event, desiredAccess, mode, action, out previousState);
}
