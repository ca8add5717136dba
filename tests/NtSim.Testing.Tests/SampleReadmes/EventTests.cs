// The test samples/Event/README.md shows, as written there: it compiles against the public API.
using NtSim;
using NtSim.Samples.Event;
using NtSim.Testing;
using Xunit;
using Xunit.Abstractions;

public sealed class EventTests(ITestOutputHelper output)
{
    [Fact]
    public void EventApp_Both_SignalsTheEventAndCompletesTheIoctl()
    {
        using var machine = TestMachine.Boot(output, new MachineOptions { Processors = 2, Seed = 7 });
        machine.StartDriver<EventDriver>("event");                             // sc create and sc start
        var app = machine.RunClient("eventapp", EventApp.Main, "both", "2");   // runs the process to its exit
        Assert.Contains("Event-based: the event was signaled", app.Output);
        Assert.Contains("IRP-based: the IOCTL completed", app.Output);
        machine.StopDriver("event");                                           // sc stop; fails on anything left behind
    }
}
