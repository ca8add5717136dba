using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// What a probe does once every <see cref="Quantum"/> probes of a thread (or at once when the
/// stack runs low or the hang watchdog asks): stop the thread if the watchdog asked; at
/// DISPATCH_LEVEL and above charge the quantum's nominal time and check the DPC watchdog; then
/// take a scheduling point, so a loop that calls no DDI lets the rest of the machine run.
/// </summary>
internal static class ProbeSlowPath
{
    /// <summary>Probes between two slow paths of a thread: a loop takes a scheduling point every
    /// 1024 back-edges (and entries), which keeps a spinning thread from taking the machine while
    /// the slow path costs well under a nanosecond a probe.</summary>
    internal const int Quantum = 1024;

    /// <summary>Deterministic mode: the virtual time one probe stands for at DISPATCH_LEVEL and
    /// above, in 100-ns units (1 µs, a pessimistic loop iteration: a DPC's 20-second limit is
    /// 20 million probes, a fraction of a second of host time).</summary>
    internal const long NominalProbeCost = 10;

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static unsafe void AtEntry(KTHREAD thread, int probe)
    {
        byte here;
        if ((nuint)(&here) < thread.StackLimit)
        {
            KernelStack.Overflow(thread, probe);
        }

        if (thread.ProbeCountdown < 0)
        {
            QuantumEnd(thread);
        }

        if (BreakpointTable.ProbesArmed)
        {
            thread.Machine.Breakpoints.AtProbe(thread, probe);
        }
    }

    /// <summary>A line probe while line breakpoints or a step by line are armed somewhere in the process: the
    /// thread's machine decides (on a host thread, nothing). The address of a local marks the driver frame's depth
    /// (optimized at once, never re-jitted: the mark of one frame stays the same from call to call).</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    internal static unsafe void AtLine(int probe)
    {
        var thread = KTHREAD.Current;
        if (thread is null)
        {
            return;
        }

        byte here;
        thread.Machine.Breakpoints.AtLine(thread, probe, (nuint)(&here));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void AtBackEdge(KTHREAD thread, int probe) => QuantumEnd(thread);

    private static void QuantumEnd(KTHREAD thread)
    {
        thread.ProbeCountdown = Quantum;
        var machine = thread.Machine;
        if (thread.StopRequested)
        {
            HangWatchdog.StopAtProbe(thread);
        }

        machine.ThrowIfHalted();
        var p = thread.Processor;
        if (p is null || p.Current != thread)
        {
            return;
        }

        var scheduler = machine.Scheduler;
        if (p.Irql >= Wdm.DISPATCH_LEVEL)
        {
            if (scheduler.IsDeterministic)
            {
                // The quantum's nominal time passes (the DPC watchdog checks it as for a stall).
                scheduler.Stall(Quantum * NominalProbeCost);
            }
            else
            {
                DpcWatchdog.Check(thread, 0);
            }
        }

        if (Monitor.IsEntered(scheduler.Lock))
        {
            // Driver code called back under the dispatcher lock: no switch here.
            return;
        }

        // A probe's scheduling point is no progress of the thread's own (the hang watchdog's measure).
        var progress = thread.Progress;
        scheduler.SchedulingPoint(thread);
        thread.Progress = progress;
    }
}
