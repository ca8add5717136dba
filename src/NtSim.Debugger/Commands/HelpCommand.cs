using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands;

/// <summary><c>.help</c>: one line per command this debugger knows.</summary>
internal sealed class HelpCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = [".help"];

    public override string Help => ".help                   one line per command";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        foreach (var (_, help) in context.Session.Commands)
        {
            context.Line(help);
        }
    }
}
