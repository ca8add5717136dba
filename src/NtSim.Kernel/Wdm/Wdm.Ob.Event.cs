using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>ZwCreateEvent: a new event object, named or not, and a handle to it. A name that exists
    /// gives STATUS_OBJECT_NAME_COLLISION, or with OBJ_OPENIF a handle to the existing event and
    /// STATUS_OBJECT_NAME_EXISTS.</summary>
    public static NTSTATUS ZwCreateEvent(out HANDLE EventHandle, uint DesiredAccess, in OBJECT_ATTRIBUTES ObjectAttributes, EVENT_TYPE EventType,
        bool InitialState, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ZwCreateEvent);
        var status = NamedEvents.Create(thread, ObjectAttributes, DesiredAccess, EventType, InitialState, KernelMode, nameof(ZwCreateEvent), file, line,
            out EventHandle, out _);
        DdiGate.Leave(thread, DdiTable.ZwCreateEvent);
        return status;
    }

    /// <summary>ZwOpenEvent: a handle to an existing event object (STATUS_OBJECT_NAME_NOT_FOUND when
    /// there is none, STATUS_OBJECT_TYPE_MISMATCH when the name is not an event).</summary>
    public static NTSTATUS ZwOpenEvent(out HANDLE EventHandle, uint DesiredAccess, in OBJECT_ATTRIBUTES ObjectAttributes,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ZwOpenEvent);
        var status = NamedEvents.Open(thread, ObjectAttributes, DesiredAccess, KernelMode, nameof(ZwOpenEvent), file, line, out EventHandle);
        DdiGate.Leave(thread, DdiTable.ZwOpenEvent);
        return status;
    }

    /// <summary>ZwSetEvent: signals the event a handle names; <paramref name="PreviousState"/> gets its
    /// previous state.</summary>
    public static NTSTATUS ZwSetEvent(HANDLE EventHandle, out int PreviousState)
    {
        var thread = DdiGate.Enter(DdiTable.ZwSetEvent);
        var machine = thread.Machine;
        var status = NamedEvents.WithEvent(thread, EventHandle, EVENT_MODIFY_STATE, KernelMode, evt => Events.Set(machine, evt), out PreviousState);
        DdiGate.Leave(thread, DdiTable.ZwSetEvent);
        return status;
    }

    /// <summary>ZwSetEvent with PreviousState NULL.</summary>
    public static NTSTATUS ZwSetEvent(HANDLE EventHandle) => ZwSetEvent(EventHandle, out _);

    /// <summary>ZwResetEvent: sets the event a handle names to not signaled; <paramref name="PreviousState"/>
    /// gets its previous state.</summary>
    public static NTSTATUS ZwResetEvent(HANDLE EventHandle, out int PreviousState)
    {
        var thread = DdiGate.Enter(DdiTable.ZwResetEvent);
        var machine = thread.Machine;
        return NamedEvents.WithEvent(thread, EventHandle, EVENT_MODIFY_STATE, KernelMode, evt => Events.Reset(machine, evt), out PreviousState);
    }

    /// <summary>ZwClearEvent: sets the event a handle names to not signaled.</summary>
    public static NTSTATUS ZwClearEvent(HANDLE EventHandle)
    {
        var thread = DdiGate.Enter(DdiTable.ZwClearEvent);
        var machine = thread.Machine;
        return NamedEvents.WithEvent(thread, EventHandle, EVENT_MODIFY_STATE, KernelMode, evt => Events.Reset(machine, evt), out _);
    }

    /// <summary>ZwPulseEvent: KePulseEvent on the event a handle names: its waiters are released and
    /// it is left not signaled.</summary>
    public static NTSTATUS ZwPulseEvent(HANDLE EventHandle, out int PreviousState)
    {
        var thread = DdiGate.Enter(DdiTable.ZwPulseEvent);
        var machine = thread.Machine;
        var status = NamedEvents.WithEvent(thread, EventHandle, EVENT_MODIFY_STATE, KernelMode, evt => Events.Pulse(machine, evt), out PreviousState);
        DdiGate.Leave(thread, DdiTable.ZwPulseEvent);
        return status;
    }

    /// <summary>KePulseEvent: sets the event signaled, releasing the waiters it can, and resets it at
    /// once; returns the previous state. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static int KePulseEvent(KEVENT Event, int Increment, bool Wait)
    {
        var thread = DdiGate.Enter(DdiTable.KePulseEvent, Event?.Address ?? 0);
        var machine = thread.Machine;
        Waits.RequireInitialized(KeContext.NotNull(Event, nameof(Event)), machine, nameof(KePulseEvent));
        var previous = Events.Pulse(machine, Event);

        // With Wait = TRUE the caller's next call is a wait; no other thread runs in between (as KeSetEvent).
        if (!Wait)
        {
            DdiGate.SchedulingPoint(thread, DdiTable.KePulseEvent);
        }

        return previous;
    }

    /// <summary>IoCreateNotificationEvent: creates (signaled) or opens the named notification event, and
    /// returns it with a kernel handle in <paramref name="EventHandle"/>; NULL if it can be neither.
    /// The pointer is valid while the handle is open.</summary>
    public static KEVENT? IoCreateNotificationEvent(in UNICODE_STRING EventName, out HANDLE EventHandle,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        CreateIoEvent(DdiTable.IoCreateNotificationEvent, EventName, NotificationEvent, out EventHandle, file, line);

    /// <summary>IoCreateSynchronizationEvent: creates (signaled) or opens the named synchronization event,
    /// and returns it with a kernel handle in <paramref name="EventHandle"/>; NULL if it can be neither.</summary>
    public static KEVENT? IoCreateSynchronizationEvent(in UNICODE_STRING EventName, out HANDLE EventHandle,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        CreateIoEvent(DdiTable.IoCreateSynchronizationEvent, EventName, SynchronizationEvent, out EventHandle, file, line);

    private static KEVENT? CreateIoEvent(Ddi ddi, in UNICODE_STRING eventName, EVENT_TYPE type, out HANDLE eventHandle, string file, int line)
    {
        var thread = DdiGate.Enter(ddi);

        // "If the event object does not already exist, [it] creates and opens it, and sets its state to Signaled" (wdm IoCreateNotificationEvent).
        InitializeObjectAttributes(out var attributes, eventName, OBJ_OPENIF | OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
        var status = NamedEvents.Create(thread, attributes, EVENT_ALL_ACCESS, type, true, KernelMode, ddi.Name, file, line, out eventHandle, out var evt);
        DdiGate.Leave(thread, ddi);
        return NT_SUCCESS(status) ? evt : null;
    }
}
