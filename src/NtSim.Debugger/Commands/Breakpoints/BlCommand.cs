using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Breakpoints;

/// <summary><c>bl</c>: the breakpoints, one line each, in WinDbg's layout (reference/debugger.md section 10): id, <c>e</c>/<c>d</c>
/// (and <c>u</c> when the routine cannot be placed yet), the address, passes remaining (initial), the symbol, and the
/// command string in quotes. <c>.bpcmds</c>: the command that sets each breakpoint again.</summary>
internal sealed class BlCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["bl", ".bpcmds"];

    public override string Help => "bl                      list the breakpoints (.bpcmds: the commands that set them)";

    public override void Run(KdContext context, string name, string arguments)
    {
        foreach (var line in name == "bl" ? List(context.Machine) : Commands(context.Machine))
        {
            context.Line(line);
        }
    }

    /// <summary><c>bl</c>'s lines for <paramref name="machine"/>.</summary>
    internal static IEnumerable<string> List(Machine machine)
    {
        foreach (var breakpoint in machine.Breakpoints.All)
        {
            var spec = KdBreakpointSpecs.For(machine, breakpoint);
            var symbol = KdBreakpointTargets.SymbolOf(machine, breakpoint.Target);
            // A source line breakpoint shows "[file @ line]" in place of the address (bl docs), and the routine.
            var line = KdLineTargets.Bound(machine, breakpoint.Target);
            var resolved = symbol is not null || line is not null;
            var state = (breakpoint.Enabled ? "e" : "d") + (resolved ? "" : "u");
            // An unresolved breakpoint has no address: blanks as wide as one, and its expression in parentheses at the end.
            var address = line?.Source ?? (symbol is null ? new string(' ', 16) : KdFormat.Pointer(symbol.Address));
            var where = line?.Routine ?? (symbol is null ? "(" + spec.Expression + ")" : symbol.FullName);
            var command = spec.Command is null ? "" : $" \"{spec.Command}\"";
            var condition = spec.Condition is null ? "" : $" /w \"{spec.Condition}\"";
            // Passes in hex, four digits, as WinDbg writes them ("0001 (0001)"); a condition follows the symbol (NtSim's choice).
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{breakpoint.Id} {state} {address}  {breakpoint.Remaining:x4} ({breakpoint.Passes:x4}) {where}{condition}{command}");
        }
    }

    // .bpcmds writes each breakpoint as the command that sets it again: "bu0 @!"Zero!ZeroRead";" (bp for an address).
    private static IEnumerable<string> Commands(Machine machine)
    {
        foreach (var breakpoint in machine.Breakpoints.All)
        {
            var spec = KdBreakpointSpecs.For(machine, breakpoint);
            var symbol = KdBreakpointTargets.SymbolOf(machine, breakpoint.Target);
            var command = spec.Deferred || (symbol is null && breakpoint.Target.Kind != BreakpointKind.Line) ? "bu" : "bp";
            // A source line is set again as it was typed (it has no address of its own).
            var where = breakpoint.Target.Kind == BreakpointKind.Line ? spec.Expression
                : spec.Deferred || symbol is null ? $"@!\"{spec.Expression}\"" : "0x" + KdFormat.Pointer(symbol.Address);
            var condition = spec.Condition is null ? "" : $" /w \"{spec.Condition}\"";
            var passes = breakpoint.Passes == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" 0x{breakpoint.Passes:x}");
            var commands = spec.Command is null ? "" : $" \"{spec.Command}\"";
            yield return string.Create(CultureInfo.InvariantCulture, $"{command}{breakpoint.Id}{condition} {where}{passes}{commands};");
            if (!breakpoint.Enabled)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"bd {breakpoint.Id};");
            }
        }
    }
}
