using System.Diagnostics.CodeAnalysis;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The one door every DDI enters by, as every KMDF DDI opens with DDI_ENTRY (docs/ddi-entry.md).
/// <see cref="Enter"/> binds the calling simulated thread, checks the DDI's IRQL rule from its
/// <see cref="Ddi"/> row and, when a hook is on (tracing, breakpoints, call counting, fault
/// injection), hands the call to the machine's <see cref="DdiMonitor"/>. <see cref="Leave(KTHREAD, Ddi)"/>
/// takes the scheduling point of a DDI that is one. The fast path is a thread-static read, three
/// compares and a store.
/// </summary>
internal static class DdiGate
{
    /// <summary>The gate checks the kernel stack every this many entries, not at each: a DDI
    /// recursion's frames are far smaller than the stack's reserve (KernelStack.Reserve) divided by it.</summary>
    internal const int StackCheckInterval = 32;

    /// <summary>Enters <paramref name="ddi"/> on the calling simulated thread. <paramref name="irqlObject"/>
    /// and <paramref name="irqlExtra"/> are what an IRQL violation reports in P3 and P4 (the lock, the
    /// event, the MDL and access mode ...), 0 for none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static KTHREAD Enter(Ddi ddi, ulong irqlObject = 0, ulong irqlExtra = 0)
    {
        var thread = KTHREAD.Current;
        if (thread is null)
        {
            KeContext.ThrowNotOnSimulatedThread(ddi.Name);
        }

        thread.LastDdiIndex = ddi.Index;
        var irql = thread.Processor!.Irql;
        if (irql > ddi.MaxIrql || irql < ddi.MinIrql || thread.Machine.DdiHooks || --thread.DdiStackCountdown < 0)
        {
            Checked(thread, ddi, irql, irqlObject, irqlExtra);
        }

        return thread;
    }

    /// <summary>Enters the system service <paramref name="service"/> from an application's thread
    /// (the Win32 facade's way into the kernel): the gate, then kernel mode until the scope ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static KernelModeScope Service(KTHREAD thread, Ddi service)
    {
        Debug.Assert(ReferenceEquals(thread, KTHREAD.Current), "a system service runs on its caller's thread");
        Enter(service);
        return new KernelModeScope(thread);
    }

    /// <summary>Leaves <paramref name="ddi"/>: takes its scheduling point if it is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Leave(KTHREAD thread, Ddi ddi)
    {
        if (ddi.Is(DdiTraits.SchedulingPoint))
        {
            thread.Machine.Scheduler.SchedulingPoint(thread);
        }
    }

    /// <summary>Leaves <paramref name="ddi"/> with its result: traced when tracing is on; the
    /// scheduling point taken if the DDI is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static NTSTATUS Leave(KTHREAD thread, Ddi ddi, NTSTATUS status)
    {
        if (thread.Machine.DdiHooks)
        {
            thread.Machine.Ddis.OnLeave(thread, ddi, status);
        }

        Leave(thread, ddi);
        return status;
    }

    /// <summary>A scheduling point a DDI takes only on some paths (KeSetEvent with Wait = FALSE):
    /// the row must say the DDI is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SchedulingPoint(KTHREAD thread, Ddi ddi)
    {
        Debug.Assert(ddi.Is(DdiTraits.SchedulingPoint), $"{ddi.Name} is not a scheduling point in the DDI table");
        thread.Machine.Scheduler.SchedulingPoint(thread);
    }

    /// <summary>Whether this call of a DDI that can fail should fail (a fault injection hook said so).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool InjectFault(KTHREAD thread, Ddi ddi)
    {
        Debug.Assert(ddi.Is(DdiTraits.CanFail), $"{ddi.Name} is not marked CanFail in the DDI table");
        return thread.Machine.DdiHooks && thread.Machine.Ddis.ShouldFail(thread, ddi);
    }

    /// <summary>Whether the calling thread's machine has a DDI hook on: a DDI that traces its
    /// arguments tests this before it builds them, so the hot path builds nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Hooked(KTHREAD thread) => thread.Machine.DdiHooks;

    /// <summary>Records a DDI's key arguments in the trace when tracing is on; the interpolated
    /// string is not even formatted otherwise. Call it behind <see cref="Hooked"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Arguments(KTHREAD thread, Ddi ddi,
        [InterpolatedStringHandlerArgument(nameof(thread))] ref DdiArguments arguments)
    {
        if (arguments.Enabled)
        {
            thread.Machine.Ddis.OnArguments(thread, ddi, arguments.ToStringAndClear());
        }
    }

    /// <summary>The slow path: the kernel stack nearly spent, an IRQL outside the DDI's range, or a
    /// hook that wants the call.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe void Checked(KTHREAD thread, Ddi ddi, KIRQL irql, ulong irqlObject, ulong irqlExtra)
    {
        var machine = thread.Machine;
        thread.DdiStackCountdown = StackCheckInterval;
        byte here;
        if ((nuint)(&here) < thread.StackLimit)
        {
            // A DDI entered with the kernel stack spent (driver code recursing through DDIs, or code
            // that is not instrumented): the double fault an instrumented method entry would take.
            KernelStack.Overflow(thread, ProbeTable.NoProbe);
        }

        if (irql > ddi.MaxIrql || irql < ddi.MinIrql)
        {
            IrqlViolation(machine, thread, ddi, irql, irqlObject, irqlExtra);
        }

        if (machine.DdiHooks)
        {
            machine.Debugger.FreezeIfBroken(thread);
            machine.Ddis.OnEnter(thread, ddi, irql);
        }
    }

    private static void IrqlViolation(Machine machine, KTHREAD thread, Ddi ddi, KIRQL irql, ulong irqlObject, ulong irqlExtra)
    {
        var (p2, p3, p4) = ddi.Parameters switch
        {
            IrqlParameters.ZwCall => (0UL, (ulong)irql, unchecked((ulong)(long)thread.SpecialApcDisable)),
            IrqlParameters.DdiRule => (0UL, 0UL, 0UL),
            _ => ((ulong)irql, irqlObject, irqlExtra),
        };
        machine.Verifier.Violation(ddi.IrqlRule, p2, p3, p4, $"{ddi.Name} called at IRQL {(int)irql}; {Allowed(ddi)} (rule {ddi.IrqlRule.Name})");
    }

    private static string Allowed(Ddi ddi) => (ddi.MinIrql, ddi.MaxIrql) switch
    {
        var (min, max) when min == max => $"it must be called at IRQL {Irql.Name(max)}",
        var (min, max) when min == Wdm.PASSIVE_LEVEL => $"it must be called at IRQL <= {Irql.Name(max)}",
        var (min, max) => $"it must be called at IRQL {Irql.Name(min)} to {Irql.Name(max)}",
    };
}
