namespace NtSim;

public sealed partial class KTHREAD
{
    /// <summary>Probes left before the next one takes the slow path (<see cref="ProbeSlowPath"/>):
    /// decremented by every probe of instrumented driver code running on this thread. Another
    /// thread may set it to 0 to make the thread stop at its next probe.</summary>
    internal int ProbeCountdown = ProbeSlowPath.Quantum;

    /// <summary>The lowest host stack address driver code may reach on this thread: an entry probe
    /// below it is a kernel stack overflow (0x7F, double fault). Zero when unknown.</summary>
    internal nuint StackLimit;

    /// <summary>The host stack address where the thread's kernel stack begins (its highest address,
    /// the stack growing down from it). Zero when unknown.</summary>
    internal nuint StackBase;

    /// <summary>DDI entries left before the DDI gate next checks the stack (DdiGate.StackCheckInterval).</summary>
    internal int DdiStackCountdown;

    /// <summary>Counts the thread's entries into the kernel that let the machine move on
    /// (scheduling points, spins, resumptions), not its probes: the hang watchdog's measure.</summary>
    internal int Progress;

    /// <summary>The hang watchdog asks the thread to stop at its next probe.</summary>
    internal volatile bool StopRequested;

    /// <summary>A host thread adopted as a simulated thread (concurrent mode): it runs host code
    /// between its calls, which the hang watchdog must not take for a hang.</summary>
    internal bool IsAdopted;

    /// <summary>Sets the stack budget of the calling host thread, which is this thread's: driver code
    /// may use <paramref name="budget"/> bytes below the caller's frame.</summary>
    internal unsafe void SetStackBudget(nuint budget)
    {
        byte here;
        var top = (nuint)(&here);
        StackBase = top;
        StackLimit = top > budget ? top - budget : 0;
    }
}
