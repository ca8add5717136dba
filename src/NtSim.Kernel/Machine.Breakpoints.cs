namespace NtSim;

public sealed partial class Machine
{
    private BreakpointTable? _breakpoints;

    /// <summary>The breakpoints the kernel debugger set (on DDIs, driver routines and source lines), with its step and
    /// break-in requests. docs/debugger.md.</summary>
    public BreakpointTable Breakpoints => _breakpoints ?? Interlocked.CompareExchange(ref _breakpoints, new BreakpointTable(this), null) ?? _breakpoints;
}
