namespace NtSim;

/// <summary>
/// The machine's event trace: thread switches, waits, DPCs, timers, debug prints, the bug check.
/// Recording is under the dispatcher lock or by the running thread, so the order is the order of
/// events. A running 64-bit FNV-1a hash over every event lets a test compare two whole runs even
/// when only the most recent events are kept.
/// </summary>
public sealed class EventTrace
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    private readonly Lock _lock = new();
    private readonly Queue<TraceEvent> _events = new();
    private readonly int _capacity;
    private long _sequence;
    private ulong _hash = FnvOffset;

    internal EventTrace(bool enabled, int capacity = 200_000)
    {
        Enabled = enabled;
        _capacity = capacity;
    }

    /// <summary>Whether events are recorded.</summary>
    public bool Enabled { get; }

    /// <summary>Number of events recorded since boot (including any no longer kept).</summary>
    public long Count => Interlocked.Read(ref _sequence);

    /// <summary>A hash of every event since boot, in order.</summary>
    public ulong Hash
    {
        get
        {
            lock (_lock)
            {
                return _hash;
            }
        }
    }

    /// <summary>The most recent events, oldest first.</summary>
    public IReadOnlyList<TraceEvent> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>The last <paramref name="count"/> events (or fewer), oldest first.</summary>
    internal IReadOnlyList<TraceEvent> Last(int count)
    {
        lock (_lock)
        {
            return [.. _events.Skip(Math.Max(0, _events.Count - count))];
        }
    }

    internal void Record(long interruptTime, int processor, int threadId, TraceKind kind, string detail)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_lock)
        {
            var e = new TraceEvent(_sequence++, interruptTime, processor, threadId, kind, detail);
            Mix(e.InterruptTime);
            Mix(e.Processor);
            Mix(e.ThreadId);
            Mix((int)e.Kind);
            foreach (var c in detail)
            {
                Mix(c);
            }

            if (_events.Count == _capacity)
            {
                _events.Dequeue();
            }

            _events.Enqueue(e);
        }
    }

    private void Mix(long value)
    {
        for (var i = 0; i < 8; i++)
        {
            _hash = (_hash ^ (byte)(value >> (i * 8))) * FnvPrime;
        }
    }
}
