namespace NtSim;

/// <summary>
/// How <see cref="Schedules"/> chooses the schedule of each iteration:
/// <see cref="Random"/> (a new seed each time), <see cref="Pct"/> (probabilistic concurrency
/// testing, for bugs that need a few ordering constraints to show) or <see cref="DepthFirst"/>
/// (every schedule of a tiny scenario, within a bound on preemptions).
/// </summary>
public abstract class ExplorationStrategy
{
    private protected ExplorationStrategy()
    {
    }

    /// <summary>Uniform random choices; iteration i uses seed <c>first seed + i</c>.</summary>
    public static ExplorationStrategy Random { get; } = new RandomExploration();

    /// <summary>PCT with <paramref name="depth"/> (d: d - 1 priority change points, 3 by default)
    /// over <paramref name="steps"/> thread choices; without it, over the most any earlier iteration
    /// took (100 for the first). Iteration i uses seed <c>first seed + i</c>.</summary>
    public static ExplorationStrategy Pct(int depth = 3, int? steps = null)
    {
        PctStrategy.Validate(depth, steps ?? 1);
        return new PctExploration(depth, steps);
    }

    /// <summary>Every sequence of choices, depth first, with at most <paramref name="maxPreemptions"/>
    /// choices other than the first (the first keeps the running thread running, so each other one is
    /// a preemption or a different pick of who runs) and branching only at the first
    /// <paramref name="maxDepth"/> choices of a run. The exploration ends early, exhausted, when every
    /// such schedule has run.</summary>
    public static ExplorationStrategy DepthFirst(int maxPreemptions = 2, int maxDepth = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxPreemptions);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        return new DepthFirstSearch(maxPreemptions, maxDepth);
    }

    /// <summary>A fresh walk over this strategy's schedules.</summary>
    internal abstract IScheduleSource Begin(int firstSeed);
}

/// <summary>One exploration's walk over schedules.</summary>
internal interface IScheduleSource
{
    /// <summary>The schedule of iteration <paramref name="iteration"/>, or null when none is left.</summary>
    Schedule? Next(int iteration);

    /// <summary>What the last schedule's run did (its strategy, after the run).</summary>
    void Ran(StepCounter run);
}
