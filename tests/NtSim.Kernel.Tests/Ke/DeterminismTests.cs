using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class DeterminismTests
{
    // Two threads increment a counter without a lock, with a scheduling point between the read and
    // the write; a DPC and a timer join in. The interleaving depends on the seed only.
    private static (int Counter, ulong Hash, long Events) RacyScenario(int seed)
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Seed = seed });
        return RacyScenario(machine);
    }

    private static (int Counter, ulong Hash, long Events) RacyScenario(Machine machine)
    {
        var counter = 0;
        var status = machine.Run(() =>
        {
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 2);
            var timer = new KTIMER();
            var dpc = new KDPC();
            KeInitializeTimer(timer);
            KeInitializeDpc(dpc, (_, _, _, _) => KeStallExecutionProcessor(1), null);
            KeSetTimerEx(timer, -1_000, 1, dpc);
            for (var t = 0; t < 2; t++)
            {
                machine.Scheduler.CreateThread($"Inc{t}", ThreadKind.System, machine.Modules.Kernel, () =>
                {
                    var seen = counter;
                    KeStallExecutionProcessor(1);
                    counter = seen + 1;
                    KeReleaseSemaphore(done, 0, 1, false);
                });
            }

            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            KeCancelTimer(timer);
        });
        MachineAssert.Completed(machine, status);
        return (counter, machine.Trace.Hash, machine.Trace.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(12345)]
    public void SameSeed_SameTrace(int seed)
    {
        var first = RacyScenario(seed);
        var second = RacyScenario(seed);
        Assert.Equal(first, second);
        Assert.True(first.Events > 10);
    }

    [Fact]
    public void DifferentSeeds_ExploreDifferentInterleavings()
    {
        var exploration = Schedules.Explore(RacyScenario, 40, ExplorationStrategy.Random);

        exploration.ThrowIfFailed();
        // The lost update (1) and the correct count (2) both occur.
        Assert.Equal([1, 2], exploration.Outcomes.Keys.Select(run => run.Counter).Distinct().Order());
        Assert.True(exploration.Outcomes.Count > 5, $"only {exploration.Outcomes.Count} distinct traces");
    }

    [Fact]
    public void FirstChoiceStrategy_RunsThreadsWithoutPreemption()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 1, Strategy = _ => new FirstChoiceStrategy() });
        var log = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            machine.Scheduler.CreateThread("B", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                log.Add("B");
                KeSetEvent(done, 0, false);
            });
            log.Add("A1");
            KeStallExecutionProcessor(1);
            log.Add("A2");
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            log.Add("A3");
        }));
        Assert.Equal(["A1", "A2", "B", "A3"], log);
    }

    [Fact]
    public void Deadlock_ReportsEachThreadsWait()
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: 1);
        var status = machine.Run(() =>
        {
            var a = new KMUTEX();
            var b = new KMUTEX();
            var bothHeld = new KSEMAPHORE();
            KeInitializeMutex(a, 0);
            KeInitializeMutex(b, 0);
            KeInitializeSemaphore(bothHeld, 0, 2);
            machine.Scheduler.CreateThread("Second", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                KeWaitForSingleObject(b, Executive, KernelMode, false, null);
                KeReleaseSemaphore(bothHeld, 0, 1, false);
                KeWaitForSingleObject(bothHeld, Executive, KernelMode, false, 0);
                KeWaitForSingleObject(a, Executive, KernelMode, false, null);
            });
            KeWaitForSingleObject(a, Executive, KernelMode, false, null);
            KeWaitForSingleObject(bothHeld, Executive, KernelMode, false, null);
            KeWaitForSingleObject(b, Executive, KernelMode, false, null);
        }, "First");
        Assert.Equal(RunStatus.Deadlock, status);
        var report = machine.Deadlock!.ToString();
        Assert.Contains("(First) waits for KMUTEX@", report);
        Assert.Contains("(Second) waits for KMUTEX@", report);
        Assert.Contains("owned by", report);
    }

    [Fact]
    public void StepLimit_LivelockedThread_StopsRun()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 1, MaxSteps = 1000 });
        var status = machine.Run(() =>
        {
            while (true)
            {
                KeStallExecutionProcessor(1);
            }
        });
        Assert.Equal(RunStatus.StepLimit, status);
    }
}
