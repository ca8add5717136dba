namespace NtSim;

/// <summary>
/// One row of a state table (PNP_STATE_TABLE and its siblings): the function run on entering the state
/// (null: none; it returns the next state, or the machine's Null state to wait for an event), the
/// transitions the state takes on events, and the events it knowingly drops.
/// </summary>
internal sealed record FxStateRow<TOwner, TState, TEvent>(
    TState State,
    Func<TOwner, TState>? Entry,
    (TEvent Event, TState Target)[] Transitions,
    TEvent KnownDropped = default)
    where TState : struct, Enum
    where TEvent : struct, Enum;
