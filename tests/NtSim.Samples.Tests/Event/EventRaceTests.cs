using NtSim.Samples.Event;
using NtSim.Tests;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Event;

/// <summary>The timer DPC racing cancellation and unload. The request's timer and the test
/// thread's delay expire at the same instant, so the seed decides who runs first; whatever the
/// order, the IRP completes exactly once and its record is freed exactly once.</summary>
public sealed class EventRaceTests
{
    private static readonly int[] s_seeds = [1, 2, 3, 7, 42];

    /// <summary>The IRP is cancelled (if still pending) the moment its timer fires.</summary>
    private static NTSTATUS CancelAsTimerFires(int seed)
    {
        using var machine = MachineAssert.Boot(seed: seed);
        var driver = SampleHost.Load(machine, "Event", new EventDriver());
        NTSTATUS final = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var request = EventDriverTests.Register(driver.DeviceObject!, NOTIFY_TYPE.IRP_BASED, EventDriverTests.OneSecond);
            KeDelayExecutionThread(KernelMode, false, EventDriverTests.OneSecond);
            if (!request.IsComplete)
            {
                IoCancelIrp(request.Irp);
            }

            final = request.Wait();
        }));
        EventDriverTests.AssertUnloadedClean(machine, driver);
        return final;
    }

    /// <summary>The driver unloads the moment the IRP's timer fires: the unload routine either
    /// claims the record first (STATUS_CANCELLED) or flushes the DPC that did (STATUS_SUCCESS).</summary>
    private static NTSTATUS UnloadAsTimerFires(int seed)
    {
        using var machine = MachineAssert.Boot(seed: seed);
        var driver = SampleHost.Load(machine, "Event", new EventDriver());
        KernelRequests.Request? request = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            request = EventDriverTests.Register(driver.DeviceObject!, NOTIFY_TYPE.IRP_BASED, EventDriverTests.OneSecond);
            KeDelayExecutionThread(KernelMode, false, EventDriverTests.OneSecond);
            DriverLoader.Unload(KTHREAD.Current!, driver);
        }));
        Assert.Null(machine.BugCheck);
        Assert.True(request!.IsComplete);
        Assert.Equal(0, machine.Pool.QueryTag("Evnt").Outstanding);
        Assert.Empty(machine.Tracking.Outstanding("event"));
        return request.Iosb.Status;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(42)]
    public void IrpBased_CancelRacesTimer_CompletedExactlyOnce(int seed) =>
        Assert.Contains(CancelAsTimerFires(seed), new[] { STATUS_SUCCESS, STATUS_CANCELLED });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(42)]
    public void Unload_RacesTimer_CompletedOnceAndNothingLeaks(int seed) =>
        Assert.Contains(UnloadAsTimerFires(seed), new[] { STATUS_SUCCESS, STATUS_CANCELLED });

    /// <summary>The seeds above do explore both orders (so both code paths of each race ran).</summary>
    [Fact]
    public void Races_AcrossTheSeeds_BothOrdersHappen()
    {
        var cancel = s_seeds.Select(CancelAsTimerFires).ToHashSet();
        var unload = s_seeds.Select(UnloadAsTimerFires).ToHashSet();
        Assert.True(cancel.SetEquals([STATUS_SUCCESS, STATUS_CANCELLED]), $"cancel race outcomes: {string.Join(", ", cancel)}");
        Assert.True(unload.SetEquals([STATUS_SUCCESS, STATUS_CANCELLED]), $"unload race outcomes: {string.Join(", ", unload)}");
    }
}
