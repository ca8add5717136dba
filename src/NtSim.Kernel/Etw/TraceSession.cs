using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A trace session the machine keeps, as <c>tracelog -start</c> or <c>logman start</c> create one: a name, the
/// providers it enables with their levels and keywords, and the events it recorded until it stopped.
/// </summary>
[DebuggerDisplay("{Name,nq} {(IsRunning ? \"running\" : \"stopped\"),nq}")]
public sealed class TraceSession
{
    private readonly Lock _lock = new();
    private readonly List<TraceEventRecord> _events = [];
    private readonly EtwTracing _tracing;
    private volatile bool _running = true;

    internal TraceSession(EtwTracing tracing, string name, IReadOnlyList<TraceProviderEnable> providers)
    {
        _tracing = tracing;
        Name = name;
        Providers = providers;
    }

    /// <summary>The session's name.</summary>
    public string Name { get; }

    /// <summary>The providers the session enables.</summary>
    public IReadOnlyList<TraceProviderEnable> Providers { get; }

    /// <summary>The session records events (it has not been stopped).</summary>
    public bool IsRunning => _running;

    /// <summary>The events recorded so far, in order.</summary>
    public IReadOnlyList<TraceEventRecord> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Stops the session (<c>tracelog -stop</c>): its providers' enable callbacks are told, and it records
    /// nothing more. Stopping a stopped session does nothing.</summary>
    public void Stop() => _tracing.StopSession(this);

    internal void MarkStopped() => _running = false;

    internal void Record(TraceEventRecord record)
    {
        lock (_lock)
        {
            if (!_running)
            {
                return;
            }

            _events.Add(record);
        }
    }
}
