namespace NtSim;

public sealed partial class Machine
{
    private EtwTracing? _tracing;

    /// <summary>Event tracing: the providers drivers registered and the trace sessions that enable them
    /// (docs/tracing.md).</summary>
    public EtwTracing Tracing => LazyInitializer.EnsureInitialized(ref _tracing, () => new EtwTracing(this));

    /// <summary>The tracing of the machine if anything used it yet, else null (the trace macros' fast path).</summary>
    internal EtwTracing? TracingIfUsed => Volatile.Read(ref _tracing);
}
