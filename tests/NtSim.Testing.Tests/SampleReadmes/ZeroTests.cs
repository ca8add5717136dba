// The test samples/Zero/README.md shows, as written there: it compiles against the public API.
using NtSim;
using NtSim.Samples.Zero;
using NtSim.Testing;
using Xunit;
using Xunit.Abstractions;

public sealed class ZeroTests(ITestOutputHelper output)
{
    [Fact]
    public void ZeroTest_ReadsZeros_AndTheDriverUnloadsClean()
    {
        using var machine = TestMachine.Boot(output, new MachineOptions { Processors = 2, Seed = 7 });
        machine.StartDriver<ZeroDriver>("Zero");                  // sc create and sc start
        var app = machine.RunClient("zerotest", ZeroTest.Main);   // runs the process to its exit
        Assert.Equal(0, app.ExitCode);
        Assert.Contains("zerotest: read 64 bytes, all zero", app.Output);
        machine.StopDriver("Zero");                               // sc stop; fails on anything left behind
    }
}
