namespace NtSim.Tests.Explore;

public sealed class ScheduleReplayTests
{
    public static TheoryData<string> Strategies() => ["random", "pct", "dfs"];

    private static ExplorationStrategy Strategy(string name) => name switch
    {
        "random" => ExplorationStrategy.Random,
        "pct" => ExplorationStrategy.Pct(),
        _ => ExplorationStrategy.DepthFirst(maxPreemptions: 1),
    };

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Replay_FailingSchedule_GivesTheSameRunEventForEvent(string strategy)
    {
        static void Scenario(Machine machine) => RacyCounter.AssertNoLostUpdate(machine, increments: 3);
        var failure = Schedules.Explore(Scenario, 1_000, Strategy(strategy)).Failure!;

        var replay = Schedules.Replay(Scenario, Schedule.Parse(failure.Schedule.ToString()));

        Assert.Equal(failure.TraceHash, replay.TraceHash);
        Assert.Equal(failure.TraceEvents, replay.TraceEvents);
        Assert.Equal(failure.LastEvents, replay.LastEvents);
        Assert.Equal(failure.Steps, replay.Steps);
        Assert.Equal(ScheduleVerdict.Exception, replay.Verdict);
        Assert.Equal(failure.Exception!.Message, replay.Exception!.Message);
        Assert.Equal(-1, replay.Iteration);
    }

    [Fact]
    public void Replay_RandomSchedule_IsTheMachineSeed()
    {
        var replay = Schedules.Replay(machine => RacyCounter.Run(machine), Schedule.Random(42));

        using var machine = Machine.Boot(new MachineOptions { Seed = 42 });
        var counter = RacyCounter.Run(machine);
        Assert.Equal(counter, replay.Value);
        Assert.Equal(machine.Trace.Hash, replay.TraceHash);
    }

    [Fact]
    public void Replay_PctSchedule_IsPctStrategyAsTheMachineStrategy()
    {
        var replay = Schedules.Replay(machine => RacyCounter.Run(machine), Schedule.Pct(seed: 5, depth: 3, steps: 80));

        using var machine = Machine.Boot(new MachineOptions { Seed = 5, Strategy = seed => new PctStrategy(seed, 3, 80) });
        var counter = RacyCounter.Run(machine);
        Assert.Equal(counter, replay.Value);
        Assert.Equal(machine.Trace.Hash, replay.TraceHash);
    }

    [Fact]
    public void Replay_WithOptions_UsesThem()
    {
        var options = new MachineOptions { Processors = 4 };
        var exploration = Schedules.Explore(machine => RacyCounter.AssertNoLostUpdate(machine, threads: 4), 100, ExplorationStrategy.Random, options);
        var failure = exploration.Failure!;

        Assert.Equal(failure.TraceHash, Schedules.Replay(machine => RacyCounter.AssertNoLostUpdate(machine, threads: 4), failure.Schedule, options).TraceHash);
        Assert.NotEqual(failure.TraceHash, Schedules.Replay(machine => RacyCounter.AssertNoLostUpdate(machine, threads: 4), failure.Schedule).TraceHash);
    }
}
