namespace NtSim;

// The DDI table: debug output (Kd). One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi DbgPrintEx = new(nameof(DbgPrintEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi DbgQueryDebugFilterState = new(nameof(DbgQueryDebugFilterState), Wdm.HIGH_LEVEL);

    internal static readonly Ddi DbgSetDebugFilterState = new(nameof(DbgSetDebugFilterState), Wdm.HIGH_LEVEL);
}
