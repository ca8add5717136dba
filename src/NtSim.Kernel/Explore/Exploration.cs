using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// What <see cref="Schedules.Explore(Action{Machine}, int, ExplorationStrategy?, MachineOptions?)"/> found:
/// whether every schedule passed, how many ran, and the first failing run (its schedule, the bug
/// check, deadlock, hang or exception, the last trace events, the trace hash and the replay call).
/// <see cref="ToString"/> prints all of it; <see cref="ThrowIfFailed"/> makes it a test failure.
/// </summary>
public class Exploration
{
    private protected Exploration(Exploration exploration)
        : this(exploration.Strategy, exploration.Iterations, exploration.Exhausted, exploration.Failure, exploration.Found)
    {
    }

    internal Exploration(ExplorationStrategy strategy, int iterations, bool exhausted, ScheduleRun? failure, ScheduleRun? found)
    {
        Strategy = strategy;
        Iterations = iterations;
        Exhausted = exhausted;
        Failure = failure;
        Found = found;
    }

    /// <summary>The strategy the schedules came from.</summary>
    public ExplorationStrategy Strategy { get; }

    /// <summary>Number of schedules run (the failing or found one included).</summary>
    public int Iterations { get; }

    /// <summary>The depth-first search ran every schedule within its bounds.</summary>
    public bool Exhausted { get; }

    /// <summary>No schedule failed.</summary>
    public bool Passed => Failure is null;

    /// <summary>The first failing run, or null.</summary>
    public ScheduleRun? Failure { get; }

    /// <summary><see cref="Schedules.Find(Action{Machine}, Func{ScheduleRun, bool}, int, ExplorationStrategy?, MachineOptions?)"/>:
    /// the first run the predicate accepted, or null.</summary>
    public ScheduleRun? Found { get; }

    /// <summary>Throws <see cref="ScheduleFailedException"/> with the whole account if a schedule failed.</summary>
    public void ThrowIfFailed()
    {
        if (Failure is not null)
        {
            throw new ScheduleFailedException(this);
        }
    }

    /// <summary>The outcome: passed after N schedules, or the failing schedule's account and its replay line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Failure is { } failure)
        {
            text.Append(CultureInfo.InvariantCulture, $"Exploration ({Strategy}) failed after {Iterations} schedules.").AppendLine();
            text.Append(failure);
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"Exploration ({Strategy}) passed {Iterations} schedules");
        text.Append(Exhausted ? ", every schedule within its bounds." : ".");
        if (Found is { } found)
        {
            text.AppendLine().Append("Found: ").Append(found);
        }

        return text.ToString();
    }
}

/// <summary>An exploration of a scenario that returns a value: also every distinct outcome, each with
/// the first schedule that produced it (a race shown both ways in one call).</summary>
public sealed class Exploration<T> : Exploration
    where T : notnull
{
    internal Exploration(Exploration exploration, IReadOnlyDictionary<T, Schedule> outcomes)
        : base(exploration)
    {
        Outcomes = outcomes;
    }

    /// <summary>Every value the scenario returned on a schedule that passed, with the first such schedule.</summary>
    public IReadOnlyDictionary<T, Schedule> Outcomes { get; }

    /// <summary>The first run the predicate accepted, with its value, or null.</summary>
    public new ScheduleRun<T>? Found => (ScheduleRun<T>?)base.Found;
}
