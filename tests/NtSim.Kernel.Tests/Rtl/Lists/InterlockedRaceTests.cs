using Xunit.Sdk;
using static NtSim.Wdm;

namespace NtSim.Tests.Rtl.Lists;

/// <summary>
/// An interlocked operation is a scheduling point, so the schedule explorer finds the lost update
/// of a driver that reads a counter plainly and writes it back with an interlocked exchange while
/// another thread increments it with InterlockedIncrement.
/// </summary>
public sealed class InterlockedRaceTests
{
    private const int Increments = 10;

    /// <summary>Two system threads add <see cref="Increments"/> each to one counter; the second one
    /// reads plainly and writes with InterlockedExchange unless <paramref name="bothInterlocked"/>.</summary>
    private static int Run(Machine machine, bool bothInterlocked)
    {
        var counter = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 2);
            Start(done, () => InterlockedIncrement(ref counter));
            Start(done, () =>
            {
                if (bothInterlocked)
                {
                    InterlockedIncrement(ref counter);
                }
                else
                {
                    var seen = counter;
                    InterlockedExchange(ref counter, seen + 1);
                }
            });
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        return counter;
    }

    private static void Start(KSEMAPHORE done, Action increment)
    {
        Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
        {
            for (var i = 0; i < Increments; i++)
            {
                increment();
            }

            KeReleaseSemaphore(done, 0, 1, false);
        }, null));
        ZwClose(handle);
    }

    [Fact]
    public void Explore_PlainReadThenInterlockedWrite_LosesAnUpdateOnSomeSchedule()
    {
        var exploration = Schedules.Explore(machine => Assert.Equal(2 * Increments, Run(machine, bothInterlocked: false)),
            100, ExplorationStrategy.Pct(depth: 2));

        Assert.False(exploration.Passed);
        Assert.Equal(ScheduleVerdict.Exception, exploration.Failure!.Verdict);
        Assert.IsType<EqualException>(exploration.Failure.Exception);
    }

    [Fact]
    public void Explore_InterlockedIncrementOnBothSides_PassesEverySchedule()
    {
        var exploration = Schedules.Explore(machine => Assert.Equal(2 * Increments, Run(machine, bothInterlocked: true)),
            100, ExplorationStrategy.Pct(depth: 2));

        Assert.True(exploration.Passed, exploration.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void SpinWaitOnAnInterlockedFlag_LetsTheSettingThreadRun(int seed)
    {
        // Were the loop no scheduling point, the run would end Hung after the watchdog's 5 seconds.
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Seed = seed, HangTimeout = TimeSpan.FromSeconds(5) });
        var flag = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL,
                _ => InterlockedExchange(ref flag, 1), null));
            ZwClose(handle);

            // Without a scheduling point in the loop, the one running thread would spin for ever.
            while (InterlockedCompareExchange(ref flag, 0, 0) == 0)
            {
            }
        }));
        Assert.Equal(1, flag);
    }
}
