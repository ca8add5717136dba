namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeEvent: a notification or synchronization event in the given state.</summary>
    public static void KeInitializeEvent(KEVENT Event, EVENT_TYPE Type, bool State)
    {
        var thread = DdiGate.Enter(DdiTable.KeInitializeEvent);
        KeContext.NotNull(Event, nameof(Event));
        if (Type != NotificationEvent && Type != SynchronizationEvent)
        {
            throw new ArgumentOutOfRangeException(nameof(Type), Type, "KeInitializeEvent: not an EVENT_TYPE value.");
        }

        Events.Initialize(thread.Machine, Event, Type, State);
    }

    /// <summary>KeSetEvent: signals the event, releasing waiters, who get the priority boost
    /// <paramref name="Increment"/> (docs/scheduler-priorities.md); returns the previous state.</summary>
    public static int KeSetEvent(KEVENT Event, int Increment, bool Wait)
    {
        var thread = DdiGate.Enter(DdiTable.KeSetEvent, Event?.Address ?? 0);
        var machine = thread.Machine;
        Waits.RequireInitialized(KeContext.NotNull(Event, nameof(Event)), machine, nameof(KeSetEvent));

        var previous = Events.Set(machine, Event, Increment);

        // With Wait = TRUE the caller's next call is a wait; no other thread runs in between.
        if (!Wait)
        {
            DdiGate.SchedulingPoint(thread, DdiTable.KeSetEvent);
        }

        return previous;
    }

    /// <summary>KeResetEvent: sets the event to not signaled; returns the previous state.</summary>
    public static int KeResetEvent(KEVENT Event)
    {
        var thread = DdiGate.Enter(DdiTable.KeResetEvent);
        Waits.RequireInitialized(KeContext.NotNull(Event, nameof(Event)), thread.Machine, nameof(KeResetEvent));
        return Events.Reset(thread.Machine, Event);
    }

    /// <summary>KeClearEvent: sets the event to not signaled.</summary>
    public static void KeClearEvent(KEVENT Event) => KeResetEvent(Event);

    /// <summary>KeReadStateEvent: nonzero if the event is signaled.</summary>
    public static int KeReadStateEvent(KEVENT Event) => KeContext.NotNull(Event, nameof(Event)).SignalState;
}
