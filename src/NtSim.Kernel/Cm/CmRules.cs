namespace NtSim;

/// <summary>The IRQL rules of the registry routines, as Driver Verifier's DDI compliance checking
/// reports them (0xC4 with the rule's code in P1). ZwClose and the nine Zw*Key routines it lists
/// share IrqlZwPassive (<see cref="ObRules.IrqlZwPassive"/>).</summary>
internal static class CmRules
{
    // WDK "IrqlIoRtlZwPassive rule (wdm)": RtlCreateRegistryKey, RtlWriteRegistryValue, ZwDeleteValueKey... (0x20023).
    internal const ulong IrqlIoRtlZwPassive = 0x00020023;

    // WDK "IrqlRtlPassive rule (wdm)": RtlDeleteRegistryValue (0x2001E).
    internal const ulong IrqlRtlPassive = 0x0002001E;

    internal static void RequireZwPassive(KTHREAD thread, string ddi) =>
        ObRules.RequirePassive(thread, ObRules.IrqlZwPassive, "IrqlZwPassive", ddi);

    internal static void RequireIoRtlZwPassive(KTHREAD thread, string ddi) =>
        ObRules.RequirePassive(thread, IrqlIoRtlZwPassive, "IrqlIoRtlZwPassive", ddi);

    internal static void RequireRtlPassive(KTHREAD thread, string ddi) =>
        ObRules.RequirePassive(thread, IrqlRtlPassive, "IrqlRtlPassive", ddi);

    /// <summary>RtlQueryRegistryValues and RtlCheckRegistryKey (PASSIVE_LEVEL, no DDI rule of their
    /// own) are reported as the Zw calls they make: Driver Verifier's 0xC4/0xE6 (P3 the IRQL, P4 the
    /// special-APC disable count).</summary>
    internal static void RequireZwCallerPassive(KTHREAD thread, string ddi)
    {
        var irql = thread.Processor!.Irql;
        if (irql != Wdm.PASSIVE_LEVEL)
        {
            thread.Machine!.Verifier.BugCheck(VerifierRules.ZwAbovePassive, 0, (ulong)irql, unchecked((ulong)(long)thread.SpecialApcDisable),
                $"{ddi} called at IRQL {(int)irql}; it opens keys with Zw routines, which must be called at PASSIVE_LEVEL");
        }
    }
}
