using System.Globalization;

namespace NtSim;

/// <summary>A new PCT seed for every iteration; the step count given, or the most steps seen so far.</summary>
internal sealed class PctExploration(int depth, int? steps) : ExplorationStrategy
{
    // What the first iteration assumes when no step count is given.
    private const int InitialSteps = 100;

    internal override IScheduleSource Begin(int firstSeed) => new Source(depth, steps, firstSeed);

    public override string ToString() => steps is { } k
        ? string.Create(CultureInfo.InvariantCulture, $"pct depth={depth} steps={k}")
        : string.Create(CultureInfo.InvariantCulture, $"pct depth={depth}");

    private sealed class Source(int depth, int? steps, int firstSeed) : IScheduleSource
    {
        private int _mostSteps;

        public Schedule? Next(int iteration) =>
            Schedule.Pct(unchecked(firstSeed + iteration), depth, steps ?? (_mostSteps > 0 ? _mostSteps : InitialSteps));

        public void Ran(StepCounter run) => _mostSteps = Math.Max(_mostSteps, run.Steps);
    }
}
