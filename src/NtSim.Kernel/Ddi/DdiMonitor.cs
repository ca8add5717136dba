using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// What a machine does at its DDI gate besides the rules: trace every call, count calls (coverage),
/// run a hook when a DDI is entered (what a debugger's <c>bp nt!IoCompleteRequest</c> sets), and
/// decide whether a DDI that can fail fails (fault injection). Everything is off at boot, and the
/// gate costs one flag test while it stays off (docs/ddi-entry.md).
/// </summary>
public sealed class DdiMonitor
{
    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private bool _tracing;
    private long[]? _counts;
    private Dictionary<string, Action<DdiCall>>? _breakpoints;
    private Func<DdiCall, bool>? _faultInjection;

    internal DdiMonitor(Machine machine)
    {
        _machine = machine;
    }

    /// <summary>Every DDI the gate knows, by name.</summary>
    public static IReadOnlyList<string> Names
    {
        get
        {
            RuntimeHelpers.RunClassConstructor(typeof(DdiTable).TypeHandle);
            return [.. Ddi.All.Select(d => d.Name).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>Record every DDI call in the machine's trace (TraceKind.Ddi): the DDI, the calling
    /// module, key arguments for the DDIs that give them, and the status of those that return one.</summary>
    public bool Tracing
    {
        get => _tracing;
        set
        {
            _tracing = value;
            Refresh();
        }
    }

    /// <summary>Count calls per DDI (<see cref="CallCount"/>, <see cref="CallCounts"/>).</summary>
    public bool Counting
    {
        get => _counts is not null;
        set
        {
            lock (_lock)
            {
                _counts = value ? _counts ?? new long[Math.Max(Ddi.Count, 1)] : null;
            }

            Refresh();
        }
    }

    /// <summary>Decides, for each call of a DDI that can fail for want of resources (ExAllocatePool2,
    /// IoAllocateIrp, IoAllocateMdl ...), whether it fails. Null: none fails.</summary>
    public Func<DdiCall, bool>? FaultInjection
    {
        get => _faultInjection;
        set
        {
            _faultInjection = value;
            Refresh();
        }
    }

    /// <summary>Runs <paramref name="action"/> on the calling thread each time <paramref name="ddi"/> is
    /// entered, after its IRQL rule passed. An unknown DDI name is an error.</summary>
    public void SetBreakpoint(string ddi, Action<DdiCall> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!Names.Contains(ddi, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{ddi}' is not a DDI NtSim knows (see DdiMonitor.Names).", nameof(ddi));
        }

        lock (_lock)
        {
            _breakpoints = new Dictionary<string, Action<DdiCall>>(_breakpoints ?? [], StringComparer.Ordinal) { [ddi] = action };
        }

        Refresh();
    }

    /// <summary>Removes the breakpoint on <paramref name="ddi"/>; returns whether there was one.</summary>
    public bool ClearBreakpoint(string ddi)
    {
        bool removed;
        lock (_lock)
        {
            var copy = new Dictionary<string, Action<DdiCall>>(_breakpoints ?? [], StringComparer.Ordinal);
            removed = copy.Remove(ddi);
            _breakpoints = copy.Count == 0 ? null : copy;
        }

        Refresh();
        return removed;
    }

    /// <summary>How many times <paramref name="ddi"/> was entered since counting was switched on.</summary>
    public long CallCount(string ddi)
    {
        var counts = _counts;
        var row = Ddi.All.FirstOrDefault(d => d.Name == ddi);
        return counts is null || row is null || row.Index >= counts.Length ? 0 : Interlocked.Read(ref counts[row.Index]);
    }

    /// <summary>The DDIs entered at least once since counting was switched on, with their counts.</summary>
    public IReadOnlyDictionary<string, long> CallCounts
    {
        get
        {
            var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
            if (_counts is { } counts)
            {
                foreach (var ddi in Ddi.All)
                {
                    if (ddi.Index < counts.Length && Interlocked.Read(ref counts[ddi.Index]) is var n and > 0)
                    {
                        result[ddi.Name] = n;
                    }
                }
            }

            return result;
        }
    }

    internal bool ShouldFail(KTHREAD thread, Ddi ddi) =>
        _faultInjection is { } inject && inject(CallOf(thread, ddi, thread.Processor!.Irql));

    internal void OnEnter(KTHREAD thread, Ddi ddi, KIRQL irql)
    {
        if (_counts is { } counts)
        {
            if (ddi.Index >= counts.Length)
            {
                counts = Grow();
            }

            Interlocked.Increment(ref counts[ddi.Index]);
        }

        if (_tracing && !ddi.Is(DdiTraits.TracesArguments))
        {
            Record(thread, $"{ddi.Name} from {thread.CurrentModule.Name}");
        }

        if (_breakpoints is { } breakpoints && breakpoints.TryGetValue(ddi.Name, out var action))
        {
            action(CallOf(thread, ddi, irql));
        }

        if (_machine.Breakpoints.WantsDdis)
        {
            _machine.Breakpoints.AtDdi(thread, ddi);
        }
    }

    internal void OnArguments(KTHREAD thread, Ddi ddi, string arguments) =>
        Record(thread, $"{ddi.Name}({arguments}) from {thread.CurrentModule.Name}");

    internal void OnLeave(KTHREAD thread, Ddi ddi, NTSTATUS status)
    {
        if (_tracing)
        {
            Record(thread, $"{ddi.Name} -> {NtNames.StatusName(status)}");
        }
    }

    private static DdiCall CallOf(KTHREAD thread, Ddi ddi, KIRQL irql) => new(ddi.Name, thread, thread.CurrentModule.Name, irql);

    private void Record(KTHREAD thread, string detail) =>
        _machine.Trace.Record(_machine.Scheduler.InterruptTime, thread.Processor?.Number ?? -1, thread.Id, TraceKind.Ddi, detail);

    private long[] Grow()
    {
        lock (_lock)
        {
            var counts = _counts!;
            if (counts.Length < Ddi.Count)
            {
                Array.Resize(ref counts, Ddi.Count);
                _counts = counts;
            }

            return counts;
        }
    }

    private void Refresh() => RefreshHooks();

    /// <summary>Sets the gate's flag from the hooks that are on, the kernel debugger's breakpoints among them.</summary>
    internal void RefreshHooks() =>
        _machine.DdiHooks = _tracing || _counts is not null || _breakpoints is not null || _faultInjection is not null
            || _machine.Breakpoints.WantsDdis || (_machine.Debugger.IsBroken && _machine.Options.Mode == ExecutionMode.Concurrent);
}
