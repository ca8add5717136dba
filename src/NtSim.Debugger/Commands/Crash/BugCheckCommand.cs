using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Crash;

/// <summary><c>.bugcheck</c>: the bug check code and its four arguments (zeros on a machine that has not bug checked, as WinDbg shows them).</summary>
internal sealed class BugCheckCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = [".bugcheck"];

    public override string Help => ".bugcheck               the bug check code and its four arguments";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (arguments.Length > 0)
        {
            context.SyntaxError(name + " " + arguments, name.Length + 1);
            return;
        }

        var bugCheck = context.Target.BugCheck;
        var code = bugCheck?.Code ?? 0;
        IReadOnlyList<ulong> parameters = bugCheck?.Parameters ?? [0, 0, 0, 0];
        context.Line($"Bugcheck code {code:X8}");
        context.Line("Arguments " + string.Join(" ", parameters.Select(KdFormat.Pointer)));
    }
}
