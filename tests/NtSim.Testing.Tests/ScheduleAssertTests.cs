using System.Text.RegularExpressions;
using Xunit.Sdk;
using static NtSim.Wdm;

namespace NtSim.Testing.Tests;

/// <summary>ScheduleAssert.Explore: a race fails the test with the schedule, its seed and a replay line
/// that does replay it; a correct scenario passes every schedule.</summary>
public sealed partial class ScheduleAssertTests
{
    [Fact]
    public void Explore_LostUpdate_FailsWithTheSeedAndAReplayLine()
    {
        var e = Assert.ThrowsAny<XunitException>(() => ScheduleAssert.Explore(machine => AssertCount(machine, locked: false), iterations: 200));

        var schedule = ScheduleText().Match(e.Message);
        Assert.True(schedule.Success, e.Message);
        Assert.Contains($"(seed {schedule.Groups["seed"].Value})", e.Message);
        Assert.Contains($"Replay it with: Schedules.Replay(scenario, Schedule.Parse(\"{schedule.Groups["schedule"].Value}\"))", e.Message);
        // The line replays the failure.
        var replay = Schedules.Replay(machine => AssertCount(machine, locked: false), Schedule.Parse(schedule.Groups["schedule"].Value));
        Assert.Equal(ScheduleVerdict.Exception, replay.Verdict);
    }

    [Fact]
    public void Explore_UnderASpinLock_Passes_AndWritesTheResult()
    {
        var output = new RecordingOutput();

        ScheduleAssert.Explore(machine => AssertCount(machine, locked: true), iterations: 20, output: output);

        Assert.Contains(output.Lines, l => l.StartsWith("Exploration (", StringComparison.Ordinal) && l.Contains("passed", StringComparison.Ordinal));
    }

    [Fact]
    public void Explore_BugCheckUnderSomeSchedule_FailsWithTheAccount()
    {
        var e = Assert.ThrowsAny<XunitException>(() => ScheduleAssert.Explore(
            machine => NtAssert.Completed(machine, machine.Run(() => KeBugCheckEx(MANUALLY_INITIATED_CRASH, 5, 6, 7, 8))),
            iterations: 5, ExplorationStrategy.Pct()));

        Assert.Contains("under schedule 'pct seed=0", e.Message);
        Assert.Contains("bug check MANUALLY_INITIATED_CRASH (e2)", e.Message);
        Assert.Contains("*** STOP: 0x000000E2", e.Message);
    }

    [Fact]
    public void Explore_WithOptions_BootsEachMachineWithThem_AndTheReplayLineSaysSo()
    {
        var options = new MachineOptions { Processors = 1, Seed = 3 };
        var processors = new List<int>();

        var e = Assert.ThrowsAny<XunitException>(() => ScheduleAssert.Explore(machine =>
        {
            processors.Add(machine.Processors.Count);
            AssertCount(machine, locked: false);
        }, options, iterations: 200));

        Assert.All(processors, p => Assert.Equal(1, p));
        Assert.Contains("(with the same MachineOptions)", e.Message);
        Assert.Matches("under schedule 'random seed=([3-9]|[1-9][0-9]+)'", e.Message);
    }

    /// <summary>Two system threads add 5 each to a counter, with a scheduling point between the read and
    /// the write (an update is lost when the other thread writes in between) unless a spin lock guards it.</summary>
    private static void AssertCount(Machine machine, bool locked)
    {
        const int threads = 2;
        const int increments = 5;
        var counter = 0;
        NtAssert.Completed(machine, machine.Run(() =>
        {
            var done = new KSEMAPHORE();
            var guard = new KSPIN_LOCK();
            KeInitializeSemaphore(done, 0, threads);
            KeInitializeSpinLock(guard);
            for (var t = 0; t < threads; t++)
            {
                PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
                {
                    for (var i = 0; i < increments; i++)
                    {
                        var oldIrql = PASSIVE_LEVEL;
                        if (locked)
                        {
                            KeAcquireSpinLock(guard, out oldIrql);
                        }

                        var seen = counter;
                        KeStallExecutionProcessor(1);
                        counter = seen + 1;
                        if (locked)
                        {
                            KeReleaseSpinLock(guard, oldIrql);
                        }
                    }

                    KeReleaseSemaphore(done, 0, 1, false);
                }, null);
                ZwClose(handle);
            }

            for (var t = 0; t < threads; t++)
            {
                KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            }
        }));
        Assert.Equal(threads * increments, counter);
    }

    [GeneratedRegex("under schedule '(?<schedule>random seed=(?<seed>[0-9]+))'")]
    private static partial Regex ScheduleText();
}
