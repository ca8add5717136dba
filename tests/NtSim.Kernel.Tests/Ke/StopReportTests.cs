using System.Runtime.CompilerServices;
using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

/// <summary>A run stopped at StepLimit or TimeLimit names the thread, its module, its last DDI and
/// the driver's line.</summary>
public sealed class StopReportTests
{
    private static int Here([CallerLineNumber] int line = 0) => line;

    [Fact]
    public void RecordStop_LivelockedThread_NamesThreadLastDdiAndLine()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 1, MaxSteps = 1000 });
        var spinLock = new KSPIN_LOCK();
        var loopLine = 0;
        var status = machine.Run(() =>
        {
            KeInitializeSpinLock(spinLock);
            loopLine = Here() + 3;
            while (true)
            {
                KeAcquireSpinLock(spinLock, out var irql); KeReleaseSpinLock(spinLock, irql);
            }
        }, "Spinner");

        Assert.Equal(RunStatus.StepLimit, status);
        var report = machine.StopReport;
        Assert.NotNull(report);
        Assert.Equal(RunStatus.StepLimit, report.Status);
        Assert.Contains("(Spinner)", report.Thread);
        Assert.Equal("NtSim.Kernel.Tests", report.Module);
        Assert.Contains(report.LastDdi, new[] { nameof(KeAcquireSpinLock), nameof(KeReleaseSpinLock) });
        Assert.EndsWith($"StopReportTests.cs:{loopLine}", report.Location);
        Assert.StartsWith($"The machine stopped: StepLimit. {report.Thread} was running NtSim.Kernel.Tests!StopReportTests.RecordStop_LivelockedThread_NamesThreadLastDdiAndLine.lambda", report.ToString());
    }

    [Fact]
    public void RecordStop_ThreadWaitsWhileAPeriodicTimerTicks_NamesTheWaitAndItsLine()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 1, MaxVirtualTime = TimeSpan.FromSeconds(1) });
        var waitLine = 0;
        var status = machine.Run(() =>
        {
            var timer = new KTIMER();
            KeInitializeTimerEx(timer, SynchronizationTimer);
            KeSetTimerEx(timer, new LARGE_INTEGER(-10_000), 10, null);
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            waitLine = Here() + 1;
            KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
        }, "Waiter");

        Assert.Equal(RunStatus.TimeLimit, status);
        var report = machine.StopReport;
        Assert.NotNull(report);
        Assert.Contains("(Waiter)", report.Thread);
        Assert.Equal(nameof(KeWaitForSingleObject), report.LastDdi);
        Assert.EndsWith($"StopReportTests.cs:{waitLine}", report.Location);
    }
}
