using Xunit.Sdk;
using static NtSim.Wdm;

namespace NtSim.Tests.Explore;

public sealed class SchedulesExploreTests
{
    [Fact]
    public void Explore_RandomOnLostUpdate_FailsWithTheAssertionAndItsSchedule()
    {
        var exploration = Schedules.Explore(machine => RacyCounter.AssertNoLostUpdate(machine), 200, ExplorationStrategy.Random);

        Assert.False(exploration.Passed);
        var failure = exploration.Failure!;
        Assert.Equal(ScheduleVerdict.Exception, failure.Verdict);
        Assert.IsType<EqualException>(failure.Exception);
        Assert.Equal(exploration.Iterations - 1, failure.Iteration);
        Assert.Equal(ScheduleKind.Random, failure.Schedule.Kind);
        Assert.Equal(failure.Iteration, failure.Schedule.Seed);
        Assert.InRange(failure.LastEvents.Count, 1, ScheduleRun.KeptEvents);
        Assert.Equal(failure.TraceEvents - 1, failure.LastEvents[^1].Sequence);
    }

    [Fact]
    public void Explore_PctOnLostUpdate_FindsItWithinAFewSchedules()
    {
        var exploration = Schedules.Explore(machine => RacyCounter.AssertNoLostUpdate(machine), 50, ExplorationStrategy.Pct(depth: 2));

        Assert.Equal(ScheduleVerdict.Exception, exploration.Failure?.Verdict);
        Assert.Equal(ScheduleKind.Pct, exploration.Failure!.Schedule.Kind);
        Assert.Equal(2, exploration.Failure.Schedule.Depth);
        Assert.True(exploration.Failure.Steps > 0);
    }

    [Fact]
    public void Explore_LockedCounter_PassesEverySchedule()
    {
        var exploration = Schedules.Explore(machine => Assert.Equal(40, RacyCounter.Run(machine, locked: true)), 100, ExplorationStrategy.Pct());

        Assert.True(exploration.Passed, exploration.ToString());
        Assert.Equal(100, exploration.Iterations);
        Assert.False(exploration.Exhausted);
        Assert.Null(exploration.Failure);
        exploration.ThrowIfFailed();
        Assert.StartsWith("Exploration (pct depth=3) passed 100 schedules.", exploration.ToString());
    }

    [Fact]
    public void Explore_ScenarioWithoutAChoice_RunsOnceAndIsExhausted()
    {
        var runs = 0;
        var exploration = Schedules.Explore(machine =>
        {
            runs++;
            MachineAssert.Completed(machine, machine.Run(() => KeStallExecutionProcessor(1)));
        }, 50, ExplorationStrategy.Random, new MachineOptions { Processors = 1 });

        Assert.True(exploration.Passed, exploration.ToString());
        Assert.Equal(1, exploration.Iterations);
        Assert.Equal(1, runs);
        Assert.True(exploration.Exhausted);
    }

    [Fact]
    public void Explore_BugCheckOnSomeSchedules_ReportsTheCodeParametersAndSeed()
    {
        var exploration = Schedules.Explore(machine =>
        {
            var counter = RacyCounter.Run(machine);
            if (counter != 40)
            {
                machine.Run(() => KeBugCheckEx(0xE2, 40, (ulong)counter, 0, 0));
            }
        }, 200, ExplorationStrategy.Random, new MachineOptions { Seed = 1000 });

        var failure = exploration.Failure!;
        Assert.Equal(ScheduleVerdict.BugCheck, failure.Verdict);
        Assert.Equal(0xE2u, failure.BugCheck!.Code);
        Assert.Equal(40ul, failure.BugCheck.Parameters[0]);
        Assert.InRange(failure.BugCheck.Parameters[1], 1ul, 39ul);
        Assert.Equal([0ul, 0ul], failure.BugCheck.Parameters.Skip(2));
        Assert.Equal(1000 + failure.Iteration, failure.Schedule.Seed);
        var report = exploration.ToString();
        Assert.Contains($"Schedule 'random seed={failure.Schedule.Seed}' (iteration {failure.Iteration}): bug check MANUALLY_INITIATED_CRASH (e2)", report);
        Assert.Contains($"hash 0x{failure.TraceHash:X16}", report);
        Assert.EndsWith($"Replay: Schedules.Replay(scenario, Schedule.Parse(\"random seed={failure.Schedule.Seed}\"))", report);
        var thrown = Assert.Throws<ScheduleFailedException>(exploration.ThrowIfFailed);
        Assert.Equal(report, thrown.Message);
    }

    [Fact]
    public void Explore_LockOrderInversion_ReportsTheDeadlock()
    {
        var exploration = Schedules.Explore(machine => machine.Run(() =>
        {
            var a = new KMUTEX();
            var b = new KMUTEX();
            var done = new KEVENT();
            KeInitializeMutex(a, 0);
            KeInitializeMutex(b, 0);
            KeInitializeEvent(done, NotificationEvent, false);
            PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
            {
                KeWaitForSingleObject(b, Executive, KernelMode, false, null);
                KeStallExecutionProcessor(1);
                KeWaitForSingleObject(a, Executive, KernelMode, false, null);
                KeReleaseMutex(a, false);
                KeReleaseMutex(b, false);
                KeSetEvent(done, 0, false);
            }, null);
            ZwClose(handle);
            KeWaitForSingleObject(a, Executive, KernelMode, false, null);
            KeStallExecutionProcessor(1);
            KeWaitForSingleObject(b, Executive, KernelMode, false, null);
            KeReleaseMutex(b, false);
            KeReleaseMutex(a, false);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }), 200, ExplorationStrategy.Pct());

        Assert.Equal(ScheduleVerdict.Deadlock, exploration.Failure?.Verdict);
        Assert.Contains("waits for KMUTEX@", exploration.Failure!.Deadlock!.ToString());
    }

    [Fact]
    public void Explore_LivelockOnSomeSchedule_ReportsAHang()
    {
        var options = new MachineOptions { MaxSteps = 5_000 };
        var exploration = Schedules.Explore(machine =>
        {
            var counter = RacyCounter.Run(machine);
            machine.Run(() =>
            {
                while (counter != 40)
                {
                    KeStallExecutionProcessor(1);
                }
            });
        }, 200, ExplorationStrategy.Random, options);

        Assert.Equal(ScheduleVerdict.Hang, exploration.Failure?.Verdict);
        Assert.Equal(RunStatus.StepLimit, exploration.Failure!.StopReport!.Status);
        Assert.Contains("hang (StepLimit)", exploration.ToString());
    }

    [Fact]
    public void Explore_WithOutcomes_ShowsTheRaceBothWays()
    {
        var exploration = Schedules.Explore(machine => RacyCounter.Run(machine, increments: 2) == 4, 100, ExplorationStrategy.Random);

        exploration.ThrowIfFailed();
        Assert.Equal([false, true], exploration.Outcomes.Keys.Order());
        var lost = Schedules.Replay(machine => RacyCounter.Run(machine, increments: 2), exploration.Outcomes[false]);
        Assert.InRange(lost.Value, 2, 3);
    }

    [Fact]
    public void Find_LostUpdate_StopsAtTheFirstScheduleThatShowsIt()
    {
        var exploration = Schedules.Find(machine => RacyCounter.Run(machine), run => run.Value < 40, 500, ExplorationStrategy.Pct());

        Assert.True(exploration.Passed);
        var found = exploration.Found!;
        Assert.InRange(found.Value, 1, 39);
        Assert.Equal(exploration.Iterations - 1, found.Iteration);
        Assert.Equal([40, found.Value], exploration.Outcomes.Keys.Order().Reverse());
        Assert.Equal(found.Schedule, exploration.Outcomes[found.Value]);
        Assert.Equal(found.Value, Schedules.Replay(machine => RacyCounter.Run(machine), found.Schedule).Value);
    }

    [Fact]
    public void Find_ABugCheck_IsFoundNotFailed()
    {
        var exploration = Schedules.Find(machine =>
        {
            if (RacyCounter.Run(machine) != 40)
            {
                machine.Run(() => KeBugCheckEx(0xE2, 0, 0, 0, 0));
            }
        }, run => run.BugCheck?.Code == 0xE2, 200, ExplorationStrategy.Pct());

        Assert.True(exploration.Passed);
        Assert.Equal(ScheduleVerdict.BugCheck, exploration.Found?.Verdict);
    }

    [Fact]
    public void Explore_ConcurrentOptions_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            Schedules.Explore(_ => { }, 1, null, new MachineOptions { Mode = ExecutionMode.Concurrent }));
        Assert.Contains("deterministic", e.Message);
    }

    [Fact]
    public void Explore_OptionsShapeEveryMachine()
    {
        var processors = new HashSet<int>();
        var exploration = Schedules.Explore(machine =>
        {
            processors.Add(machine.Processors.Count);
            RacyCounter.Run(machine, locked: true);
        }, 5, null, new MachineOptions { Processors = 3 });

        Assert.Equal(5, exploration.Iterations);
        Assert.Equal([3], processors);
    }
}
