namespace NtSim;

/// <summary>
/// The kernel's one event primitive (KeInitializeEvent, KeSetEvent, KeResetEvent's work): every
/// event the kernel signals for itself (an IRP's user event, a file object's event, the gates of
/// fast mutexes and resources ...) and every event a driver signals goes through here, so a wake-up
/// and its trace line are written once. The caller has entered its DDI (or is the kernel).
/// </summary>
internal static class Events
{
    /// <summary>A notification or synchronization event in the given state.</summary>
    internal static void Initialize(Machine machine, KEVENT evt, EVENT_TYPE type, bool signaled)
    {
        lock (machine.Scheduler.Lock)
        {
            InitializeLocked(machine, evt, type, signaled);
        }
    }

    /// <summary><see cref="Initialize"/> with the dispatcher lock held.</summary>
    internal static void InitializeLocked(Machine machine, KEVENT evt, EVENT_TYPE type, bool signaled)
    {
        evt.Bind(machine, 0x18);
        evt.Type = type;
        evt.SignalState = signaled ? 1 : 0;
    }

    /// <summary>Signals the event, releasing its waiters (all of a notification event's, one of a
    /// synchronization event's); returns the previous state. The waiters it releases get the priority
    /// boost <paramref name="increment"/> (docs/scheduler-priorities.md).</summary>
    internal static int Set(Machine machine, KEVENT evt, int increment = 0)
    {
        lock (machine.Scheduler.Lock)
        {
            return SetLocked(machine, evt, increment);
        }
    }

    /// <summary><see cref="Set"/> with the dispatcher lock held.</summary>
    internal static int SetLocked(Machine machine, KEVENT evt, int increment = 0)
    {
        var previous = evt.SignalState;
        evt.SignalState = 1;
        machine.Scheduler.SignalObject(evt, increment);
        return previous;
    }

    /// <summary>Sets the event to not signaled; returns the previous state.</summary>
    internal static int Reset(Machine machine, KEVENT evt)
    {
        lock (machine.Scheduler.Lock)
        {
            var previous = evt.SignalState;
            evt.SignalState = 0;
            return previous;
        }
    }

    /// <summary>KePulseEvent's work: signals the event, releasing the waiters it would release
    /// (every waiter of a notification event, one of a synchronization event), and leaves it not
    /// signaled; returns the previous state.</summary>
    internal static int Pulse(Machine machine, KEVENT evt)
    {
        lock (machine.Scheduler.Lock)
        {
            var previous = evt.SignalState;
            if (previous == 0)
            {
                evt.SignalState = 1;
                machine.Scheduler.SignalObject(evt);
            }

            evt.SignalState = 0;
            return previous;
        }
    }
}
