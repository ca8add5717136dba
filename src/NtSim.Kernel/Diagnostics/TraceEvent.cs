using System.Globalization;

namespace NtSim;

/// <summary>What happened, in the event trace.</summary>
public enum TraceKind
{
    /// <summary>A processor switched to another thread.</summary>
    Switch,
    /// <summary>A thread was preempted by one of higher priority.</summary>
    Preempt,
    /// <summary>A thread started to wait (on objects, a delay or an APC).</summary>
    Wait,
    /// <summary>A waiting thread was woken, with the status its wait returns.</summary>
    Wake,
    /// <summary>A DPC was queued or ran.</summary>
    Dpc,
    /// <summary>A timer expired.</summary>
    Timer,
    /// <summary>A clock tick (not recorded at present).</summary>
    Clock,
    /// <summary>A lock was acquired or released (not recorded at present).</summary>
    Lock,
    /// <summary>A pool block was allocated or freed.</summary>
    Pool,
    /// <summary>An IRP was completed or cancelled.</summary>
    Io,
    /// <summary>A thread was created or exited.</summary>
    Thread,
    /// <summary>A DbgPrint or KdPrint message (marked when the filter hid it).</summary>
    DebugPrint,
    /// <summary>The machine bug checked.</summary>
    BugCheck,
    /// <summary>No thread can run and no timer is pending.</summary>
    Deadlock,

    /// <summary>A DDI call (when <see cref="DdiMonitor.Tracing"/> is on).</summary>
    Ddi,

    /// <summary>A breakpoint or failed assertion: the break into the kernel debugger, or an assertion no debugger saw.</summary>
    Break,

    /// <summary>An APC queued, delivered in its thread, or run down at the thread's exit.</summary>
    Apc,

    /// <summary>A device register access: an I/O port IN/OUT or a memory-mapped register read/write (machine.Hardware).</summary>
    Hardware,
}

/// <summary>One event of a machine's trace. Sequence numbers, times, processors and thread ids are
/// deterministic in deterministic mode, so two runs with one seed produce equal traces.</summary>
public readonly record struct TraceEvent(long Sequence, long InterruptTime, int Processor, int ThreadId, TraceKind Kind, string Detail)
{
    /// <summary>"[000042] 0.000150 P1 T8 Dpc SampleDpc".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"[{Sequence:D6}] {InterruptTime / 10_000_000.0:F6} {(Processor < 0 ? "--" : "P" + Processor.ToString(CultureInfo.InvariantCulture))} {(ThreadId < 0 ? "host" : "T" + ThreadId.ToString(CultureInfo.InvariantCulture))} {Kind} {Detail}");
}
