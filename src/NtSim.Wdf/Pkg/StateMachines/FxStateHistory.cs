using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The last <see cref="Size"/> states a machine entered, oldest first: what a debugger prints as the
/// machine's history (FxPkgPnp keeps such a ring per machine, !wdfdevice shows it).
/// </summary>
[DebuggerDisplay("{Count} states")]
internal sealed class FxStateHistory<TState>
    where TState : struct, Enum
{
    // KMDF keeps as many states as its event queue is deep: 8.
    internal const int Size = 8;

    private readonly TState[] _ring = new TState[Size];
    private int _next;
    private int _count;

    internal int Count => _count;

    internal void Add(TState state)
    {
        _ring[_next] = state;
        _next = (_next + 1) % Size;
        _count = Math.Min(_count + 1, Size);
    }

    /// <summary>The recorded states, oldest first.</summary>
    internal TState[] ToArray()
    {
        var states = new TState[_count];
        var first = (_next - _count + Size) % Size;
        for (var i = 0; i < _count; i++)
        {
            states[i] = _ring[(first + i) % Size];
        }

        return states;
    }
}
