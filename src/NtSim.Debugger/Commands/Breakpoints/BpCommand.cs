using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Breakpoints;

/// <summary><c>bp</c>, <c>bu</c>, <c>bm</c>: set breakpoints in the machine's table (reference/debugger.md section 10).
/// <c>bp</c> resolves now and, if its module or routine is not there, becomes deferred as WinDbg's does; <c>bu</c> is
/// deferred: matched by name whenever its module loads, so it survives an unload and a reload; <c>bm pattern</c> is
/// <c>x</c> + <c>bu</c> on each match (<c>bm /d</c>: <c>bp</c>s).</summary>
internal sealed class BpCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["bp", "bu", "bm"];

    public override string Help => "bp|bu [/w \"cond\"] <sym|addr|`file:line`> [passes] [\"cmds\"]   set a breakpoint (bu: deferred); bm <mod>!<pattern>";

    public override void Run(KdContext context, string name, string arguments)
    {
        if (BpArguments.Parse(arguments, out var bad) is not { } parsed)
        {
            var typed = arguments.Length == 0 ? name : name + " " + arguments;
            context.SyntaxError(typed, arguments.Length == 0 ? name.Length : name.Length + 1 + Math.Max(0, arguments.IndexOf(bad, StringComparison.Ordinal)));
            return;
        }

        if (name == "bm")
        {
            SetMatches(context, parsed);
            return;
        }

        var resolution = KdBreakpointTargets.Resolve(context, parsed.Expression);
        if (resolution.Target is not { } target)
        {
            context.Error($"Couldn't resolve error at '{parsed.Expression}'");
            return;
        }

        if (resolution.Unresolved && name == "bp" && target.Kind == BreakpointKind.Line
            && (target.Module.Length == 0 || KdSymbols.FindModule(context.Machine, target.Module) is not null))
        {
            // No loaded driver has the file or a line with code at or after it: nothing to defer to.
            context.Error($"Couldn't resolve error at '{parsed.Expression}'");
            return;
        }

        if (resolution.Unresolved && name == "bp")
        {
            context.Error($"Bp expression '{parsed.Expression}' could not be resolved, adding deferred bp");
        }

        Set(context, target, parsed with { Defer = name == "bu" || resolution.Unresolved });
    }

    /// <summary>Sets <paramref name="target"/> in the table and keeps its spec; prints WinDbg's words when the table is full.</summary>
    internal static Breakpoint? Set(KdContext context, BreakpointTarget target, BpArguments parsed)
    {
        var machine = context.Machine;
        var table = machine.Breakpoints;
        if (table.Count >= BreakpointTable.Limit)
        {
            // NtSim's words: the kernel-mode limit on software breakpoints (bp docs) is reached.
            context.Error($"No more breakpoints: a kernel debugger can set at most {BreakpointTable.Limit}.");
            return null;
        }

        var breakpoint = table.Set(target, parsed.Passes);
        KdBreakpointSpecs.Of(machine)[breakpoint.Id] = new KdBreakpointSpec(parsed.Expression, parsed.Defer, parsed.Condition, parsed.Command);
        return breakpoint;
    }

    private static void SetMatches(KdContext context, BpArguments parsed)
    {
        var machine = context.Machine;
        var bang = parsed.Expression.IndexOf('!', StringComparison.Ordinal);
        var modules = bang <= 0 ? [] : machine.Modules.Loaded().Where(m => KdWildcard.Matches(parsed.Expression[..bang], m.Name)).ToList();
        var symbols = modules.SelectMany(m => KdSymbols.Of(machine, m))
            .Where(s => KdWildcard.Matches(parsed.Expression[(bang + 1)..], s.Name)).ToList();
        if (symbols.Count == 0)
        {
            context.Error($"No matching code symbols found, no breakpoints set.");
            return;
        }

        foreach (var symbol in symbols)
        {
            var target = symbol.Module == machine.Modules.Kernel
                ? BreakpointTarget.Ddi(symbol.Name)
                : BreakpointTarget.Routine(symbol.Module.Name, CodeNames.Of(symbol.Method));
            if (Set(context, target, parsed with { Expression = symbol.FullName, Defer = !parsed.Defer }) is not { } breakpoint)
            {
                return;
            }

            // bm's line for each breakpoint set ([lab]): "  2: aade5490          @!"ECHO!EchoEvtIoQueueContextDestroy"".
            context.Line($"{breakpoint.Id,3}: {KdFormat.Pointer(symbol.Address)}          @!\"{symbol.FullName}\"");
        }
    }
}
