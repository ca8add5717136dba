using System.Globalization;

namespace NtSim;

/// <summary>What happened, in the event trace.</summary>
public enum TraceKind
{
    Switch,
    Preempt,
    Wait,
    Wake,
    Dpc,
    Timer,
    Clock,
    Lock,
    Pool,
    Io,
    Thread,
    DebugPrint,
    BugCheck,
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
