using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The machine's breakpoints, as the kernel debugger sets them (docs/debugger.md, "Breakpoints and stepping"): on a
/// DDI (checked at the DDI gate), on a driver routine (an instrumented image's entry probe, or the kernel's call into
/// a routine of a driver type of the host) and on a source line (an instrumented image's line probes). At most
/// <see cref="Limit"/>, the kernel-mode limit on software breakpoints. A hit breaks in through
/// <see cref="DebuggerConnection"/> with a report that names the breakpoint. With none set, the checks cost one flag:
/// <see cref="Machine.DdiHooks"/> at the gate, <see cref="CodeArmed"/> at a call into a driver, and a process-wide
/// count (<see cref="ProbesArmed"/>) at a probe. The table also carries the debugger's one-shot requests: a step
/// (<see cref="Step"/>) and a host break-in (<see cref="RequestBreak"/>).
/// </summary>
[DebuggerDisplay("{Count} breakpoints")]
public sealed partial class BreakpointTable
{
    /// <summary>Software breakpoints a kernel debugger can set ("Kernel mode: at most 32 software breakpoints", bp docs).</summary>
    public const int Limit = 32;

    // Machines with a code breakpoint, a step or a break request armed: the probes' one check (a static, as the probes are).
    private static int s_probesArmed;
    private static readonly ConditionalWeakTable<MethodInfo, RoutineName> s_routines = [];

    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private volatile Breakpoint[] _breakpoints = [];
    private volatile StepRequest? _step;
    private volatile bool _breakRequested;
    private bool _armedForProbes;

    internal BreakpointTable(Machine machine)
    {
        _machine = machine;
    }

    /// <summary>Whether any machine of the process has a code breakpoint, a step or a break request armed (the probes' test).</summary>
    internal static bool ProbesArmed => Volatile.Read(ref s_probesArmed) != 0;

    /// <summary>The breakpoints, by number.</summary>
    public IReadOnlyList<Breakpoint> All => _breakpoints;

    /// <summary>How many breakpoints are set.</summary>
    public int Count => _breakpoints.Length;

    /// <summary>Whether the gate must call <see cref="AtDdi"/>: a DDI breakpoint, a step or a break request.</summary>
    internal bool WantsDdis { get; private set; }

    /// <summary>Whether calls into driver routines and probes must be checked: a routine or line breakpoint, a step, a break request.</summary>
    internal bool CodeArmed { get; private set; }

    /// <summary>Sets a breakpoint on <paramref name="target"/> with the lowest free number; <paramref name="passes"/>
    /// of 1 breaks at the first hit. InvalidOperationException when <see cref="Limit"/> are set.</summary>
    public Breakpoint Set(BreakpointTarget target, int passes = 1)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        lock (_lock)
        {
            var used = _breakpoints.Select(b => b.Id).ToHashSet();
            var id = Enumerable.Range(0, Limit).FirstOrDefault(i => !used.Contains(i), -1);
            if (id < 0)
            {
                throw new InvalidOperationException($"{Limit} breakpoints are set: a kernel debugger can set no more.");
            }

            var breakpoint = new Breakpoint(id, target, passes);
            _breakpoints = [.. _breakpoints.Append(breakpoint).OrderBy(b => b.Id)];
            Refresh();
            return breakpoint;
        }
    }

    /// <summary>Removes breakpoint <paramref name="id"/>; returns whether it was set.</summary>
    public bool Clear(int id)
    {
        lock (_lock)
        {
            var before = _breakpoints.Length;
            _breakpoints = [.. _breakpoints.Where(b => b.Id != id)];
            Refresh();
            return _breakpoints.Length != before;
        }
    }

    /// <summary>Enables (<c>be</c>) or disables (<c>bd</c>) breakpoint <paramref name="id"/>; returns whether it is set.</summary>
    public bool Enable(int id, bool enabled)
    {
        lock (_lock)
        {
            if (_breakpoints.FirstOrDefault(b => b.Id == id) is not { } breakpoint)
            {
                return false;
            }

            breakpoint.Enabled = enabled;
            Refresh();
            return true;
        }
    }

    /// <summary>The gate's check, on entry to a DDI (after its IRQL rule passed).</summary>
    internal void AtDdi(KTHREAD thread, Ddi ddi)
    {
        if ((_breakRequested || _step is not null) && Requested(thread, BreakpointTarget.Ddi(ddi.Name), StepStop.Ddi))
        {
            return;
        }

        foreach (var breakpoint in _breakpoints)
        {
            if (breakpoint.Target.Kind == BreakpointKind.Ddi && breakpoint.Enabled
                && string.Equals(breakpoint.Target.Name, ddi.Name, StringComparison.Ordinal) && breakpoint.Pass())
            {
                Stop(thread, breakpoint, breakpoint.Target, step: false);
                return;
            }
        }
    }

    /// <summary>The kernel's call into a driver routine (dispatch, completion, DPC, work item, AddDevice), for
    /// driver types of the host, whose code has no probes. An instrumented image's routine is left to its entry probe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AtCall(KTHREAD thread, Delegate routine)
    {
        if (thread.Machine.Breakpoints.CodeArmed)
        {
            thread.Machine.Breakpoints.AtRoutine(thread, routine.Method);
        }
    }

    /// <summary>An instrumented image's entry probe.</summary>
    internal void AtProbe(KTHREAD thread, int probe)
    {
        if (!CodeArmed || ProbeTable.Find(probe) is not { } site)
        {
            return;
        }

        if (!((_breakRequested || _step is not null) && Requested(thread, BreakpointTarget.Routine(thread.CurrentModule.Name, site.Method), StepStop.Routine)))
        {
            Match(thread, thread.CurrentModule.Name, site.Method);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AtRoutine(KTHREAD thread, MethodInfo method)
    {
        // The routine's name, and whether its image has probes (which then stop it), once per method.
        var routine = s_routines.GetValue(method, m => new RoutineName(CodeNames.Of(m), m.DeclaringType?.Assembly is { } a && ProbeTable.Covers(a)));
        if (routine.Probed)
        {
            return;
        }

        if (!((_breakRequested || _step is not null) && Requested(thread, BreakpointTarget.Routine(thread.CurrentModule.Name, routine.Name), StepStop.Routine)))
        {
            Match(thread, thread.CurrentModule.Name, routine.Name);
        }
    }

    private void Match(KTHREAD thread, string module, string routine)
    {
        foreach (var breakpoint in _breakpoints)
        {
            if (breakpoint.Target.Kind == BreakpointKind.Routine && breakpoint.Enabled
                && string.Equals(breakpoint.Target.Module, module, StringComparison.OrdinalIgnoreCase)
                && Names(breakpoint.Target.Name, routine) && breakpoint.Pass())
            {
                Stop(thread, breakpoint, BreakpointTarget.Routine(module, routine), step: false);
                return;
            }
        }
    }

    private sealed record RoutineName(string Name, bool Probed);

    // "ZeroRead" (a deferred breakpoint set before its module loaded) names the routine "ZeroDriver.ZeroRead".
    private static bool Names(string set, string reached) =>
        string.Equals(set, reached, StringComparison.OrdinalIgnoreCase)
        || (reached.Length > set.Length && reached[reached.Length - set.Length - 1] == '.'
            && reached.EndsWith(set, StringComparison.OrdinalIgnoreCase));

    private void Stop(KTHREAD thread, Breakpoint? breakpoint, BreakpointTarget reached, bool step)
    {
        if (_machine.IsHalted || Monitor.IsEntered(_machine.Scheduler.Lock))
        {
            // Driver code called back under the dispatcher lock cannot stop the machine there.
            return;
        }

        var debugger = _machine.Debugger;
        if (!debugger.Enabled)
        {
            // "In kernel mode, a break exception that is not handled will cause a bug check" (DbgBreakPoint, WDK).
            throw new NtStatusException(Wdm.STATUS_BREAKPOINT, $"a breakpoint at {reached} with kernel debugging off: a breakpoint exception");
        }

        var trace = new StackTrace(2, true);
        var (module, location) = Blame.Find(trace, thread, _machine.Modules);
        var report = new BreakReport(Wdm.STATUS_BREAKPOINT, null, null, null, null, 0, module, location,
            debugger.Attached, thread.ToString(), thread.Processor?.Number ?? -1, _machine.InterruptTime)
        {
            Breakpoint = breakpoint?.Id,
            Reached = reached,
            IsStep = step,
            Frames = BreakFrames.Of(trace, _machine.Modules),
        };
        RecordStop(thread, trace);
        debugger.BreakIn(thread, report);
    }

    private void Refresh()
    {
        var breakpoints = _breakpoints;
        WantsDdis = _step is not null || _breakRequested || breakpoints.Any(b => b.Enabled && b.Target.Kind == BreakpointKind.Ddi);
        // Line breakpoints and a step by line need no routine entries: the line probes have their own arming.
        CodeArmed = _step is { Lines: null } || _breakRequested || breakpoints.Any(b => b.Enabled && b.Target.Kind == BreakpointKind.Routine);
        if (CodeArmed != _armedForProbes)
        {
            _armedForProbes = CodeArmed;
            Interlocked.Add(ref s_probesArmed, CodeArmed ? 1 : -1);
        }

        RefreshLines();

        _machine.Ddis.RefreshHooks();
    }

    /// <summary>The machine is disposed: its arming of the probes ends.</summary>
    internal void Disarm()
    {
        lock (_lock)
        {
            _breakpoints = [];
            _step = null;
            _breakRequested = false;
            Refresh();
        }
    }
}
