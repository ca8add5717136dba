using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;

namespace NtSim.Tests.Instrumentation;

/// <summary>The host-side watchdog (<see cref="MachineOptions.HangTimeout"/>) ends a run whose thread
/// stopped entering the kernel, where probes cannot help: a driver type of the host (not rewritten)
/// and code blocked on a .NET primitive.</summary>
public sealed class HangWatchdogTests
{
    private static Machine Boot(ExecutionMode mode = ExecutionMode.Deterministic) =>
        Machine.Boot(new MachineOptions { Mode = mode, HangTimeout = TimeSpan.FromMilliseconds(300) });

    [Theory]
    [InlineData(ExecutionMode.Deterministic)]
    [InlineData(ExecutionMode.Concurrent)]
    public void DriverTypeOfTheHost_ThatSpins_EndsTheRunAsHung_NamingItsThreadModuleAndLastDdi(ExecutionMode mode)
    {
        var driver = new SpinningDriver();
        try
        {
            using var machine = Boot(mode);
            machine.Services.Install("Spinner", typeof(SpinningDriver));
            SpinningDriver.Instance = driver;

            var status = machine.Services.Start("Spinner");

            Assert.Equal(RunStatus.Hung, status);
            Assert.True(machine.IsHalted);
            Assert.Null(machine.BugCheck);
            var report = Assert.IsType<StopReport>(machine.StopReport);
            Assert.Equal(RunStatus.Hung, report.Status);
            Assert.Equal("Spinner", report.Module);
            Assert.Equal("KeQueryInterruptTime", report.LastDdi);
            Assert.Contains("IopLoadDriver", report.Thread);
            // Not rewritten: no probe reports the line.
            Assert.Null(report.Location);
            Assert.Equal(RunStatus.Hung, machine.RunUntilIdle());
        }
        finally
        {
            driver.Release();
        }
    }

    [Fact]
    public void InstrumentedDriver_BlockedOnADotNetPrimitive_EndsTheRunAsHung()
    {
        using var gate = new ManualResetEventSlim(false);
        AppContext.SetData("NtSim.Runaway.Gate", gate);
        try
        {
            using var machine = Boot();

            var status = RunawayDriver.Start(machine, RunawayDriver.BlockedOnHost);

            Assert.Equal(RunStatus.Hung, status);
            var report = Assert.IsType<StopReport>(machine.StopReport);
            Assert.Equal("Runaway", report.Module);
            Assert.Contains("IopLoadDriver", report.Thread);
            Assert.NotNull(report.LastDdi);
            Assert.Contains("The machine stopped: Hung.", report.ToString());
        }
        finally
        {
            gate.Set();
        }
    }

    [Fact]
    public void HangTimeout_Infinite_TurnsTheWatchdogOff_AndAWorkingRunIsNotHung()
    {
        using var machine = Machine.Boot(new MachineOptions { HangTimeout = Timeout.InfiniteTimeSpan });

        Completed(machine, machine.Run(() => KeStallExecutionProcessor(10)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void HangTimeout_NotPositive_IsRejected(int milliseconds)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Machine.Boot(new MachineOptions { HangTimeout = TimeSpan.FromMilliseconds(milliseconds) }));
        Assert.Contains("HangTimeout", e.Message);
    }

    /// <summary>A driver type of the host (not rewritten) whose DriverEntry spins until the test lets it go.</summary>
    public sealed class SpinningDriver : IDriver
    {
        private volatile bool _released;

        /// <summary>The instance the test releases (the service manager creates its own).</summary>
        public static SpinningDriver? Instance { get; set; }

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            KeQueryInterruptTime();
            var instance = Instance!;
            while (!instance._released)
            {
                Thread.SpinWait(100);
            }

            return STATUS_SUCCESS;
        }

        public void Release() => _released = true;
    }
}
