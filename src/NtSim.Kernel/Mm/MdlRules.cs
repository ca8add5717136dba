namespace NtSim;

/// <summary>The rules for MDL routines that Driver Verifier checks (bug check 0xC4 subcodes of the
/// "Bug Check 0xC4" page; rows in <see cref="VerifierRules"/>). These helpers bug check whatever the
/// options, for callers that cannot go on yet; a caller that can goes through
/// <see cref="DriverVerifier.Violation(VerifierRule, ulong, ulong, ulong, string)"/> with the row.</summary>
internal static class MdlRules
{
    // 0xC4 subcodes.
    internal const ulong ProbeAndLockAboveDispatch = 0x70;
    internal const ulong MapLockedAboveDispatch = 0x76;
    internal const ulong UnlockAboveDispatch = 0x78;
    internal const ulong UnmapLockedAboveDispatch = 0x79;
    internal const ulong UnlockNeverLocked = 0x7C;
    internal const ulong UnlockNonPagedPool = 0x7D;
    internal const ulong BuildForNonPagedPoolOfPagedPool = 0x7F;
    internal const ulong ProbeAndLockBadFlags = 0xB0;
    internal const ulong MapLockedMissingFlags = 0xB3;
    internal const ulong UnlockPartial = 0xB4;
    internal const ulong FreeMappedMdl = 0xB8;
    internal const ulong ApiAtWrongIrql = 0xE5;

    internal static void Violation(KTHREAD thread, ulong subcode, ulong p2, ulong p3, ulong p4, string detail) =>
        thread.Machine!.Verifier.BugCheck(VerifierRules.Find(Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, subcode), p2, p3, p4, detail);

    /// <summary>A routine documented for IRQL &lt;= DISPATCH_LEVEL with a subcode of its own
    /// (P2 the IRQL, then <paramref name="p3"/> and <paramref name="p4"/>).</summary>
    internal static void RequireAtMostDispatch(KTHREAD thread, ulong subcode, ulong p3, ulong p4, string ddi)
    {
        var irql = thread.Processor!.Irql;
        if (irql > Wdm.DISPATCH_LEVEL)
        {
            Violation(thread, subcode, (ulong)irql, p3, p4, $"{ddi} called at IRQL {(int)irql}; it must be called at IRQL <= DISPATCH_LEVEL");
        }
    }

    /// <summary>A routine documented for IRQL &lt;= DISPATCH_LEVEL without a subcode of its own:
    /// 0xE5, a kernel API called at the wrong IRQL (P2 the IRQL).</summary>
    internal static void RequireAtMostDispatch(KTHREAD thread, string ddi) => RequireAtMostDispatch(thread, ApiAtWrongIrql, 0, 0, ddi);
}
