using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The machine's end of the kernel debugger connection: whether debugging was enabled at boot
/// (KD_DEBUGGER_ENABLED), whether a debugger is connected (KD_DEBUGGER_NOT_PRESENT), and the break
/// the machine stands in. A breakpoint or failed assertion that reaches the debugger stops every
/// processor where it was (<see cref="RunStatus.Break"/>, <see cref="Break"/>); <see cref="Go"/>
/// lets the machine go on, as WinDbg's <c>g</c> (or <c>gh</c> for an assertion) does, and the
/// next run continues after the breakpoint. The kernel debugger's console will drive this seam.
/// docs/asserts.md.
/// </summary>
[DebuggerDisplay("Debugger enabled={Enabled} attached={Attached} broken={IsBroken}")]
public sealed partial class DebuggerConnection
{
    private readonly Machine _machine;
    private volatile bool _attached;
    private volatile BreakReport? _break;
    private int _frozen;

    // The KdDebuggerNotPresent variable: as at boot until KdRefreshDebuggerNotPresent refreshes it
    // ("If a kernel debugger was recently attached or removed, the value ... may not reflect the new state").
    private volatile bool _notPresentVariable;

    internal DebuggerConnection(Machine machine, KernelDebugging debugging)
    {
        _machine = machine;
        Enabled = debugging != KernelDebugging.Off;
        _attached = debugging == KernelDebugging.Attached;
        _notPresentVariable = !_attached;
    }

    /// <summary>KD_DEBUGGER_ENABLED: the machine booted with kernel debugging enabled.</summary>
    public bool Enabled { get; }

    /// <summary>A kernel debugger is connected (KD_DEBUGGER_NOT_PRESENT is FALSE).</summary>
    public bool Attached => _attached;

    /// <summary>The break the machine stands in, or null while it runs.</summary>
    public BreakReport? Break => _break;

    internal bool IsBroken => _break is not null;

    /// <summary>How many threads stand frozen at a DDI because another processor broke in (concurrent mode).</summary>
    public int Frozen => Volatile.Read(ref _frozen);

    /// <summary>KD_DEBUGGER_NOT_PRESENT: the variable as last refreshed.</summary>
    internal bool NotPresentVariable => _notPresentVariable;

    /// <summary>KdRefreshDebuggerNotPresent: the variable takes the connection's state, and is returned.</summary>
    internal bool RefreshNotPresent()
    {
        var notPresent = !_attached;
        _notPresentVariable = notPresent;
        return notPresent;
    }

    /// <summary>Connects a kernel debugger, as WinDbg connecting to a machine booted with <c>/debug</c>.
    /// A machine booted without debugging has no transport to connect to: InvalidOperationException.</summary>
    public void Attach()
    {
        if (!Enabled)
        {
            throw new InvalidOperationException("The machine booted without kernel debugging (MachineOptions.KernelDebugging is Off): no debugger can connect to it.");
        }

        _attached = true;
    }

    /// <summary>Disconnects the kernel debugger; KD_DEBUGGER_NOT_PRESENT becomes TRUE again.</summary>
    public void Detach() => _attached = false;

    /// <summary>Lets the broken-in machine go on (<c>g</c>; for an assertion, <c>gh</c>: handled): the
    /// thread that broke in continues after its breakpoint or assertion at the next run (at once in
    /// concurrent mode). Does nothing if the machine is not broken in.</summary>
    public void Go()
    {
        var scheduler = _machine.Scheduler;
        lock (scheduler.Lock)
        {
            _break = null;
            Monitor.PulseAll(scheduler.Lock);
        }

        _machine.Ddis.RefreshHooks();
    }

    /// <summary>Concurrent mode: a thread of another processor reaching the DDI gate while the machine is broken in
    /// stands still there until the debugger lets the machine go, as Windows freezes the other processors when one
    /// breaks into the debugger. (Deterministic mode runs one thread at a time: nothing else runs at a break.)</summary>
    internal void FreezeIfBroken(KTHREAD thread)
    {
        if (_break is not { } report || _machine.Options.Mode != ExecutionMode.Concurrent || report.Thread == thread.ToString())
        {
            return;
        }

        var scheduler = _machine.Scheduler;
        lock (scheduler.Lock)
        {
            Interlocked.Increment(ref _frozen);
            try
            {
                while (_break is not null)
                {
                    _machine.ThrowIfHalted();
                    Monitor.Wait(scheduler.Lock);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _frozen);
            }
        }
    }

    /// <summary>Breaks in on <paramref name="thread"/>: records the report, stops the machine and
    /// returns when the debugger lets it go (or unwinds if the machine halts meanwhile).</summary>
    internal void BreakIn(KTHREAD thread, BreakReport report)
    {
        var scheduler = _machine.Scheduler;
        lock (scheduler.Lock)
        {
            // Concurrent mode: another processor broke in first; this one stands still until it is let go.
            while (_break is not null)
            {
                _machine.ThrowIfHalted();
                Monitor.Wait(scheduler.Lock);
            }

            _machine.ThrowIfHalted();
            _break = report;
        }

        // The gate's slow path freezes the other processors' threads at their next DDI.
        _machine.Ddis.RefreshHooks();

        scheduler.Trace(TraceKind.Break, report.FirstLine + (report.Assertion is { } assertion ? ": " + assertion : ""));
        scheduler.Break(thread);
    }
}
