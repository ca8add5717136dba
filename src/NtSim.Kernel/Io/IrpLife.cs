namespace NtSim;

/// <summary>
/// The moves an IRP's life may make, one table (as KMDF's state machines are tables), and the
/// ring of its last moves. A move the table does not allow is a bug of NtSim's, not of a driver:
/// every misuse a driver can make (completing twice, sending a freed IRP) is a bug check before
/// the move is tried.
/// </summary>
internal sealed class IrpLife
{
    internal const int HistoryLength = 16;

    // For each state, a bit per state it may move to.
    private static readonly int[] s_allowed = BuildTable();

    private readonly IrpMove[] _history = new IrpMove[HistoryLength];
    private int _moves;

    internal IrpState State { get; private set; }

    internal IrpOrigin Origin { get; set; }

    /// <summary>The last moves, oldest first (at most <see cref="HistoryLength"/>).</summary>
    internal IReadOnlyList<IrpMove> History
    {
        get
        {
            var count = Math.Min(_moves, HistoryLength);
            var moves = new IrpMove[count];
            for (var i = 0; i < count; i++)
            {
                moves[i] = _history[(_moves - count + i) % HistoryLength];
            }

            return moves;
        }
    }

    /// <summary>The last move into <paramref name="state"/>, if the history still holds one.</summary>
    internal IrpMove? LastMoveTo(IrpState state)
    {
        for (var i = 1; i <= Math.Min(_moves, HistoryLength); i++)
        {
            ref var move = ref _history[(_moves - i) % HistoryLength];
            if (move.To == state)
            {
                return move;
            }
        }

        return null;
    }

    internal static bool Allows(IrpState from, IrpState to) => (s_allowed[(int)from] & (1 << (int)to)) != 0;

    /// <summary>Moves to <paramref name="to"/> and records the move when the machine records its
    /// trace (deterministic machines by default; a concurrent machine without a trace keeps the state
    /// only, for the speed it is run for).</summary>
    internal void Move(IRP irp, IrpState to, KTHREAD? thread, DEVICE_OBJECT? device, string file, int line)
    {
        if (!Allows(State, to))
        {
            throw NotAMove(irp, to);
        }

        State = to;
        if (thread?.Machine is { Trace.Enabled: true })
        {
            Record(irp, to, thread, device, file, line);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private InvalidOperationException NotAMove(IRP irp, IrpState to) =>
        new($"{irp.Describe()}: an IRP does not move from {State} to {to} (history: {string.Join("; ", History)})");

    private void Record(IRP irp, IrpState to, KTHREAD thread, DEVICE_OBJECT? device, string file, int line)
    {
        _history[_moves % HistoryLength] = new IrpMove(to, device?.Name, thread.Processor?.Irql ?? 0, irp.IoStatus.Status, thread.Id,
            thread.CurrentModule.Name, file, line);
        _moves++;
    }

    private static int[] BuildTable()
    {
        var allowed = new int[6];
        void Allow(IrpState from, params IrpState[] to)
        {
            foreach (var state in to)
            {
                allowed[(int)from] |= 1 << (int)state;
            }
        }

        Allow(IrpState.Free, IrpState.Allocated);
        Allow(IrpState.Allocated, IrpState.Dispatched, IrpState.Completing, IrpState.Allocated, IrpState.Free);
        Allow(IrpState.Dispatched, IrpState.Dispatched, IrpState.Completing);

        // A completion routine may send the IRP again, reuse it or free it before it returns
        // STATUS_MORE_PROCESSING_REQUIRED (the IoAllocateIrp pattern).
        Allow(IrpState.Completing, IrpState.Completed, IrpState.Reclaimed, IrpState.Dispatched, IrpState.Allocated, IrpState.Free);
        Allow(IrpState.Reclaimed, IrpState.Dispatched, IrpState.Completing, IrpState.Allocated, IrpState.Free);
        // Windows does not stop a driver from sending its own IRP again after a full completion.
        Allow(IrpState.Completed, IrpState.Allocated, IrpState.Dispatched, IrpState.Free);
        return allowed;
    }
}
