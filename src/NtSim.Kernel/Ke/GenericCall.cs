namespace NtSim;

/// <summary>
/// One KeGenericCallDpc: a DPC on every processor, a reusable barrier (KeSignalCallDpcSynchronize)
/// and a count of the processors done (KeSignalCallDpcDone). The DPC routine gets the call as its
/// SystemArgument1 and SystemArgument2, as Windows passes its two counters there. A processor waiting
/// at the barrier spins on a gate (a spin lock held until the last processor arrives), so the
/// deterministic scheduler leaves it out of its choices until the gate opens.
/// </summary>
internal sealed class GenericCall
{
    private readonly Lock _lock = new();
    private int _arrived;
    private int _done;
    private KSPIN_LOCK _gate = ClosedGate();

    internal GenericCall(int processors)
    {
        Processors = processors;
    }

    internal int Processors { get; }

    /// <summary>Set when the last processor signals it is done: KeGenericCallDpc's caller waits on it.</summary>
    internal KEVENT Finished { get; } = new();

    /// <summary>KeSignalCallDpcSynchronize: waits until every processor has arrived; TRUE on the last to
    /// arrive (exactly one processor per round), FALSE on the others. The barrier can be used again.</summary>
    internal bool Synchronize(KTHREAD thread)
    {
        KSPIN_LOCK gate;
        lock (_lock)
        {
            gate = _gate;
            if (++_arrived == Processors)
            {
                _arrived = 0;
                _gate = ClosedGate();
                gate.Free();
                return true;
            }
        }

        while (gate.IsHeld)
        {
            thread.Machine.Scheduler.Spin(thread, gate);
        }

        return false;
    }

    /// <summary>KeSignalCallDpcDone: this processor is done; the last one releases the caller.</summary>
    internal void Done(KTHREAD thread)
    {
        if (Interlocked.Increment(ref _done) == Processors)
        {
            Events.Set(thread.Machine, Finished);
        }
    }

    private static KSPIN_LOCK ClosedGate()
    {
        var gate = new KSPIN_LOCK();
        gate.TryTake();
        return gate;
    }
}
