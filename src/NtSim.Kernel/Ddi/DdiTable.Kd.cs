namespace NtSim;

// The DDI table: debug output (Kd). One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi DbgPrintEx = new(nameof(DbgPrintEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi DbgQueryDebugFilterState = new(nameof(DbgQueryDebugFilterState), Wdm.HIGH_LEVEL);

    internal static readonly Ddi DbgSetDebugFilterState = new(nameof(DbgSetDebugFilterState), Wdm.HIGH_LEVEL);

    // Breakpoints and the debugger's presence: any IRQL (their pages give no IRQL line; a breakpoint is an int 3).
    internal static readonly Ddi DbgBreakPoint = new(nameof(DbgBreakPoint), Wdm.HIGH_LEVEL);

    internal static readonly Ddi DbgBreakPointWithStatus = new(nameof(DbgBreakPointWithStatus), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KdRefreshDebuggerNotPresent = new(nameof(KdRefreshDebuggerNotPresent), Wdm.HIGH_LEVEL);

    internal static readonly Ddi vDbgPrintEx = new(nameof(vDbgPrintEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi vDbgPrintExWithPrefix = new(nameof(vDbgPrintExWithPrefix), Wdm.HIGH_LEVEL);
}
