using NtSim.Samples.Event;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Event;

/// <summary>The timer DPC racing cancellation and unload. The request's timer and the test
/// thread's delay expire at the same instant, so the schedule decides who runs first; whatever the
/// order, the IRP completes exactly once and its record is freed exactly once. Each test explores
/// the schedules and requires both orders to occur, so both code paths of the race ran.</summary>
public sealed class EventRaceTests
{
    private const int Iterations = 30;

    /// <summary>The IRP is cancelled (if still pending) the moment its timer fires.</summary>
    private static NTSTATUS CancelAsTimerFires(Machine machine)
    {
        var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
        NTSTATUS final = 0;
        NtAssert.Completed(machine, machine.Run(() =>
        {
            var request = EventDriverTests.Register(driver.DeviceObject!, NOTIFY_TYPE.IRP_BASED, EventDriverTests.OneSecond);
            KeDelayExecutionThread(KernelMode, false, EventDriverTests.OneSecond);
            if (!request.IsComplete)
            {
                IoCancelIrp(request.Irp);
            }

            final = request.Wait();
        }));
        EventDriverTests.AssertUnloadedClean(machine);
        return final;
    }

    /// <summary>The driver unloads the moment the IRP's timer fires: the unload routine either
    /// claims the record first (STATUS_CANCELLED) or flushes the DPC that did (STATUS_SUCCESS).</summary>
    private static NTSTATUS UnloadAsTimerFires(Machine machine)
    {
        // Loaded without a service: the test thread unloads it itself, at the instant the timer fires.
        var driver = machine.LoadDriver("Event", new EventDriver());
        KernelRequests.Request? request = null;
        NtAssert.Completed(machine, machine.Run(() =>
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

    [Fact]
    public void IrpBased_CancelRacesTimer_CompletedExactlyOnceEitherWay()
    {
        var exploration = Schedules.Explore(CancelAsTimerFires, Iterations);

        exploration.ThrowIfFailed();
        Assert.Equal([STATUS_SUCCESS, STATUS_CANCELLED], exploration.Outcomes.Keys.OrderBy(s => s != STATUS_SUCCESS));
    }

    [Fact]
    public void Unload_RacesTimer_CompletedOnceAndNothingLeaksEitherWay()
    {
        var exploration = Schedules.Explore(UnloadAsTimerFires, Iterations);

        exploration.ThrowIfFailed();
        Assert.Equal([STATUS_SUCCESS, STATUS_CANCELLED], exploration.Outcomes.Keys.OrderBy(s => s != STATUS_SUCCESS));
    }
}
