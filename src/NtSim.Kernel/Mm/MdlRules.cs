namespace NtSim;

/// <summary>The rules for MDL routines that Driver Verifier checks (bug check 0xC4 subcodes of the
/// "Bug Check 0xC4" page; rows in <see cref="VerifierRules"/>). These helpers bug check whatever the
/// options, for callers that cannot go on yet; a caller that can goes through
/// <see cref="DriverVerifier.Violation(VerifierRule, ulong, ulong, ulong, string)"/> with the row.</summary>
internal static class MdlRules
{
    // 0xC4 subcodes.
    internal const ulong UnlockNeverLocked = 0x7C;
    internal const ulong UnlockNonPagedPool = 0x7D;
    internal const ulong BuildForNonPagedPoolOfPagedPool = 0x7F;
    internal const ulong ProbeAndLockBadFlags = 0xB0;
    internal const ulong MapLockedMissingFlags = 0xB3;
    internal const ulong UnlockPartial = 0xB4;
    internal const ulong FreeMappedMdl = 0xB8;

    internal static void Violation(KTHREAD thread, ulong subcode, ulong p2, ulong p3, ulong p4, string detail) =>
        thread.Machine.Verifier.BugCheck(VerifierRules.Find(Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, subcode), p2, p3, p4, detail);
}
