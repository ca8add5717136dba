using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// A scenario's run under one schedule: how it ended (a bug check, a deadlock, a hang, an exception
/// the scenario threw, or nothing wrong), its trace's hash and last events, and the call that
/// replays it.
/// </summary>
public class ScheduleRun
{
    /// <summary>How many of the trace's last events a run keeps.</summary>
    public const int KeptEvents = 20;

    private protected ScheduleRun(ScheduleRun run)
        : this(run.Iteration, run.Schedule, run.BugCheck, run.Deadlock, run.StopReport, run.Exception, run.TraceHash, run.TraceEvents, run.LastEvents, run.Steps)
    {
    }

    internal ScheduleRun(int iteration, Schedule schedule, BugCheckInfo? bugCheck, DeadlockReport? deadlock, StopReport? stopReport,
        Exception? exception, ulong traceHash, long traceEvents, IReadOnlyList<TraceEvent> lastEvents, int steps)
    {
        Iteration = iteration;
        Schedule = schedule;
        BugCheck = bugCheck;
        Deadlock = deadlock;
        StopReport = stopReport;
        Exception = exception;
        TraceHash = traceHash;
        TraceEvents = traceEvents;
        LastEvents = lastEvents;
        Steps = steps;
        Verdict = bugCheck is not null ? ScheduleVerdict.BugCheck
            : deadlock is not null ? ScheduleVerdict.Deadlock
            : stopReport is not null ? ScheduleVerdict.Hang
            : exception is not null ? ScheduleVerdict.Exception
            : ScheduleVerdict.Passed;
    }

    /// <summary>The iteration of the exploration (0 for the first), or -1 for a replay.</summary>
    public int Iteration { get; }

    /// <summary>The schedule the run followed (replay it to get the same run).</summary>
    public Schedule Schedule { get; }

    /// <summary>How the run ended: passed, bug check, deadlock, hang or exception.</summary>
    public ScheduleVerdict Verdict { get; }

    /// <summary>The run did not pass.</summary>
    public bool Failed => Verdict != ScheduleVerdict.Passed;

    /// <summary>The bug check the run ended with, or null.</summary>
    public BugCheckInfo? BugCheck { get; }

    /// <summary>The deadlock the run ended with, or null.</summary>
    public DeadlockReport? Deadlock { get; }

    /// <summary>Why a run stopped at a limit (the hang), or null.</summary>
    public StopReport? StopReport { get; }

    /// <summary>What the scenario threw, or null. A bug check or deadlock comes first in the verdict
    /// when the scenario also threw (for instance because it asserted that its run completed).</summary>
    public Exception? Exception { get; }

    /// <summary>The hash of the whole event trace: a replay of the same schedule gives the same.</summary>
    public ulong TraceHash { get; }

    /// <summary>Number of events in the trace.</summary>
    public long TraceEvents { get; }

    /// <summary>The trace's last events (at most <see cref="KeptEvents"/>), oldest first.</summary>
    public IReadOnlyList<TraceEvent> LastEvents { get; }

    /// <summary>Number of thread choices the run made.</summary>
    public int Steps { get; }

    /// <summary>The line that replays this run: <c>Schedules.Replay(scenario, Schedule.Parse("pct seed=4 depth=3 steps=118"))</c>
    /// (with the same <see cref="MachineOptions"/>, if the exploration had any).</summary>
    public string ReplayCall => $"Schedules.Replay(scenario, Schedule.Parse(\"{Schedule}\"))";

    /// <summary>One line: "bug check IRQL_NOT_LESS_OR_EQUAL (a)", "deadlock", "passed" ...</summary>
    public string Summary => Verdict switch
    {
        ScheduleVerdict.BugCheck => "bug check " + BugCheck!.Summary,
        ScheduleVerdict.Deadlock => "deadlock",
        ScheduleVerdict.Hang => "hang (" + StopReport!.Status + ")",
        ScheduleVerdict.Exception => "exception " + Exception!.GetType().Name,
        _ => "passed",
    };

    /// <summary>The full account: schedule, failure, trace hash, last events, the replay call.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Schedule '{Schedule}'");
        if (Iteration >= 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" (iteration {Iteration})");
        }

        text.Append(": ").AppendLine(Summary);
        var detail = Verdict switch
        {
            ScheduleVerdict.BugCheck => BugCheck!.ToString(),
            ScheduleVerdict.Deadlock => Deadlock!.ToString(),
            ScheduleVerdict.Hang => StopReport!.ToString(),
            ScheduleVerdict.Exception => Exception!.GetType().FullName + ": " + Exception.Message,
            _ => null,
        };
        if (detail is not null)
        {
            text.AppendLine(detail);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Trace: {TraceEvents} events, hash 0x{TraceHash:X16}, {Steps} thread choices; the last {LastEvents.Count}:");
        foreach (var e in LastEvents)
        {
            text.Append("  ").AppendLine(e.ToString());
        }

        text.Append("Replay: ").Append(ReplayCall);
        return text.ToString();
    }
}

/// <summary>A run of a scenario that returns a value (an outcome to compare across schedules).</summary>
public sealed class ScheduleRun<T> : ScheduleRun
{
    internal ScheduleRun(ScheduleRun run, T? value)
        : base(run)
    {
        Value = value;
    }

    /// <summary>What the scenario returned; default when it threw.</summary>
    public T? Value { get; }
}
