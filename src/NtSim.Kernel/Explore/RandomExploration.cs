namespace NtSim;

/// <summary>A new seed for every iteration.</summary>
internal sealed class RandomExploration : ExplorationStrategy
{
    internal override IScheduleSource Begin(int firstSeed) => new Source(firstSeed);

    public override string ToString() => "random";

    private sealed class Source(int firstSeed) : IScheduleSource
    {
        public Schedule? Next(int iteration) => Schedule.Random(unchecked(firstSeed + iteration));

        public void Ran(StepCounter run)
        {
        }
    }
}
