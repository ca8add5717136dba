using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// Event tracing of one machine (<c>machine.Tracing</c>): the providers drivers registered (EtwRegister,
/// TraceLoggingRegister, WPP_INIT_TRACING) and the trace sessions that enable them by level and keyword
/// (docs/tracing.md). A session started before a provider registers enables it at registration, as ETW defers
/// the enable until then.
/// </summary>
public sealed partial class EtwTracing
{
    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private readonly List<TraceSession> _sessions = [];
    private readonly List<EtwRegistration> _providers = [];
    private readonly List<TraceProviderInfo> _seen = [];
    private readonly ConditionalWeakTable<KTHREAD, StrongBox<Guid>> _activityIds = [];
    private int _enabledProviders;
    private int _sequence;
    private long _activities;

    internal EtwTracing(Machine machine) => _machine = machine;

    /// <summary>How many registered providers some session enables: 0 lets TraceLoggingWrite and WPP's
    /// trace macros return after one field read.</summary>
    internal int EnabledProviders => Volatile.Read(ref _enabledProviders);

    /// <summary>Every session started, running or stopped, in order.</summary>
    public IReadOnlyList<TraceSession> Sessions
    {
        get
        {
            lock (_lock)
            {
                return [.. _sessions];
            }
        }
    }

    /// <summary>Every provider registered since boot (unregistered ones included), in order of registration.</summary>
    public IReadOnlyList<TraceProviderInfo> Providers
    {
        get
        {
            lock (_lock)
            {
                return [.. _seen];
            }
        }
    }

    /// <summary>Starts a session enabling <paramref name="providers"/> (<c>tracelog -start NAME -guid ...</c>). The enable
    /// callbacks of providers already registered run before this returns (on a system thread of the machine when
    /// called from the host). A running session of the same name is an <see cref="InvalidOperationException"/>, as
    /// StartTrace's ERROR_ALREADY_EXISTS.</summary>
    public TraceSession StartSession(string name, params IEnumerable<TraceProviderEnable> providers)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(providers);
        var list = providers.ToList();
        TraceSession session;
        List<EnableChange> changes;
        lock (_lock)
        {
            if (_sessions.Any(s => s.IsRunning && s.Name == name))
            {
                throw new InvalidOperationException($"StartSession: a trace session named '{name}' is already running.");
            }

            session = new TraceSession(this, name, list);
            _sessions.Add(session);
            changes = Recompute(_providers);
        }

        RunCallbacks(changes);
        return session;
    }

    /// <summary>Stops <paramref name="session"/>: providers it alone enabled are disabled (their callbacks get
    /// EVENT_CONTROL_CODE_DISABLE_PROVIDER), the others get their new combined level and keywords.</summary>
    public void StopSession(TraceSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        List<EnableChange> changes;
        lock (_lock)
        {
            if (!session.IsRunning)
            {
                return;
            }

            session.MarkStopped();
            changes = Recompute(_providers);
        }

        RunCallbacks(changes);
    }

    /// <summary>Registers a provider for the calling driver; sessions already enabling it enable it now, and its
    /// callback runs on the calling thread.</summary>
    internal EtwRegistration Register(KTHREAD thread, Guid providerId, string? name, EtwProviderKind kind, PETWENABLECALLBACK? callback,
        object? context, string ddi, string file, int line, string? displayName = null, WPP_CONTROL_GUID? control = null)
    {
        var module = thread.CurrentModule;
        var address = _machine.AllocateObjectAddress(0x100);
        var providerName = name ?? providerId.ToString("D");
        var registration = new EtwRegistration(_machine, providerId, providerName, kind, module, address, callback, context)
        {
            DisplayName = displayName ?? providerName,
            Control = control,
        };
        registration.TrackHandle = _machine.Tracking.Track(ResourceKind.Other, module, address, 0, 0, default, file, line,
            $"ETW provider {providerName} ({ddi})");
        List<EnableChange> changes;
        lock (_lock)
        {
            _providers.Add(registration);
            _seen.Add(new TraceProviderInfo(providerId, providerName, module.Name));
            changes = Recompute([registration]);
        }

        RunCallbacks(changes);
        return registration;
    }

    /// <summary>Unregisters: false if it was not registered (an unregistered or unknown handle).</summary>
    internal bool Unregister(EtwRegistration registration)
    {
        lock (_lock)
        {
            if (!registration.IsRegistered || !_providers.Remove(registration))
            {
                return false;
            }

            if (registration.IsEnabled)
            {
                _enabledProviders--;
            }

            registration.MarkUnregistered();
        }

        _machine.Tracking.Untrack(registration.TrackHandle);
        return true;
    }

    /// <summary>The WPP registration of <paramref name="module"/>, or null if it has not called WPP_INIT_TRACING.</summary>
    internal EtwRegistration? WppOf(KernelModule module)
    {
        lock (_lock)
        {
            return _providers.FirstOrDefault(p => p.Kind == EtwProviderKind.Wpp && p.Module == module);
        }
    }

    /// <summary>Records <paramref name="record"/> in every session of <paramref name="registration"/> that
    /// <paramref name="passes"/> lets through.</summary>
    internal void Record(EtwRegistration registration, TraceEventRecord record, Func<TraceProviderEnable, bool> passes)
    {
        record.Sequence = Interlocked.Increment(ref _sequence);
        foreach (var enable in registration.Enables)
        {
            if (passes(enable.Provider))
            {
                enable.Session.Record(record);
            }
        }
    }

    /// <summary>Where and when an event happens: the time, the processor, the process and thread ids.</summary>
    internal (long SystemTime, long InterruptTime, int Processor, ulong ProcessId, ulong ThreadId) Stamp(KTHREAD thread)
    {
        var interrupt = _machine.InterruptTime;
        return (_machine.SystemTimeAtBoot + interrupt, interrupt, thread.Processor?.Number ?? 0, thread.Process.UniqueProcessId.Value, (ulong)thread.Id);
    }

    /// <summary>The calling thread's activity id (EtwActivityIdControl), GUID_NULL until set.</summary>
    internal ref Guid ActivityIdOf(KTHREAD thread) => ref _activityIds.GetValue(thread, static _ => new StrongBox<Guid>()).Value;

    /// <summary>A new activity id: locally unique, and the same from run to run (a counter in the GUID's last bytes).</summary>
    internal Guid NewActivityId()
    {
        Span<byte> bytes = stackalloc byte[16];
        bytes.Clear();
        BitConverter.TryWriteBytes(bytes[8..], Interlocked.Increment(ref _activities));
        bytes[7] = 0x40;   // version 4 in the data3 high nibble, as a generated id would have
        return new Guid(bytes);
    }

    /// <summary>Under the lock: each of <paramref name="providers"/> gets the enables of the running sessions that name
    /// it; those whose combined enable changed are returned for their callbacks.</summary>
    private List<EnableChange> Recompute(IEnumerable<EtwRegistration> providers)
    {
        Debug.Assert(_lock.IsHeldByCurrentThread, "the enables change under the tracing lock");
        var changes = new List<EnableChange>();
        foreach (var provider in providers)
        {
            var before = provider.Enables;
            var after = _sessions.Where(s => s.IsRunning)
                .SelectMany(s => s.Providers.Where(p => p.Matches(provider.ProviderId, provider.Name)).Take(1).Select(p => new TraceSessionEnable(s, p)))
                .ToArray();
            if (before.SequenceEqual(after))
            {
                continue;
            }

            _enabledProviders += (after.Length != 0 ? 1 : 0) - (before.Length != 0 ? 1 : 0);
            provider.SetEnables(after);
            if (provider.Callback is not null)
            {
                changes.Add(EnableChange.Of(provider, after));
            }
        }

        return changes;
    }
}
