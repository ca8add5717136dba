using System.Diagnostics;
using System.Reflection;

namespace NtSim;

public sealed partial class BreakpointTable
{
    // Machines with a line breakpoint that resolved to a probe, or a step by line, armed: the line probes' one check.
    private static int s_linesArmed;
    private volatile Dictionary<int, Breakpoint[]> _lineProbes = [];
    private bool _armedForLines;
    private StopFrame? _stoppedIn;

    /// <summary>Whether any machine of the process has a resolved line breakpoint or a step by line armed (the line
    /// probes' test: while it is false a line probe is one static read).</summary>
    internal static bool LinesArmed => Volatile.Read(ref s_linesArmed) != 0;

    /// <summary>Whether this machine arms the line probes (a line breakpoint resolved to a probe, or a step by line).</summary>
    internal bool ArmsLines
    {
        get
        {
            lock (_lock)
            {
                return _armedForLines;
            }
        }
    }

    /// <summary>The frame of instrumented driver code a breakpoint or step stopped in: a step from there goes by line.</summary>
    private sealed record StopFrame(KTHREAD Thread, MethodBase Method, int Depth);

    /// <summary>The source line a line breakpoint's target stands for in the loaded images: the first loaded driver
    /// (in load order) that has the file, or the driver the target names; null while none has it.</summary>
    internal (KernelModule Module, LineProbes Line)? Resolve(BreakpointTarget target)
    {
        if (target.Kind != BreakpointKind.Line)
        {
            return null;
        }

        foreach (var module in _machine.Modules.Loaded())
        {
            if (module.Assembly is { } assembly && ProbeTable.Of(assembly) is { } table
                && (target.Module.Length == 0 || string.Equals(target.Module, module.Name, StringComparison.OrdinalIgnoreCase))
                && table.FindLine(target.Name, target.Line) is { } line)
            {
                return (module, line);
            }
        }

        return null;
    }

    /// <summary>A driver image loaded or unloaded: line breakpoints are resolved again (a <c>bu</c> on a line of a
    /// driver not yet loaded takes effect when it loads, before its DriverEntry).</summary>
    internal void ImagesChanged()
    {
        lock (_lock)
        {
            Refresh();
            // A stop's frame is for the next p or t; an image coming or going means the machine ran on, and a frame
            // of an unloaded driver must not keep its collectible assembly alive.
            _stoppedIn = null;
        }
    }

    /// <summary>An instrumented image's line probe, while lines are armed somewhere in the process; <paramref name="mark"/>
    /// is the address of a local of the probe's slow path, the same for every line probe of one driver frame.</summary>
    internal void AtLine(KTHREAD thread, int probe, nuint mark)
    {
        if (_step is { Lines: { } lines } step && step.Thread == thread && (step.Into || lines.Stops(probe, mark))
            && Requested(thread, ReachedAt(thread, probe), StepStop.Line))
        {
            return;
        }

        if (!_lineProbes.TryGetValue(probe, out var breakpoints))
        {
            return;
        }

        foreach (var breakpoint in breakpoints)
        {
            if (breakpoint.Enabled && breakpoint.Pass())
            {
                Stop(thread, breakpoint, ReachedAt(thread, probe), step: false);
                return;
            }
        }
    }

    private static BreakpointTarget ReachedAt(KTHREAD thread, int probe) =>
        ProbeTable.Find(probe) is { File: { } file } site
            ? BreakpointTarget.SourceLine(thread.CurrentModule.Name, Path.GetFileName(file.Replace('\\', '/')), site.Line)
            : BreakpointTarget.SourceLine(thread.CurrentModule.Name, "", 0);

    // The probes the enabled line breakpoints resolve to in the loaded images, and the process-wide arming.
    private void RefreshLines()
    {
        var probes = new Dictionary<int, List<Breakpoint>>();
        foreach (var breakpoint in _breakpoints.Where(b => b.Enabled && b.Target.Kind == BreakpointKind.Line))
        {
            if (Resolve(breakpoint.Target) is not { } resolved)
            {
                continue;
            }

            foreach (var site in resolved.Line.Sites)
            {
                if (!probes.TryGetValue(site.Id, out var list))
                {
                    probes[site.Id] = list = [];
                }

                list.Add(breakpoint);
            }
        }

        _lineProbes = probes.ToDictionary(p => p.Key, p => p.Value.ToArray());
        var armed = _lineProbes.Count > 0 || _step?.Lines is not null;
        if (armed != _armedForLines)
        {
            _armedForLines = armed;
            Interlocked.Add(ref s_linesArmed, armed ? 1 : -1);
        }
    }

    // Where the thread stopped, for a step from there: its innermost frame of driver code, if that is an instrumented image's.
    private void RecordStop(KTHREAD thread, StackTrace trace)
    {
        var frame = BreakFrames.Innermost(trace);
        var stopped = frame is { } f && f.Method.DeclaringType?.Assembly is { } assembly && ProbeTable.Covers(assembly)
            ? new StopFrame(thread, f.Method, f.Depth)
            : null;
        lock (_lock)
        {
            _stoppedIn = stopped;
        }
    }

    /// <summary>A step by line from a frame of instrumented code (the method and its depth from the bottom of the
    /// stack): <c>p</c> stops at the next line probe of that frame or of a frame below it on the stack (a caller), and
    /// at the next DDI once the frame has returned (into kernel or client code, which has no lines).</summary>
    private sealed class LineStep(MethodBase method, int depth)
    {
        // (probe, mark) -> whether a line probe there stops a p: a loop in a callee walks the stack once per line.
        private readonly Dictionary<(int, nuint), bool> _decided = [];

        internal bool Stops(int probe, nuint mark)
        {
            lock (_decided)
            {
                if (!_decided.TryGetValue((probe, mark), out var stops))
                {
                    // The probe's frame is the innermost of driver code: at the step's depth or above it, it is that frame or a caller.
                    stops = BreakFrames.Innermost(new StackTrace(false)) is not { } frame || frame.Depth <= depth;
                    _decided[(probe, mark)] = stops;
                }

                return stops;
            }
        }

        internal bool Returned() => !BreakFrames.Holds(new StackTrace(false), method, depth);
    }
}
