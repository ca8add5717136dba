using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands;

/// <summary><c>q</c>: ends the session (the console exits; the machine is left as it is).</summary>
internal sealed class QuitCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["q"];

    public override string Help => "q                       end the debugging session";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        context.Line("quit:");
        context.Session.QuitRequested = true;
    }
}
