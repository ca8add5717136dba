using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The loop every framework state machine runs (FxPkgPnp::PnpProcessEventInner and its siblings):
/// an event is looked up in the current state's row; its target is entered, the target's entry
/// function runs and names the next state, and so on until an entry function returns the Null
/// state (wait for the next event). Each entered state is logged to the driver's in-flight recorder
/// ("WDFDEVICE 0x.. !devobj 0x.. entering PnP State X from Y") and kept in the history ring. An event
/// the state neither takes nor knowingly drops is logged and dropped.
/// </summary>
[DebuggerDisplay("{_what,nq} {Current}")]
internal sealed class FxStateMachine<TOwner, TState, TEvent>
    where TState : struct, Enum
    where TEvent : struct, Enum
{
    private readonly IReadOnlyDictionary<TState, FxStateRow<TOwner, TState, TEvent>> _table;
    private readonly TOwner _owner;
    private readonly TState _null;
    private readonly string _what;
    private readonly Action<string> _log;
    private readonly Action<WDF_STATE_NOTIFICATION_TYPE, TState, TState>? _notify;

    /// <param name="table">The machine's rows, by state.</param>
    /// <param name="owner">The package the rows' entry functions act on.</param>
    /// <param name="initial">The state the machine starts in.</param>
    /// <param name="nullState">The "no transition" marker an entry function returns to stay put.</param>
    /// <param name="what">The machine's name in log lines (PnP, power, power policy).</param>
    /// <param name="log">Where the machine writes its log lines (the in-flight recorder).</param>
    /// <param name="notify">Told of each state left, entered and processed (the PnP machine's EvtDevicePnpStateChange).</param>
    internal FxStateMachine(IReadOnlyDictionary<TState, FxStateRow<TOwner, TState, TEvent>> table, TOwner owner, TState initial, TState nullState,
        string what, Action<string> log, Action<WDF_STATE_NOTIFICATION_TYPE, TState, TState>? notify = null)
    {
        _notify = notify;
        _table = table;
        _owner = owner;
        _null = nullState;
        _what = what;
        _log = log;
        Current = initial;
        History.Add(initial);
    }

    internal TState Current { get; private set; }

    internal FxStateHistory<TState> History { get; } = new();

    /// <summary>Takes <paramref name="event"/> in the current state; returns whether a transition followed.</summary>
    internal bool Process(TEvent @event)
    {
        var row = Row(Current);
        foreach (var (on, target) in row.Transitions)
        {
            if (EqualityComparer<TEvent>.Default.Equals(on, @event))
            {
                Enter(target);
                return true;
            }
        }

        var known = Convert.ToUInt32(row.KnownDropped) & Convert.ToUInt32(@event);
        _log(known != 0
            ? $"{_what} event {@event} dropped (known) in state {Current}"
            : $"{_what} event {@event} not handled in state {Current}, dropped");
        return false;
    }

    private void Enter(TState target)
    {
        while (!EqualityComparer<TState>.Default.Equals(target, _null))
        {
            var from = Current;
            _notify?.Invoke(WDF_STATE_NOTIFICATION_TYPE.StateNotificationLeaveState, from, target);
            _log($"entering {_what} {target} from {from}");
            Current = target;
            History.Add(target);
            _notify?.Invoke(WDF_STATE_NOTIFICATION_TYPE.StateNotificationEnterState, from, target);
            var next = Row(target).Entry is { } entry ? entry(_owner) : _null;
            _notify?.Invoke(WDF_STATE_NOTIFICATION_TYPE.StateNotificationPostProcessState, target, target);
            target = next;
        }
    }

    /// <summary>The state's row; a state without one (a table not grown that far) waits for nothing and takes no event.</summary>
    private FxStateRow<TOwner, TState, TEvent> Row(TState state)
    {
        if (_table.TryGetValue(state, out var row))
        {
            return row;
        }

        Debug.Fail($"{_what} {state} has no row in its table");
        _log($"{_what} {state} has no row in its table");
        return new FxStateRow<TOwner, TState, TEvent>(state, null, []);
    }
}
