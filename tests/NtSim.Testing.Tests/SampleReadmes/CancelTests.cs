// The test samples/Cancel/README.md shows, as written there: it compiles against the public API.
using NtSim;
using NtSim.Samples.Cancel;
using NtSim.Testing;
using Xunit;
using Xunit.Abstractions;

public sealed class CancelTests(ITestOutputHelper output)
{
    [Fact]
    public void CanclApp_Cancel_StopsEveryReader()
    {
        using var machine = TestMachine.Boot(output, new MachineOptions { Processors = 2, Seed = 7 });
        machine.StartDriver<CancelDriver>("cancel");                                   // sc create and sc start
        var app = machine.RunClient("canclapp", CanclApp.Main, "cancel", "3", "5");   // runs the process to its exit
        Assert.Contains("Main: all readers stopped", app.Output);
        machine.StopDriver("cancel");                                                  // sc stop; fails on anything left behind
    }
}
