using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Breakpoints;

/// <summary><c>bc</c> (clear), <c>bd</c> (disable), <c>be</c> (enable) with ids, ranges, lists or <c>*</c>.</summary>
internal sealed class BreakpointListCommands : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["bc", "bd", "be"];

    public override string Help => "bc|bd|be <ids|*>        clear, disable or enable breakpoints (0 2-4, *)";

    public override void Run(KdContext context, string name, string arguments)
    {
        var machine = context.Machine;
        var table = machine.Breakpoints;
        var bad = "";
        if (arguments.Length == 0 || BreakpointIds.Parse(arguments, [.. table.All.Select(b => b.Id)], out bad) is not { } ids)
        {
            var column = arguments.Length == 0 ? 0 : arguments.IndexOf(bad, StringComparison.Ordinal);
            context.SyntaxError(name + " " + arguments, name.Length + 1 + Math.Max(0, column));
            return;
        }

        foreach (var id in ids)
        {
            if (name == "bc")
            {
                table.Clear(id);
                KdBreakpointSpecs.Of(machine).TryRemove(id, out _);
            }
            else
            {
                table.Enable(id, name == "be");
            }
        }
    }
}
