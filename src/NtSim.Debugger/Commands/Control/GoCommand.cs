using NtSim.Debugger.Commands.Breakpoints;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Control;

/// <summary><c>g</c>: lets a machine broken in at a breakpoint or assertion go on (DebuggerConnection.Go), runs it
/// until it is idle or stops again, and prints what stopped it (KdResume: a breakpoint's condition and command string
/// are honoured there). A bug-checked machine cannot go on.</summary>
internal sealed class GoCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["g"];

    public override string Help => "g                       go: resume a machine broken in at a breakpoint or assertion";

    public override void Run(KdContext context, string name, string arguments)
    {
        var machine = context.Machine;
        if (machine.BugCheck is not null)
        {
            // WinDbg's words when no target can run (a crash dump; here a halted machine): a caret under the command.
            context.Line(new string(' ', context.Session.Prompt.Length) + "^ No runnable debuggees error in 'g'");
            return;
        }

        if (machine.Debugger.Break is null)
        {
            context.Error("The machine is not broken in: nothing stopped it, so g has nothing to resume.");
            return;
        }

        KdResume.Go(context);
    }
}
