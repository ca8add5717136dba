using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Instrumentation;

/// <summary>Driver code that runs away (loops without a DDI, DPCs that never return, runaway
/// recursion) ends in the bug check or the stop Windows or the watchdog would give, naming the
/// driver's line, and the host goes on.</summary>
public sealed class RunawayTests
{
    private static Machine Boot(int processors = 2, long maxSteps = 10_000_000, ExecutionMode mode = ExecutionMode.Deterministic,
        bool instrument = true, TimeSpan? hangTimeout = null) =>
        Machine.Boot(new MachineOptions
        {
            Processors = processors,
            Mode = mode,
            MaxSteps = maxSteps,
            InstrumentDrivers = instrument,
            HangTimeout = hangTimeout ?? TimeSpan.FromSeconds(30),
        });

    [Fact]
    public void DriverEntry_LoopWithoutDdi_TakesSchedulingPoints_AndStopsAtTheStepLimitOnItsLine()
    {
        using var machine = Boot(maxSteps: 5_000);

        var status = RunawayDriver.Start(machine, RunawayDriver.EntrySpin);

        Assert.Equal(RunStatus.StepLimit, status);
        var report = Assert.IsType<StopReport>(machine.StopReport);
        Assert.Equal("Runaway", report.Module);
        Assert.Equal("Runaway!RunawayDriver.DriverEntry, " + RunawayDriver.Site("entry spin"), report.Location);
        Assert.Null(machine.BugCheck);
    }

    [Theory]
    [InlineData(ExecutionMode.Deterministic)]
    [InlineData(ExecutionMode.Concurrent)]
    public void DriverEntry_SpinningOnAFlagAnotherThreadSets_OnOneProcessor_Completes(ExecutionMode mode)
    {
        using var machine = Boot(processors: 1, mode: mode);

        var status = RunawayDriver.Start(machine, RunawayDriver.EntrySpinUntilFlag);

        Completed(machine, status);
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text == "Runaway: the flag was set\n");
    }

    [Fact]
    public void ProbeSchedulingPoints_AreDeterministic_TheSameSeedGivesTheSameTrace()
    {
        static (ulong Hash, long Events) Spin(int seed)
        {
            using var machine = Machine.Boot(new MachineOptions { Processors = 1, Seed = seed });
            Completed(machine, RunawayDriver.Start(machine, RunawayDriver.EntrySpinUntilFlag));
            return (machine.Trace.Hash, machine.Trace.Count);
        }

        Assert.Equal(Spin(3), Spin(3));
    }

    [Fact]
    public void DriverEntry_SpinningOnAFlag_NotInstrumented_Hangs()
    {
        // The same driver as it is: its loop never lets the thread that sets the flag run.
        using var machine = Boot(processors: 1, instrument: false, hangTimeout: TimeSpan.FromMilliseconds(300));

        var status = RunawayDriver.Start(machine, RunawayDriver.EntrySpinUntilFlag);

        Assert.Equal(RunStatus.Hung, status);
        var report = Assert.IsType<StopReport>(machine.StopReport);
        Assert.Equal(RunStatus.Hung, report.Status);
        Assert.Equal("Runaway", report.Module);
        Assert.Null(report.Location);
        Assert.Equal("ZwClose", report.LastDdi);
    }

    [Fact]
    public void Dpc_ThatNeverReturns_BugChecksDpcWatchdogViolation_OverItsAllotment()
    {
        using var machine = Boot();

        var status = RunawayDriver.Start(machine, RunawayDriver.DpcSpin);

        // P1 0: one DPC over its allotment; P2 its time in 15.625 ms ticks, P3 the allotment (0x500, 20 s).
        var info = BugCheck(machine, status, DPC_WATCHDOG_VIOLATION, 0, 0x501, 0x500, 0);
        Assert.Equal("Runaway!RunawayDriver.SpinningDpc, " + RunawayDriver.Site("dpc spin"), info.Location);
        Assert.True(machine.InterruptTime >= TimeSpan.FromSeconds(20).Ticks, $"virtual time {machine.InterruptTime}");
    }

    [Fact]
    public void SpinAtDispatchLevel_HoldingASpinLock_BugChecksDpcWatchdogViolation_Cumulative()
    {
        using var machine = Boot();

        var status = RunawayDriver.Start(machine, RunawayDriver.SpinLockSpin);

        // P1 1: too long at DISPATCH_LEVEL in all; P2 the watchdog period in ticks (0x1E00, 120 s).
        var info = BugCheck(machine, status, DPC_WATCHDOG_VIOLATION, 1, 0x1E00, 0, 0);
        Assert.Equal("Runaway!RunawayDriver.DriverEntry, " + RunawayDriver.Site("spin lock spin"), info.Location);
    }

    [Fact]
    public void WorkItem_ThatSpins_LeavesTheMachineRunning_AndStopsAtTheStepLimitOnItsLine()
    {
        using var machine = Boot(maxSteps: 5_000);
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.WorkItemSpin));

        var status = machine.RunUntilIdle();

        Assert.Equal(RunStatus.StepLimit, status);
        var report = Assert.IsType<StopReport>(machine.StopReport);
        Assert.Equal("Runaway!RunawayDriver.DriverEntry.lambda, " + RunawayDriver.Site("work item spin"), report.Location);
    }

    [Fact]
    public void DispatchRoutine_ThatSpinsAtPassiveLevel_StopsAtTheStepLimitOnItsLine()
    {
        using var machine = Boot(maxSteps: 5_000);
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.DispatchSpin));
        var app = machine.StartProcess("app", _ =>
        {
            var h = CreateFile(@"\\.\Runaway", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            DeviceIoControl(h, RunawayDriver.IOCTL_RUNAWAY_SPIN, (byte[]?)null, 0, null, 0, out uint _, null);
            return 0;
        });

        var status = app.WaitForExit();

        Assert.Equal(RunStatus.StepLimit, status);
        var report = Assert.IsType<StopReport>(machine.StopReport);
        Assert.Equal("Runaway!RunawayDriver.RunawayDeviceControl, " + RunawayDriver.Site("dispatch spin"), report.Location);
    }

    [Fact]
    public void TimerDpc_ThatNeverReturns_BugChecksDpcWatchdogViolation_WhenTheTimerFires()
    {
        using var machine = Boot();
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.TimerDpcSpin));

        var status = machine.AdvanceTime(TimeSpan.FromSeconds(1));

        var info = BugCheck(machine, status, DPC_WATCHDOG_VIOLATION, 0, 0x501, 0x500, 0);
        Assert.Equal("Runaway!RunawayDriver.SpinningDpc, " + RunawayDriver.Site("dpc spin"), info.Location);
    }

    [Fact]
    public void SystemThread_ThatSpins_StopsAtTheStepLimitOnItsLine()
    {
        using var machine = Boot(maxSteps: 5_000);
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.SystemThreadSpin));

        var status = machine.RunUntilIdle();

        Assert.Equal(RunStatus.StepLimit, status);
        var report = Assert.IsType<StopReport>(machine.StopReport);
        Assert.Equal("Runaway!RunawayDriver.SpinForever, " + RunawayDriver.Site("system thread spin"), report.Location);
    }

    [Fact]
    public void Recursion_InsideACatchAll_StillBugChecks_AndTheHostGoesOn()
    {
        using var machine = Boot();

        var status = RunawayDriver.Start(machine, RunawayDriver.RecursionCaught);

        var info = BugCheck(machine, status, UNEXPECTED_KERNEL_MODE_TRAP, 8, 0, 0, 0);
        Assert.Equal("Runaway!RunawayDriver.Recurse, " + RunawayDriver.Site("recursion"), info.Location);
        Assert.True(machine.IsHalted);
    }

    [Fact]
    public void DirectRecursion_BugChecksUnexpectedKernelModeTrap_DoubleFault_OnTheRecursiveLine()
    {
        using var machine = Boot();

        var status = RunawayDriver.Start(machine, RunawayDriver.Recursion);

        var info = BugCheck(machine, status, UNEXPECTED_KERNEL_MODE_TRAP, 8, 0, 0, 0);
        Assert.Equal("Runaway!RunawayDriver.Recurse, " + RunawayDriver.Site("recursion"), info.Location);
        Assert.Contains("kernel stack overflow", info.Detail);
    }

    [Fact]
    public void MutualRecursion_BugChecksUnexpectedKernelModeTrap_DoubleFault()
    {
        using var machine = Boot();

        var status = RunawayDriver.Start(machine, RunawayDriver.MutualRecursion);

        var info = BugCheck(machine, status, UNEXPECTED_KERNEL_MODE_TRAP, 8, 0, 0, 0);
        Assert.Contains(info.Location, new[]
        {
            "Runaway!RunawayDriver.Ping, " + RunawayDriver.Site("ping"),
            "Runaway!RunawayDriver.Pong, " + RunawayDriver.Site("pong"),
        });
    }

    [Fact]
    public void RecursionInADpc_BugChecksUnexpectedKernelModeTrap_DoubleFault()
    {
        using var machine = Boot();

        var status = RunawayDriver.Start(machine, RunawayDriver.DpcRecursion);

        var info = BugCheck(machine, status, UNEXPECTED_KERNEL_MODE_TRAP, 8, 0, 0, 0);
        Assert.Equal("Runaway!RunawayDriver.Recurse, " + RunawayDriver.Site("recursion"), info.Location);
    }

    [Fact]
    public void Recursion_OnAConcurrentMachine_BugChecksAndTheHostGoesOn()
    {
        using (var machine = Boot(mode: ExecutionMode.Concurrent))
        {
            var status = RunawayDriver.Start(machine, RunawayDriver.Recursion);

            BugCheck(machine, status, UNEXPECTED_KERNEL_MODE_TRAP, 8, 0, 0, 0);
        }

        // The process is alive and another machine works.
        using var next = Boot();
        Completed(next, next.Run(() => KeStallExecutionProcessor(1)));
    }

    [Fact]
    public void DriverEntry_LoopWithoutDdi_OnAConcurrentMachine_IsStoppedAtItsProbe_AsHung()
    {
        using var machine = Boot(mode: ExecutionMode.Concurrent, hangTimeout: TimeSpan.FromMilliseconds(300));

        var status = RunawayDriver.Start(machine, RunawayDriver.EntrySpin);

        Assert.Equal(RunStatus.Hung, status);
        var report = Assert.IsType<StopReport>(machine.StopReport);
        Assert.Equal("Runaway!RunawayDriver.DriverEntry, " + RunawayDriver.Site("entry spin"), report.Location);
        Assert.Equal("Runaway", report.Module);
        Assert.StartsWith("The machine stopped: Hung.", report.ToString(), StringComparison.Ordinal);
    }
}
