using NtSim.Debugger.Commands.Breakpoints;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Control;

/// <summary><c>p</c> (step over) and <c>t</c> (trace into) on a machine broken in: the thread that broke in runs to the
/// next DDI it calls (<c>p</c>), or to the next DDI or driver routine it enters (<c>t</c>), and stops there; the rest of
/// the machine runs meanwhile, as it would between two instructions. NtSim has no instructions: a step is a call.</summary>
internal sealed class StepCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["p", "t"];

    public override string Help => "p | t                   step over (to the next DDI call) or trace into (next DDI or driver routine)";

    public override void Run(KdContext context, string name, string arguments)
    {
        var machine = context.Machine;
        if (machine.BugCheck is not null)
        {
            context.Line(new string(' ', context.Session.Prompt.Length) + $"^ No runnable debuggees error in '{name}'");
            return;
        }

        if (machine.Debugger.Break is not { } report || report.Processor < 0 || report.Processor >= machine.Processors.Count)
        {
            context.Error($"The machine is not broken in: there is no thread to step, so {name} has nothing to do.");
            return;
        }

        machine.Breakpoints.Step(BrokenThread(machine, report), into: name == "t");
        try
        {
            KdResume.Go(context);
        }
        finally
        {
            // A thread that ran to the end of its work without a call leaves the step armed: it is dropped.
            machine.Breakpoints.CancelStep();
        }
    }

    /// <summary>The thread of the break: it keeps its processor while the machine stands still.</summary>
    private static KTHREAD BrokenThread(Machine machine, BreakReport report) => machine.Processors[report.Processor].Current;
}
