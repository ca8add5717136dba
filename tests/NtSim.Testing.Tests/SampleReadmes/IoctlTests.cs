// The test samples/Ioctl/README.md shows, as written there: it compiles against the public API.
using NtSim;
using NtSim.Samples.Ioctl;
using NtSim.Testing;
using Xunit;
using Xunit.Abstractions;

public sealed class IoctlTests(ITestOutputHelper output)
{
    [Fact]
    public void IoctlApp_EveryMethodSucceeds()
    {
        using var machine = TestMachine.Boot(output, new MachineOptions { Processors = 2, Seed = 7 });
        machine.StartDriver<SioctlDriver>("sioctl");              // sc create and sc start
        var app = machine.RunClient("ioctlapp", IoctlApp.Main);   // runs the process to its exit
        Assert.Contains("ioctlapp: 0 of 4 requests failed", app.Output);
        Assert.Contains("SIOCTL: METHOD_NEITHER", machine.DebugText());   // the driver's view of each IRP
        machine.StopDriver("sioctl");                             // sc stop; fails on anything left behind
    }
}
