using static NtSim.Tests.Kd.AssertMachines;
using static NtSim.Wdm;

namespace NtSim.Tests.Kd;

/// <summary>DbgBreakPoint, KdBreakPoint and the debugger's presence (KD_DEBUGGER_ENABLED,
/// KD_DEBUGGER_NOT_PRESENT, KdRefreshDebuggerNotPresent).</summary>
public sealed class DbgBreakPointTests
{
    [Fact]
    public void DbgBreakPoint_DebuggingOff_SystemThread_BugChecks7EWithBreakpoint()
    {
        using var machine = Boot(isChecked: false);
        var line = 0;
        var status = machine.Run(() =>
        {
            line = LineHere(); DbgBreakPoint();
        });
        var info = MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0x80000003, 0, 0, 0);
        Assert.EndsWith("DbgBreakPointTests.cs:" + line, info.Location);
        Assert.Contains("DbgBreakPoint with kernel debugging off", info.Detail);
    }

    [Fact]
    public void DbgBreakPoint_DebuggingOff_InDpc_BugChecks1E()
    {
        using var machine = Boot(isChecked: false);
        var status = machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => DbgBreakPointWithStatus(7), null);
            KeInsertQueueDpc(dpc, null, null);
        });
        MachineAssert.BugCheck(machine, status, KMODE_EXCEPTION_NOT_HANDLED, 0x80000003, 0, 0, 0);
    }

    [Fact]
    public void DbgBreakPoint_DebuggingOff_DriverHandlesTheException()
    {
        using var machine = Boot(isChecked: false);
        NTSTATUS caught = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            try
            {
                DbgBreakPoint();
            }
            catch (NtStatusException e)
            {
                caught = e.Status;
            }
        }));
        Assert.Equal(STATUS_BREAKPOINT, caught);
    }

    [Fact]
    public void DbgBreakPoint_DebuggerAttached_BreaksEachTime()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        var breaks = 0;
        var line = 0;
        var status = machine.Run(() =>
        {
            line = LineHere(); DbgBreakPoint();
            breaks++;
            DbgBreakPoint();
            breaks++;
        });

        Assert.Equal(RunStatus.Break, status);
        var report = machine.Debugger.Break;
        Assert.NotNull(report);
        Assert.Equal(STATUS_BREAKPOINT, report.Code);
        Assert.Null(report.Assertion);
        Assert.Null(report.Status);
        Assert.EndsWith("DbgBreakPointTests.cs:" + line, report.Location);
        Assert.Equal(0, breaks);

        machine.Debugger.Go();
        Assert.Equal(RunStatus.Break, machine.RunUntilIdle());
        Assert.Equal(1, breaks);

        machine.Debugger.Go();
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        Assert.Equal(2, breaks);
        Assert.Equal(2, Breaks(machine).Count);
    }

    [Fact]
    public void DbgBreakPointWithStatus_DebuggerAttached_SendsTheStatus()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        Assert.Equal(RunStatus.Break, machine.Run(() => DbgBreakPointWithStatus(0xC0DE)));
        Assert.Equal(0xC0DEu, machine.Debugger.Break?.Status);
        Assert.Contains("Status: 0x0000C0DE", machine.Debugger.Break?.ToString());
    }

    [Fact]
    public void DbgBreakPoint_DebuggingEnabledNotConnected_WaitsForADebugger()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Enabled);
        var after = false;
        var status = machine.Run(() =>
        {
            DbgBreakPoint();
            after = true;
        });
        Assert.Equal(RunStatus.Break, status);
        var report = machine.Debugger.Break;
        Assert.NotNull(report);
        Assert.False(report.DebuggerAttached);
        Assert.Contains("no debugger is connected", report.ToString());

        machine.Debugger.Attach();
        machine.Debugger.Go();
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        Assert.True(after);
    }

    [Fact]
    public void KdBreakPoint_Free_DoesNothing()
    {
        using var machine = Boot(isChecked: false);
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KdBreakPoint();
            KdBreakPointWithStatus(1);
        }));
        Assert.Empty(Breaks(machine));
    }

    [Fact]
    public void KdBreakPoint_Checked_DebuggingOff_BugChecks()
    {
        using var machine = Boot(isChecked: true);
        var status = machine.Run(KdBreakPoint);
        MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0x80000003, 0, 0, 0);
    }

    [Fact]
    public void KdBreakPointWithStatus_Checked_DebuggerAttached_Breaks()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Attached);
        Assert.Equal(RunStatus.Break, machine.Run(() => KdBreakPointWithStatus(42)));
        Assert.Equal(42u, machine.Debugger.Break?.Status);
    }

    [Theory]
    [InlineData(KernelDebugging.Off, false, true)]
    [InlineData(KernelDebugging.Enabled, true, true)]
    [InlineData(KernelDebugging.Attached, true, false)]
    public void KdDebuggerVariables_FollowTheBootState(KernelDebugging debugging, bool enabled, bool notPresent)
    {
        using var machine = Boot(isChecked: false, debugging);
        bool seenEnabled = !enabled, seenNotPresent = !notPresent, refreshed = !notPresent;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            seenEnabled = KD_DEBUGGER_ENABLED;
            seenNotPresent = KD_DEBUGGER_NOT_PRESENT;
            refreshed = KdRefreshDebuggerNotPresent();
        }));
        Assert.Equal(enabled, seenEnabled);
        Assert.Equal(notPresent, seenNotPresent);
        Assert.Equal(notPresent, refreshed);
        Assert.Equal(enabled, machine.Debugger.Enabled);
        Assert.Equal(!notPresent, machine.Debugger.Attached);
    }

    [Fact]
    public void KdDebuggerNotPresent_AfterAttach_ChangesOnlyWhenRefreshed()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Enabled);
        machine.Debugger.Attach();
        bool before = false, refreshed = true, after = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            before = KD_DEBUGGER_NOT_PRESENT;
            refreshed = KdRefreshDebuggerNotPresent();
            after = KD_DEBUGGER_NOT_PRESENT;
        }));
        Assert.True(before);
        Assert.False(refreshed);
        Assert.False(after);

        machine.Debugger.Detach();
        MachineAssert.Completed(machine, machine.Run(() => refreshed = KdRefreshDebuggerNotPresent()));
        Assert.True(refreshed);
    }

    [Fact]
    public void Attach_MachineBootedWithoutDebugging_Throws()
    {
        using var machine = Boot(isChecked: false);
        var e = Assert.Throws<InvalidOperationException>(machine.Debugger.Attach);
        Assert.Contains("KernelDebugging", e.Message);
    }

    [Fact]
    public void Dispose_WhileBrokenIn_EndsTheBrokenThread()
    {
        var machine = Boot(isChecked: false, KernelDebugging.Attached);
        Assert.Equal(RunStatus.Break, machine.Run(DbgBreakPoint));
        machine.Dispose();
        Assert.True(machine.IsHalted);
        Assert.Equal(RunStatus.Completed, machine.RunUntilIdle());
    }

    [Fact]
    public void KdDebuggerEnabled_OnAHostThread_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => KD_DEBUGGER_ENABLED);
    }
}
