using System.Globalization;

namespace NtSim.Debugger.Engine;

/// <summary>What the debugger prints when a live machine stops and the debugger gets control, or opens a dump: a bug
/// check's arrival block and a break's report (reference/debugger.md, section 1).</summary>
internal static class KdArrival
{
    /// <summary>The bug check arriving at a live debugger, with the machine's code and parameters. WinDbg's
    /// "Bugcheck callbacks have not been invoked" line is left out (NtSim calls them before the debugger sees
    /// the crash), as is the disassembly at nt!DbgBreakPointWithStatus (NtSim has no machine code).</summary>
    internal static IEnumerable<string> BugCheck(BugCheckInfo bugCheck)
    {
        if (bugCheck.Code == 0xC4)
        {
            // Driver Verifier's own lines come first for its violations (handling-a-bug-check-when-driver-verifier-is-enabled).
            yield return string.Create(CultureInfo.InvariantCulture, $"Driver Verifier: Extension abort with Error Code 0x{bugCheck.Parameter1:x}");
            yield return "Error String " + bugCheck.Detail;
            yield return "";
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"*** Fatal System Error: 0x{bugCheck.Code:x8}");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"                       (0x{bugCheck.Parameter1:X16},0x{bugCheck.Parameter2:X16},0x{bugCheck.Parameter3:X16},0x{bugCheck.Parameter4:X16})");
        yield return "";
        yield return "Break instruction exception - code 80000003 (first chance)";
        yield return "";
        yield return "A fatal system error has occurred.";
    }

    /// <summary>A breakpoint or failed assertion that broke in: the report's lines (its first line is WinDbg's).</summary>
    internal static IEnumerable<string> Break(BreakReport report) => report.ToString().ReplaceLineEndings("\n").Split('\n');

    /// <summary>The arrival text of whatever stopped the machine (a bug check, a break, a breakpoint or step), or nothing.</summary>
    internal static IEnumerable<string> Of(Machine machine) =>
        machine.BugCheck is { } bugCheck ? BugCheck(bugCheck)
        : machine.Debugger.Break is { } report ? (Commands.Breakpoints.KdBreakpointHit.Describes(report) ? Commands.Breakpoints.KdBreakpointHit.Lines(machine, report) : Break(report))
        : [];

    /// <summary>The arrival text of a target: a live machine's as <see cref="Of(Machine)"/>; a dump's bug check block from
    /// its views, as <c>kd -z</c> prints it on opening a dump (a dump written by <c>.dump</c> without a bug check: nothing;
    /// a break that stood when it was written is not kept).</summary>
    internal static IEnumerable<string> Of(Target.KdTarget target) =>
        target.Live is { } machine ? Of(machine)
        : target.BugCheck is { } bugCheck ? BugCheck(bugCheck)
        : [];
}
