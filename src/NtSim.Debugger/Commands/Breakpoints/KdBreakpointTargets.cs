using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Breakpoints;

/// <summary>How a breakpoint's expression becomes a target of the machine's table, and how a target is named and placed
/// again (through the shared symbol mapping, <see cref="KdSymbols"/>): <c>nt!IoCompleteRequest</c> is a DDI,
/// <c>Zero!ZeroRead</c> a driver routine, an address the routine that starts there.</summary>
internal static class KdBreakpointTargets
{
    /// <summary>The result of resolving an expression: the target, and whether it names a routine NtSim cannot place yet
    /// (its module is not loaded, or has no such routine): a deferred breakpoint.</summary>
    internal readonly record struct Resolution(BreakpointTarget? Target, bool Unresolved);

    /// <summary>Resolves <paramref name="expression"/>: <c>module!name</c>, or an expression whose value is a routine's address.</summary>
    internal static Resolution Resolve(KdContext context, string expression)
    {
        var machine = context.Machine;
        if (KdLineTargets.IsLine(expression))
        {
            // A source line: unresolved while no loaded image has it (a bu waits for its driver to load).
            return KdLineTargets.Parse(expression) is { } line
                ? new Resolution(line, machine.Breakpoints.Resolve(line) is null)
                : new Resolution(null, false);
        }

        var bang = expression.IndexOf('!', StringComparison.Ordinal);
        if (bang > 0 && bang < expression.Length - 1 && !expression.Any(c => char.IsWhiteSpace(c) || c is '+' or '-' or '(' or ')'))
        {
            var moduleName = expression[..bang];
            var name = expression[(bang + 1)..];
            if (KdSymbols.Find(machine, expression) is { } symbol)
            {
                return new Resolution(TargetOf(machine, symbol), false);
            }

            // The kernel is always loaded: a name it does not have is an error, not a deferred breakpoint.
            return string.Equals(moduleName, "nt", StringComparison.OrdinalIgnoreCase)
                ? new Resolution(null, false)
                : new Resolution(BreakpointTarget.Routine(KdSymbols.FindModule(machine, moduleName)?.Name ?? moduleName, name), true);
        }

        if (!KdExpression.TryEvaluate(expression, context, out var address, out _))
        {
            return new Resolution(null, false);
        }

        var (_, below, _) = KdSymbols.Near(machine, address);
        return below is not null && below.Address == address ? new Resolution(TargetOf(machine, below), false) : new Resolution(null, false);
    }

    /// <summary>The symbol a target stands at, or null (a deferred routine whose module is not loaded).</summary>
    internal static KdSymbol? SymbolOf(Machine machine, BreakpointTarget target) => target.Kind switch
    {
        BreakpointKind.Ddi => KdSymbols.Find(machine, "nt!" + target.Name),
        BreakpointKind.Routine => KdSymbols.Find(machine, target.Module + "!" + target.Name)
            ?? FindQualified(machine, target),
        _ => null,
    };

    /// <summary>The name the debugger prints for a target: its symbol (<c>Zero!ZeroRead</c>), else the target as set.</summary>
    internal static string NameOf(Machine machine, BreakpointTarget target) => SymbolOf(machine, target)?.FullName ?? target.ToString();

    private static BreakpointTarget TargetOf(Machine machine, KdSymbol symbol) =>
        symbol.Module == machine.Modules.Kernel
            ? BreakpointTarget.Ddi(symbol.Name)
            : BreakpointTarget.Routine(symbol.Module.Name, CodeNames.Of(symbol.Method));

    // A deferred "Zero!ZeroRead" once Zero loaded: the routine whose qualified name ends in ".ZeroRead".
    private static KdSymbol? FindQualified(Machine machine, BreakpointTarget target) =>
        KdSymbols.FindModule(machine, target.Module) is { } module
            ? KdSymbols.Of(machine, module).FirstOrDefault(s => CodeNames.Of(s.Method).EndsWith("." + target.Name, StringComparison.OrdinalIgnoreCase))
            : null;
}
