namespace NtSim.Tests.Explore;

public sealed class PctStrategyTests
{
    /// <summary>The thread each of <paramref name="calls"/> choices picks between two threads,
    /// offered in alternating order.</summary>
    private static List<KTHREAD> Picks(PctStrategy pct, KTHREAD a, KTHREAD b, int calls)
    {
        var picks = new List<KTHREAD>();
        for (var i = 0; i < calls; i++)
        {
            KTHREAD[] threads = i % 2 == 0 ? [a, b] : [b, a];
            picks.Add(threads[pct.NextThread(threads)]);
        }

        return picks;
    }

    [Fact]
    public void NextThread_NoChangePoint_AlwaysTheSameThreadInAnyOrder()
    {
        using var machine = MachineAssert.Boot();
        var (a, b) = (machine.Scheduler.Threads[0], machine.Scheduler.Threads[1]);

        for (var seed = 0; seed < 20; seed++)
        {
            Assert.Single(Picks(new PctStrategy(seed, depth: 1, steps: 10), a, b, 10).Distinct());
        }
    }

    [Fact]
    public void NextThread_OneChangePoint_DropsTheRunningThreadOnceAtAStepWithinTheSteps()
    {
        using var machine = MachineAssert.Boot();
        var (a, b) = (machine.Scheduler.Threads[0], machine.Scheduler.Threads[1]);
        var switchSteps = new HashSet<int>();

        for (var seed = 0; seed < 50; seed++)
        {
            var pct = new PctStrategy(seed, depth: 2, steps: 3);
            var picks = Picks(pct, a, b, 8);
            var switches = Enumerable.Range(1, picks.Count - 1).Where(i => picks[i] != picks[i - 1]).ToList();
            // The change point at step 1 drops the first thread before it ever runs: no switch seen.
            Assert.True(switches.Count <= 1, $"seed {seed}: switches at {string.Join(", ", switches)}");
            switchSteps.Add(switches.Count == 0 ? 0 : switches[0]);
            Assert.Equal(8, pct.Steps);
        }

        Assert.Equal([0, 1, 2], switchSteps.Order());
    }

    [Fact]
    public void NextThread_SameSeed_SameChoices()
    {
        using var machine = MachineAssert.Boot();
        var (a, b) = (machine.Scheduler.Threads[0], machine.Scheduler.Threads[1]);

        Assert.Equal(Picks(new PctStrategy(9, 3, 5), a, b, 12), Picks(new PctStrategy(9, 3, 5), a, b, 12));
    }

    [Fact]
    public void Constructor_BadDepthOrSteps_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PctStrategy(0, 0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PctStrategy(0, 3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExplorationStrategy.Pct(depth: 0));
    }
}
