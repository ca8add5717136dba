using NtSim.Samples.Event;

namespace NtSim.Samples.Tests.Event;

/// <summary>eventapp against the event driver: user-mode requests, the application's own event
/// handle, cancellation, handle close and process exit.</summary>
public sealed class EventAppTests
{
    /// <summary>Loads the driver, runs eventapp with <paramref name="args"/> to its exit, checks the
    /// driver is left with nothing (no record in pool, nothing tracked) and unloads it.</summary>
    private static UserProcess Run(Machine machine, params string[] args) => Run(machine, out _, args);

    private static UserProcess Run(Machine machine, out List<string> debugLog, params string[] args)
    {
        var driver = machine.StartDriver<EventDriver>(EventDriverTests.Service);
        var app = machine.RunClient("eventapp", EventApp.Main, args);
        Assert.Null(machine.BugCheck);
        debugLog = [.. machine.DebugOutput.Messages.Where(m => m.Module == "event").Select(m => m.Text)];

        // The process is gone: each registration has been notified or cancelled, and its record freed.
        Assert.Equal(0, machine.Pool.QueryTag("Evnt").Outstanding);
        Assert.Equal(0, driver.DeviceObject!.ReferenceCount);
        EventDriverTests.AssertUnloadedClean(machine);
        return app;
    }

    [Fact]
    public void EventApp_Both_EventSignaledAndIoctlCompleted() =>
        ScheduleAssert.Explore(machine =>
        {
            var app = Run(machine, out var debugLog, "both", "2");
            Assert.Equal(0, app.ExitCode);
            Assert.Equal(
                [
                    "Event: event-based notification registered, due in 2000 ms\n",
                    "Event: CustomTimerDPC: signaling the event\n",
                    "Event: IRP-based notification registered, due in 2000 ms\n",
                    "Event: CustomTimerDPC: completing the pending IRP\n",
                ], debugLog);
            Assert.Equal(
                "Event-based: registered\n" +
                "Event-based: the event was signaled\n" +
                "IRP-based: registered, the IOCTL is pending\n" +
                "IRP-based: the IOCTL completed\n", app.Output);
        }, SampleHost.Iterations);

    [Fact]
    public void EventApp_ShortInput_ErrorInvalidParameter() =>
        ScheduleAssert.Explore(machine =>
        {
            var app = Run(machine, "bad");
            Assert.Equal(0, app.ExitCode);
            Assert.Equal("Short input: error 87\n", app.Output);
        }, SampleHost.Iterations);

    [Fact]
    public void EventApp_CancelIo_IoctlFailsWithOperationAborted() =>
        ScheduleAssert.Explore(machine =>
        {
            var app = Run(machine, "cancel", "10");
            Assert.Equal(0, app.ExitCode);
            Assert.Equal(
                "IRP-based: registered, cancelling it\n" +
                "IRP-based: the IOCTL failed: error 995\n", app.Output);
        }, SampleHost.Iterations);

    [Fact]
    public void EventApp_CloseHandleWithBothPending_IoctlCancelledEventNeverSignaled() =>
        ScheduleAssert.Explore(machine =>
        {
            var app = Run(machine, "close", "3");
            Assert.Equal(0, app.ExitCode);
            Assert.Equal(
                "Both registered, closing the handle\n" +
                "IRP-based: the IOCTL was cancelled\n" +
                "Event-based: the event was not signaled\n", app.Output);
        }, SampleHost.Iterations);

    [Fact]
    public void EventApp_ExitWithBothPending_ProcessExitCancelsThemAndNothingLeaks() =>
        ScheduleAssert.Explore(machine =>
        {
            var app = Run(machine, "exit", "30");
            Assert.Equal(0, app.ExitCode);
            Assert.Equal(
                "Event-based: registered\n" +
                "IRP-based: registered, the IOCTL is pending\n" +
                "Exiting with both registrations pending\n", app.Output);
        }, SampleHost.Iterations);
}
