using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// What instrumented driver code calls: NtSim inserts these calls when it loads a driver assembly
/// from a file (docs/instrumentation.md). Not for drivers to call. The fast path reads the
/// calling thread's simulated thread and one counter (the entry probe also compares the stack
/// pointer with the thread's limit); it neither allocates nor locks.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Probes
{
    /// <summary>The first instruction of a method of the driver.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Enter(int probe)
    {
        var thread = KTHREAD.Current;
        if (thread is null)
        {
            return;
        }

        byte here;
        if ((nuint)(&here) < thread.StackLimit || --thread.ProbeCountdown < 0 || BreakpointTable.ProbesArmed)
        {
            ProbeSlowPath.AtEntry(thread, probe);
        }
    }

    /// <summary>A branch back to an earlier instruction of the driver (a loop goes round).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BackEdge(int probe)
    {
        var thread = KTHREAD.Current;
        if (thread is not null && --thread.ProbeCountdown < 0)
        {
            ProbeSlowPath.AtBackEdge(thread, probe);
        }
    }

    /// <summary>A source line of the driver starts (a sequence point): one static read while no machine of the
    /// process has a line breakpoint or a step by line armed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Line(int probe)
    {
        if (BreakpointTable.LinesArmed)
        {
            ProbeSlowPath.AtLine(probe);
        }
    }
}
