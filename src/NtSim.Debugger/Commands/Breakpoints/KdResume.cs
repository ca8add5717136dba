using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Breakpoints;

/// <summary>Lets a broken-in machine go (<c>g</c>, <c>p</c>, <c>t</c>) and runs it until it is idle or stops again, then
/// prints what stopped it. A breakpoint whose condition (<c>bp /w</c>) is false lets the machine go on without a word; a
/// breakpoint's command string runs at the hit, and one that ends in <c>g</c> lets the machine go on.</summary>
internal static class KdResume
{
    // A command string ending in g at a breakpoint the machine hits forever would never give the prompt back.
    private const int MaxSilentResumes = 100_000;

    /// <summary>Lets the machine go and runs it until it is idle or stops where the debugger must speak.</summary>
    internal static void Go(KdContext context)
    {
        context.Machine.Debugger.Go();
        Run(context);
    }

    /// <summary>What the debugger prints when the machine stopped by itself (the console's first stop, a test's run):
    /// the arrival text, with a breakpoint's condition and command string honoured as after <c>g</c>.</summary>
    internal static void Arrived(KdContext context)
    {
        if (Arrive(context, context.Machine.BugCheck is null ? RunStatus.Break : RunStatus.BugCheck))
        {
            Run(context);
        }
    }

    private static void Run(KdContext context)
    {
        for (var resumes = 0; resumes < MaxSilentResumes; resumes++)
        {
            if (!Arrive(context, context.Machine.RunUntilIdle()))
            {
                return;
            }
        }
    }

    // Prints why the machine stopped and runs a breakpoint's commands; true when it was let go again (a false
    // condition, a command string ending in g) and must run on.
    private static bool Arrive(KdContext context, RunStatus status)
    {
        var machine = context.Machine;
        if (status == RunStatus.Break && machine.Debugger.Break is { Breakpoint: int id } report)
        {
            var spec = KdBreakpointSpecs.Of(machine).GetValueOrDefault(id);
            if (spec?.Condition is { } condition && context.Evaluate(condition) is 0)
            {
                machine.Debugger.Go();
                return true;
            }

            Print(context, KdArrival.Of(machine));
            context.Session.CurrentProcessor = Math.Max(report.Processor, 0);
            if (spec?.Command is { } command && RunCommands(context, command))
            {
                machine.Debugger.Go();
                return true;
            }

            return false;
        }

        Stopped(context, status);
        return false;
    }

    // Runs a breakpoint's command string; true when it ends in g (the machine goes on).
    private static bool RunCommands(KdContext context, string command)
    {
        var commands = KdCommandLine.Split(command).ToList();
        var resume = commands.Count > 0 && commands[^1] == "g";
        if (resume)
        {
            commands.RemoveAt(commands.Count - 1);
        }

        if (commands.Count > 0)
        {
            context.Output.Write(context.Session.Execute(string.Join("; ", commands)));
        }

        return resume && context.Machine.Debugger.Break is not null && context.Machine.BugCheck is null;
    }

    private static void Stopped(KdContext context, RunStatus status)
    {
        var machine = context.Machine;
        switch (status)
        {
            case RunStatus.Completed:
                // As in WinDbg, nothing is printed while the target runs; the next prompt means it stands still again (idle).
                break;
            case RunStatus.Break or RunStatus.BugCheck:
                Print(context, KdArrival.Of(machine));
                break;
            default:
                context.Line($"The machine stopped: {status}. {machine.Deadlock?.ToString() ?? machine.StopReport?.ToString() ?? ""}".TrimEnd());
                break;
        }

        if (machine.BugCheck is { } bugCheck)
        {
            context.Session.CurrentProcessor = bugCheck.Processor;
        }
        else if (machine.Debugger.Break is { } report)
        {
            context.Session.CurrentProcessor = Math.Max(report.Processor, 0);
        }
    }

    private static void Print(KdContext context, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            context.Line(line);
        }
    }
}
