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
            // DRIVER_VERIFIER_DETECTED_VIOLATION 0x30: P2 current IRQL, P3 requested IRQL.
            thread.Machine!.RaiseBugCheck(Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, 0x30, (ulong)current, (ulong)newIrql, 0,
                $"KeRaiseIrql to {(int)newIrql} from IRQL {(int)current}: the new IRQL must not be lower than the current one");
        }

        p.Irql = newIrql;
        return current;
    }

    internal static void Lower(KTHREAD thread, KIRQL newIrql)
    {
        var p = thread.Processor!;
        var current = p.Irql;
        if (newIrql > current || newIrql > Wdm.HIGH_LEVEL)
        {
            // DRIVER_VERIFIER_DETECTED_VIOLATION 0x31: P2 current IRQL, P3 requested IRQL, P4 0 (bad value).
            thread.Machine!.RaiseBugCheck(Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, 0x31, (ulong)current, (ulong)newIrql, 0,
                $"KeLowerIrql to {(int)newIrql} from IRQL {(int)current}: the new IRQL must not be higher than the current one");
        }

        if (p.DpcActive && newIrql < Wdm.DISPATCH_LEVEL)
        {
            // 0x31 with P4 = 1: the new IRQL is not allowed inside a DPC routine.
            thread.Machine!.RaiseBugCheck(Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, 0x31, (ulong)current, (ulong)newIrql, 1,
                $"KeLowerIrql to {(int)newIrql} inside a DPC routine, which runs at DISPATCH_LEVEL");
        }

        p.Irql = newIrql;
        if (newIrql < Wdm.DISPATCH_LEVEL && p.HasPendingDpcs)
        {
            // Dropping below DISPATCH_LEVEL delivers the pending DPC interrupt on the spot.
            thread.Machine!.Scheduler.DrainDpcs(thread, p);
        }
    }
}
