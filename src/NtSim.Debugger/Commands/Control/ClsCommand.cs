using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Control;

/// <summary><c>.cls</c>: clears the console; on a console that is not a terminal (a pipe, a file, a test) it prints nothing.</summary>
internal sealed class ClsCommand : KdCommand
{
    // ESC[H moves the cursor home, ESC[2J erases the screen, ESC[3J the scrollback (xterm, Windows Terminal).
    internal const string ClearSequence = "\u001b[H\u001b[2J\u001b[3J";

    public override IReadOnlyList<string> Names { get; } = [".cls"];

    public override string Help => ".cls                    clear the screen";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (context.Session.Terminal)
        {
            context.Output.Write(ClearSequence);
        }
    }
}
