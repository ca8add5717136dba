using System.Globalization;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>IRQL changes of the running processor, with the checks Windows makes.</summary>
internal static class Irql
{
    /// <summary>"PASSIVE_LEVEL", "APC_LEVEL", "DISPATCH_LEVEL", else the number.</summary>
    internal static string Name(KIRQL irql) => irql switch
    {
        Wdm.PASSIVE_LEVEL => "PASSIVE_LEVEL",
        Wdm.APC_LEVEL => "APC_LEVEL",
        Wdm.DISPATCH_LEVEL => "DISPATCH_LEVEL",
        Wdm.HIGH_LEVEL => "HIGH_LEVEL",
        _ => ((int)irql).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    internal static KIRQL Raise(KTHREAD thread, KIRQL newIrql)
    {
        var p = thread.Processor!;
        var current = p.Irql;
        if (newIrql < current || newIrql > Wdm.HIGH_LEVEL)
        {
            var machine = thread.Machine;
            var detail = string.Create(CultureInfo.InvariantCulture,
                $"KeRaiseIrql to {(int)newIrql} from IRQL {(int)current}: the new IRQL must not be lower than the current one");
            machine.Verifier.Violation(VerifierRules.RaiseToLowerIrql, (ulong)current, (ulong)newIrql, 0, detail);

            // Free build: "If the new IRQL is less than the current IRQL, a bug check occurs" (nf-wdm-keraiseirql):
            // IRQL_NOT_GREATER_OR_EQUAL, whose parameters are not documented (NtSim gives the two IRQLs).
            machine.RaiseBugCheck(Wdm.IRQL_NOT_GREATER_OR_EQUAL, (ulong)current, (ulong)newIrql, 0, 0, detail);
        }

        p.Irql = newIrql;
        return current;
    }

    internal static void Lower(KTHREAD thread, KIRQL newIrql)
    {
        var p = thread.Processor!;
        var current = p.Irql;
        var inDpc = newIrql < Wdm.DISPATCH_LEVEL && p.DpcActive;
        if (newIrql > current || inDpc)
        {
            CheckLower(thread, p, current, newIrql);
            if (inDpc)
            {
                // No DPC is delivered inside the DPC (reached only with Force IRQL checking off).
                p.Irql = newIrql;
                return;
            }
        }

        p.Irql = newIrql;
        if (newIrql < Wdm.DISPATCH_LEVEL && p.HasPendingDpcs)
        {
            // Dropping below DISPATCH_LEVEL delivers the pending DPC interrupt on the spot.
            thread.Machine.Scheduler.DrainDpcs(thread, p);
        }

        if (newIrql == Wdm.PASSIVE_LEVEL && thread.HasKernelApcs)
        {
            // And dropping below APC_LEVEL the APC interrupt.
            Apcs.DeliverKernel(thread);
        }
    }

    // Out of line, so that the lowering path stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckLower(KTHREAD thread, Processor p, KIRQL current, KIRQL newIrql)
    {
        var machine = thread.Machine;
        if (newIrql > Wdm.HIGH_LEVEL)
        {
            // No IRQL above HIGH_LEVEL exists for the processor to run at: stopped whatever the options.
            machine.Verifier.BugCheck(VerifierRules.LowerToHigherIrql, (ulong)current, (ulong)newIrql, 0,
                string.Create(CultureInfo.InvariantCulture, $"KeLowerIrql to {(int)newIrql}, above HIGH_LEVEL"));
        }

        if (newIrql > current)
        {
            // 0xC4/0x31: P2 current IRQL, P3 requested IRQL, P4 0 (bad value). Free build: x64's KeLowerIrql
            // writes CR8 unchecked, so the IRQL is raised to the new value.
            machine.Verifier.Violation(VerifierRules.LowerToHigherIrql, (ulong)current, (ulong)newIrql, 0,
                string.Create(CultureInfo.InvariantCulture, $"KeLowerIrql to {(int)newIrql} from IRQL {(int)current}: the new IRQL must not be higher than the current one"));
        }

        if (p.DpcActive && newIrql < Wdm.DISPATCH_LEVEL)
        {
            // 0x31 with P4 = 1: the new IRQL is not allowed inside a DPC routine. Free build: the IRQL drops;
            // a routine that returns below DISPATCH_LEVEL gets IRQL_UNEXPECTED_VALUE from the DPC loop.
            machine.Verifier.Violation(VerifierRules.LowerToHigherIrql, (ulong)current, (ulong)newIrql, 1,
                string.Create(CultureInfo.InvariantCulture, $"KeLowerIrql to {(int)newIrql} inside a DPC routine, which runs at DISPATCH_LEVEL"));
        }
    }
}
