namespace NtSim.Tests.Explore;

public sealed class DepthFirstSearchTests
{
    [Fact]
    public void DepthFirst_TinyRace_ExhaustsTheSpaceAndSeesBothOutcomes()
    {
        var exploration = Schedules.Explore(machine => RacyCounter.Run(machine, increments: 1), 10_000, ExplorationStrategy.DepthFirst(maxPreemptions: 2));

        Assert.True(exploration.Passed, exploration.ToString());
        Assert.True(exploration.Exhausted);
        Assert.InRange(exploration.Iterations, 2, 9_999);
        Assert.Equal([1, 2], exploration.Outcomes.Keys.Order());
        Assert.EndsWith("every schedule within its bounds.", exploration.ToString());
    }

    [Fact]
    public void DepthFirst_TinyRace_FindsTheLostUpdate()
    {
        var exploration = Schedules.Explore(machine => RacyCounter.AssertNoLostUpdate(machine, increments: 1), 10_000, ExplorationStrategy.DepthFirst(maxPreemptions: 1));

        var failure = exploration.Failure!;
        Assert.Equal(ScheduleVerdict.Exception, failure.Verdict);
        Assert.Equal(ScheduleKind.Choices, failure.Schedule.Kind);
        Assert.NotEmpty(failure.Schedule.Choices);
        Assert.False(exploration.Exhausted);
    }

    [Fact]
    public void DepthFirst_EverySchedule_RunsOnce()
    {
        var schedules = new List<Schedule>();
        var exploration = Schedules.Find(machine => RacyCounter.Run(machine, increments: 1), run =>
        {
            schedules.Add(run.Schedule);
            return false;
        }, 10_000, ExplorationStrategy.DepthFirst(maxPreemptions: 2));

        Assert.True(exploration.Exhausted);
        Assert.Equal(exploration.Iterations, schedules.Count);
        Assert.Equal(schedules.Count, schedules.Distinct().Count());
        Assert.All(schedules, s => Assert.True(s.Choices.Count(c => c != 0) <= 2, s.ToString()));
    }

    [Fact]
    public void DepthFirst_MorePreemptions_ExploresMore()
    {
        int Count(int preemptions) =>
            Schedules.Explore(machine => RacyCounter.Run(machine, increments: 1), 10_000, ExplorationStrategy.DepthFirst(preemptions)).Iterations;

        Assert.Equal(1, Count(0));
        Assert.True(Count(1) < Count(2));
    }

    [Fact]
    public void DepthFirst_DepthZero_RunsTheFirstChoiceScheduleOnly()
    {
        var exploration = Schedules.Explore(machine => RacyCounter.Run(machine), 100, ExplorationStrategy.DepthFirst(maxPreemptions: 5, maxDepth: 0));

        Assert.True(exploration.Exhausted);
        Assert.Equal(1, exploration.Iterations);
        Assert.Equal([40], exploration.Outcomes.Keys);
        Assert.Equal("choices", exploration.Outcomes[40].ToString());
    }

    [Fact]
    public void DepthFirst_NegativeBound_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExplorationStrategy.DepthFirst(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExplorationStrategy.DepthFirst(1, -1));
    }
}
