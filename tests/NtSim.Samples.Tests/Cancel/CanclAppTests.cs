using System.Text.RegularExpressions;
using NtSim.Samples.Cancel;

namespace NtSim.Samples.Tests.Cancel;

/// <summary>canclapp against the cancel driver: reader threads with overlapped reads, stopped by
/// CancelIoEx, CloseHandle or process exit; no read is lost and the driver is left empty.</summary>
public sealed partial class CanclAppTests
{
    [GeneratedRegex(@"^Reader (\d): sample (\d+) \(4 bytes\)$", RegexOptions.Multiline)]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"^Reader (\d): (read cancelled|stopped|handle closed)$", RegexOptions.Multiline)]
    private static partial Regex FinalLine();

    /// <summary>Loads the driver, runs canclapp to its exit, checks that every read came back (the
    /// queue is empty, no system buffer is left, the file was closed) and unloads cleanly.</summary>
    private static UserProcess Run(Machine machine, params string[] args) => Run(machine, out _, args);

    private static UserProcess Run(Machine machine, out List<string> debugLog, params string[] args)
    {
        var driver = machine.StartDriver<CancelDriver>(CancelDriverTests.Service);
        var app = machine.RunClient("canclapp", CanclApp.Main, args);
        Assert.Null(machine.BugCheck);
        debugLog = [.. machine.DebugOutput.Messages.Where(m => m.Module == "cancel").Select(m => m.Text)];

        var device = driver.DeviceObject!;
        Assert.True(Wdm.IsListEmpty(device.Extension<DEVICE_EXTENSION>().PendingIrpQueue));
        Assert.Equal(0, device.ReferenceCount);
        Assert.Equal(0, machine.Pool.QueryTag("IoBf").Outstanding);
        CancelDriverTests.AssertUnloadedClean(machine);
        return app;
    }

    /// <summary>The samples the readers printed: each number once, 1 to n in all.</summary>
    private static int AssertSamples(string output)
    {
        var samples = SampleLine().Matches(output).Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, samples.Count), samples.Order());
        return samples.Count;
    }

    /// <summary>Each of the three readers ended exactly once, in one of <paramref name="allowed"/> ways.</summary>
    private static List<string> AssertEachReaderEnded(string output, params string[] allowed)
    {
        var endings = FinalLine().Matches(output).ToList();
        Assert.Equal(["0", "1", "2"], endings.Select(m => m.Groups[1].Value).Order());
        Assert.All(endings, m => Assert.Contains(m.Groups[2].Value, allowed));
        return [.. endings.Select(m => m.Groups[2].Value)];
    }

    [Fact]
    public void CanclApp_CancelIoEx_ReadersGetOneSampleASecondThenTheirReadsAreCancelled() =>
        ScheduleAssert.Explore(machine =>
        {
            var app = Run(machine, out var debugLog, "cancel", "3", "5");
            Assert.Equal(0, app.ExitCode);

            // The device delivers a sample a second from t = 1 s: 4 or 5 by the time Main wakes at 5 s,
            // and the read the polling thread holds then is not cancelable: it completes with one more.
            var samples = AssertSamples(app.Output);
            Assert.InRange(samples, 4, 6);

            // The driver saw the same: each sample delivered once, the cancellations through the CSQ.
            Assert.Equal(Enumerable.Range(1, samples).Select(i => $"CancelSamp: sample {i} delivered\n"),
                debugLog.Where(line => line.Contains("delivered", StringComparison.Ordinal)));
            Assert.Contains("CancelSamp: CsampCompleteCanceledIrp: read cancelled\n", debugLog);
            var endings = AssertEachReaderEnded(app.Output, "read cancelled", "stopped");
            Assert.Contains("read cancelled", endings);
            Assert.Contains("Main: cancelling the pending reads\n", app.Output);
            Assert.EndsWith("Main: all readers stopped\n", app.Output);
        }, SampleHost.Iterations);

    [Fact]
    public void CanclApp_CloseHandleWithReadsPending_CleanupCancelsThem() =>
        ScheduleAssert.Explore(machine =>
        {
            var app = Run(machine, "close", "3", "3");
            Assert.Equal(0, app.ExitCode);
            Assert.InRange(AssertSamples(app.Output), 2, 4);
            var endings = AssertEachReaderEnded(app.Output, "read cancelled", "stopped", "handle closed");
            Assert.Contains("read cancelled", endings);
            Assert.EndsWith("Main: all readers stopped\n", app.Output);
        }, SampleHost.Iterations);

    [Fact]
    public void CanclApp_ExitWithReadsPending_ProcessExitCancelsThemAndNoReadIsLost() =>
        ScheduleAssert.Explore(machine =>
        {
            var app = Run(machine, "exit", "3", "4");
            Assert.Equal(0, app.ExitCode);
            Assert.InRange(AssertSamples(app.Output), 3, 5);
            Assert.EndsWith("Main: exiting with reads pending\n", app.Output);
        }, SampleHost.Iterations);

    [Fact]
    public void CanclApp_ReadSmallerThanInputData_ErrorInsufficientBuffer() =>
        ScheduleAssert.Explore(machine =>
        {
            var app = Run(machine, "small");
            Assert.Equal(0, app.ExitCode);
            Assert.Equal("Small read: error 122\n", app.Output);
        }, SampleHost.Iterations);
}
