using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Control;

/// <summary><c>.breakin</c>: stops a running machine. At NtSim's prompt the machine already stands still (nothing
/// runs between commands), so the command says what holds it.</summary>
internal sealed class BreakinCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = [".breakin"];

    public override string Help => ".breakin                break in to a running machine (at the prompt it is stopped already)";

    public override void Run(KdContext context, string name, string arguments)
    {
        var machine = context.Machine;
        context.Line(machine.BugCheck is { } bugCheck
            ? $"The machine is stopped already: it bug checked ({bugCheck.Summary})."
            : machine.Debugger.Break is { } report
                ? $"The machine is stopped already: it broke in ({report.FirstLine})."
                : "The machine is stopped already: nothing runs while the prompt waits.");
    }
}
