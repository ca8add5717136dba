namespace NtSim;

/// <summary>The IRQL rules of the Ob, Ps and Zw routines, as Driver Verifier's DDI compliance
/// checking reports them (0xC4 with the rule's code in P1; rows in <see cref="VerifierRules"/>). These
/// helpers bug check whatever the options, for callers that cannot go on yet.</summary>
internal static class ObRules
{
    // DDI compliance rules (0xC4 P1): IrqlObPassive, IrqlPsPassive, IrqlZwPassive.
    internal const ulong IrqlObPassive = 0x0002001B;
    internal const ulong IrqlPsPassive = 0x0002001C;
    internal const ulong IrqlZwPassive = 0x0002001F;

    /// <summary>A routine that a DDI compliance rule restricts to PASSIVE_LEVEL.</summary>
    internal static void RequirePassive(KTHREAD thread, ulong rule, string ruleName, string ddi)
    {
        var irql = thread.Processor!.Irql;
        if (irql != Wdm.PASSIVE_LEVEL)
        {
            thread.Machine!.Verifier.BugCheck(VerifierRules.Find(Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, rule), 0, 0, 0,
                $"{ddi} called at IRQL {(int)irql}; it must be called at PASSIVE_LEVEL (rule {ruleName})");
        }
    }

    /// <summary>A Zw routine (PASSIVE_LEVEL) that no rule of its own covers: Driver Verifier's check of
    /// Zw calls, 0xC4/0xE6 (P2 the calling address, unknown here; P3 the IRQL; P4 the special-APC disable count).</summary>
    internal static void RequireZwPassive(KTHREAD thread, string ddi)
    {
        var irql = thread.Processor!.Irql;
        if (irql != Wdm.PASSIVE_LEVEL)
        {
            thread.Machine!.Verifier.BugCheck(VerifierRules.ZwAbovePassive, 0, (ulong)irql, unchecked((ulong)(long)thread.SpecialApcDisable),
                $"{ddi} called at IRQL {(int)irql}; Zw routines must be called at PASSIVE_LEVEL");
        }
    }
}
