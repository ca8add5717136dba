using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Breakpoints;

/// <summary>What the debugger prints when a breakpoint, a step or a break-in request stopped the machine: WinDbg's
/// <c>Breakpoint 0 hit</c> (or the exception line of a break-in), then the routine reached as <c>Zero!ZeroRead:</c>.
/// WinDbg's next line, the disassembly of the first instruction, is left out: NtSim has no machine code. After a step,
/// the driver's source line the thread stands at (the call of the DDI reached) takes its place.</summary>
internal static class KdBreakpointHit
{
    /// <summary>Whether <paramref name="report"/> is one of these (else it is an assertion's or DbgBreakPoint's break).</summary>
    internal static bool Describes(BreakReport report) => report.Reached is not null;

    internal static IEnumerable<string> Lines(Machine machine, BreakReport report)
    {
        if (!report.IsStep)
        {
            yield return report.FirstLine;
        }

        if (report.Reached is { Kind: BreakpointKind.Line })
        {
            // A line: the routine and its source as WinDbg names a place with source ("Zero!ZeroRead+0x0 [ZeroDriver.cs @ 99]:").
            yield return (KdLineTargets.Place(machine, report) ?? report.Reached.ToString()) + ":";
            yield break;
        }

        if (report.Reached is { } reached)
        {
            yield return KdBreakpointTargets.NameOf(machine, reached) + ":";
        }

        if (report.IsStep && report.Location is { } location && KdLocation.Split(location).Site is { } site)
        {
            // The caller's line in the driver: NtSim's stand-in for the disassembly WinDbg prints after a step.
            yield return site;
        }
    }
}
