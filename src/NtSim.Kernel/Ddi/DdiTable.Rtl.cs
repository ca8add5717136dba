namespace NtSim;

// The DDI table: the run-time library (Rtl). One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi RtlCompareMemory = new(nameof(RtlCompareMemory), Wdm.HIGH_LEVEL);
}
