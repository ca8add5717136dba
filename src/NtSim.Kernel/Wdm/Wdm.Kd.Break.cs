namespace NtSim;

// Breakpoints and the debugger's presence (wdm.h). KdBreakPoint(WithStatus) and KD_DEBUGGER_* are
// header macros (no DDI gate); DbgBreakPoint(WithStatus) and KdRefreshDebuggerNotPresent are DDIs.
public static partial class Wdm
{
    /// <summary>DbgBreakPoint: breaks into the kernel debugger (<see cref="RunStatus.Break"/>; with debugging
    /// enabled and no debugger connected the machine waits for one). With debugging off it raises
    /// STATUS_BREAKPOINT, an exception that, unhandled, is bug check 0x7E or 0x1E with P1 = 0x80000003.</summary>
    public static void DbgBreakPoint()
    {
        var thread = DdiGate.Enter(DdiTable.DbgBreakPoint);
        Assertions.Breakpoint(thread, nameof(DbgBreakPoint), null);
    }

    /// <summary>DbgBreakPointWithStatus: DbgBreakPoint that sends <paramref name="Status"/> to the debugger
    /// (<see cref="BreakReport.Status"/>).</summary>
    public static void DbgBreakPointWithStatus(uint Status)
    {
        var thread = DdiGate.Enter(DdiTable.DbgBreakPointWithStatus);
        Assertions.Breakpoint(thread, nameof(DbgBreakPointWithStatus), Status);
    }

    /// <summary>KdBreakPoint: DbgBreakPoint in a checked driver, nothing in a free one.</summary>
    public static void KdBreakPoint()
    {
        if (Assertions.IsChecked(nameof(KdBreakPoint)))
        {
            DbgBreakPoint();
        }
    }

    /// <summary>KdBreakPointWithStatus: DbgBreakPointWithStatus in a checked driver, nothing in a free one.</summary>
    public static void KdBreakPointWithStatus(uint s)
    {
        if (Assertions.IsChecked(nameof(KdBreakPointWithStatus)))
        {
            DbgBreakPointWithStatus(s);
        }
    }

    /// <summary>KdRefreshDebuggerNotPresent: refreshes KD_DEBUGGER_NOT_PRESENT from the connection and
    /// returns it: FALSE when a kernel debugger is connected.</summary>
    public static bool KdRefreshDebuggerNotPresent() =>
        DdiGate.Enter(DdiTable.KdRefreshDebuggerNotPresent).Machine.Debugger.RefreshNotPresent();

    /// <summary>KD_DEBUGGER_ENABLED (*KdDebuggerEnabled): the machine booted with kernel debugging enabled.</summary>
    public static bool KD_DEBUGGER_ENABLED => KeContext.Running(nameof(KD_DEBUGGER_ENABLED)).Machine.Debugger.Enabled;

    /// <summary>KD_DEBUGGER_NOT_PRESENT (*KdDebuggerNotPresent): TRUE unless debugging is enabled and a
    /// debugger is connected; a debugger attached or removed since boot shows only after
    /// KdRefreshDebuggerNotPresent, as documented.</summary>
    public static bool KD_DEBUGGER_NOT_PRESENT => KeContext.Running(nameof(KD_DEBUGGER_NOT_PRESENT)).Machine.Debugger.NotPresentVariable;
}
