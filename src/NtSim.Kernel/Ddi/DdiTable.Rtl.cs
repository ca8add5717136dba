namespace NtSim;

// The DDI table: the run-time library (Rtl). One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi RtlCompareMemory = new(nameof(RtlCompareMemory), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlZeroMemory = new(nameof(RtlZeroMemory), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlSecureZeroMemory = new(nameof(RtlSecureZeroMemory), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlFillMemory = new(nameof(RtlFillMemory), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlCopyMemory = new(nameof(RtlCopyMemory), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlMoveMemory = new(nameof(RtlMoveMemory), Wdm.HIGH_LEVEL);

    // RtlAssert (what ASSERT calls): any IRQL, as ASSERT is used at any IRQL.
    internal static readonly Ddi RtlAssert = new(nameof(RtlAssert), Wdm.HIGH_LEVEL);

    // Versions: each page's IRQL line is PASSIVE_LEVEL.
    internal static readonly Ddi RtlGetVersion = new(nameof(RtlGetVersion), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlVerifyVersionInfo = new(nameof(RtlVerifyVersionInfo), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlIsNtDdiVersionAvailable = new(nameof(RtlIsNtDdiVersionAvailable), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlIsServicePackVersionInstalled = new(nameof(RtlIsServicePackVersionInstalled), Wdm.PASSIVE_LEVEL);
}
