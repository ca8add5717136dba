namespace NtSim.Testing.Tests;

/// <summary>RouteDebugOutput and DebugText: every DbgPrint line, filtered or shown, reaches the test's output.</summary>
public sealed class DebugOutputTests
{
    [Fact]
    public void Boot_WithOutput_RoutesEveryDbgPrintLine_AsItIsPrinted()
    {
        var output = new RecordingOutput();
        using var machine = TestMachine.Boot(output);

        machine.StartDriver<CountingDriver>("Counting");
        var linesAfterStart = output.Lines.Count;
        machine.StopDriver("Counting");

        // DbgPrint is INFO level: filtered from a debugger by default, and still routed.
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text == "Counting: DriverEntry\n" && !m.Shown);
        Assert.Contains(output.Lines.Take(linesAfterStart), l => l.EndsWith("] Counting: DriverEntry", StringComparison.Ordinal));
        Assert.Contains(output.Lines.Skip(linesAfterStart), l => l.EndsWith("] Counting: unloaded", StringComparison.Ordinal));
        Assert.Equal(machine.DebugOutput.Messages.Count, output.Lines.Count);
    }

    [Fact]
    public void RouteDebugOutput_Later_WritesWhatWasPrintedBefore()
    {
        using var machine = TestMachine.Boot();
        machine.LoadDriver(TestDrivers.Hello);
        var output = new RecordingOutput();

        machine.RouteDebugOutput(output);
        machine.StopDriver("Hello");

        Assert.Contains(output.Lines, l => l.Contains("] Hello: DriverEntry", StringComparison.Ordinal));
        Assert.EndsWith("] Hello: unloaded", output.Lines[^1]);
    }

    [Fact]
    public void DebugText_IsEveryMessageInOrder()
    {
        using var machine = TestMachine.Boot();

        machine.StartDriver<CountingDriver>("Counting");
        machine.StopDriver("Counting");

        Assert.Equal("Counting: DriverEntry\nCounting: unloaded\n", machine.DebugText());
    }
}
