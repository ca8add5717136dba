namespace NtSim;

public sealed partial class BreakpointTable
{
    /// <summary>Where a step may stop: at a DDI the thread calls, or at entry to a driver routine.</summary>
    internal enum StepStop
    {
        Ddi,
        Routine,
        Line,
    }

    /// <summary>A step the debugger asked for: the thread that stands at the break, whether it traces into routines
    /// (<c>t</c>) or steps over them (<c>p</c>), and for a thread stopped in instrumented driver code, the frame it steps
    /// by line from (else it steps by call: to the next DDI, and with <c>t</c> the next routine entered).</summary>
    private sealed record StepRequest(KTHREAD Thread, bool Into, LineStep? Lines);

    /// <summary>Whether a host break-in request waits for the machine's next DDI or probe.</summary>
    public bool BreakRequested => _breakRequested;

    /// <summary>Asks the running machine to break in (<c>.breakin</c>, Ctrl+C in the console): the next thread that
    /// enters a DDI (a scheduling point) or passes a probe breaks in, with the report of an int 3
    /// ("Break instruction exception - code 80000003").</summary>
    public void RequestBreak()
    {
        lock (_lock)
        {
            _breakRequested = true;
            Refresh();
        }
    }

    /// <summary>Arms one step for <paramref name="thread"/> (the thread of the break the machine stands in). Stopped in
    /// instrumented driver code, it steps by line: to the next line of the same frame or a caller's (<paramref name="into"/>:
    /// of any frame), or the next DDI once that frame has returned. Elsewhere it steps by call: to the next DDI it calls,
    /// and with <paramref name="into"/> also to entry to a driver routine. The caller then lets the machine go.
    /// Cancelled by <see cref="CancelStep"/>.</summary>
    public void Step(KTHREAD thread, bool into)
    {
        ArgumentNullException.ThrowIfNull(thread);
        lock (_lock)
        {
            var lines = _stoppedIn is { } frame && frame.Thread == thread ? new LineStep(frame.Method, frame.Depth) : null;
            // Used once: the stop this step ends records its own frame.
            _stoppedIn = null;
            _step = new StepRequest(thread, into, lines);
            Refresh();
        }
    }

    /// <summary>Drops a step that did not stop (its thread ran to the end of its work).</summary>
    public void CancelStep()
    {
        lock (_lock)
        {
            _step = null;
            Refresh();
        }
    }

    // A break request or this thread's step stops here: true when it stopped (and was let go).
    private bool Requested(KTHREAD thread, BreakpointTarget reached, StepStop stop)
    {
        bool step;
        lock (_lock)
        {
            if (_breakRequested)
            {
                _breakRequested = false;
                step = false;
            }
            else if (_step is { } request && request.Thread == thread && Stops(request, stop))
            {
                _step = null;
                step = true;
            }
            else
            {
                return false;
            }

            Refresh();
        }

        Stop(thread, null, reached, step);
        return true;
    }

    // A step by call stops at a DDI, and a trace at a routine's entry too; a step by line at a line (its frame checked
    // before) or at a DDI once its frame has returned.
    private static bool Stops(StepRequest request, StepStop stop) => request.Lines is { } lines
        ? stop == StepStop.Line || (stop == StepStop.Ddi && lines.Returned())
        : stop == StepStop.Ddi || (stop == StepStop.Routine && request.Into);
}
