using NtSim.Tests.Instrumentation;
using static NtSim.Tests.Kd.AssertMachines;
using static NtSim.Wdm;

namespace NtSim.Tests.Kd;

/// <summary>The machine's breakpoint table: the hooks it arms (none while it is empty), hits at the DDI gate and at an
/// instrumented driver's entry probe, pass counts, the 32-breakpoint limit, steps and the host's break request.</summary>
public sealed class BreakpointTableTests
{
    [Fact]
    public void EmptyTable_ArmsNoHook_ADdiBreakpointArmsTheGate_ClearingDisarmsIt()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        Assert.False(machine.DdiHooks);
        Assert.False(machine.Breakpoints.CodeArmed);

        var breakpoint = machine.Breakpoints.Set(BreakpointTarget.Ddi("KeSetEvent"));
        Assert.True(machine.DdiHooks);
        Assert.False(machine.Breakpoints.CodeArmed);

        machine.Breakpoints.Enable(breakpoint.Id, false);
        Assert.False(machine.DdiHooks);
        machine.Breakpoints.Enable(breakpoint.Id, true);
        Assert.True(machine.Breakpoints.Clear(breakpoint.Id));
        Assert.False(machine.DdiHooks);
        Assert.False(machine.Breakpoints.Clear(breakpoint.Id));
    }

    [Fact]
    public void RoutineBreakpoint_ArmsTheCodeChecks_UntilCleared()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        var breakpoint = machine.Breakpoints.Set(BreakpointTarget.Routine("Zero", "ZeroRead"));
        Assert.True(machine.Breakpoints.CodeArmed);
        Assert.True(BreakpointTable.ProbesArmed);
        Assert.False(machine.DdiHooks);

        machine.Breakpoints.Clear(breakpoint.Id);
        Assert.False(machine.Breakpoints.CodeArmed);
    }

    [Fact]
    public void DdiBreakpoint_WithPassCount2_BreaksAtTheSecondCall_GoResumesAfterIt()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        var breakpoint = machine.Breakpoints.Set(BreakpointTarget.Ddi("KeSetEvent"), passes: 2);
        var calls = 0;
        var status = machine.Run(() =>
        {
            var e = new KEVENT();
            KeInitializeEvent(e, NotificationEvent, false);
            KeSetEvent(e, 0, false);
            calls++;
            KeSetEvent(e, 0, false);
            calls++;
        });

        Assert.Equal(RunStatus.Break, status);
        Assert.Equal(1, calls);
        var report = machine.Debugger.Break!;
        Assert.Equal(breakpoint.Id, report.Breakpoint);
        Assert.Equal("Breakpoint 0 hit", report.FirstLine);
        Assert.Equal(BreakpointTarget.Ddi("KeSetEvent"), report.Reached);
        Assert.Equal(2, breakpoint.Hits);
        Assert.Equal(1, breakpoint.Remaining);

        machine.Debugger.Go();
        Assert.Equal(RunStatus.Completed, machine.RunUntilIdle());
        Assert.Equal(2, calls);
    }

    [Fact]
    public void RoutineBreakpoint_InstrumentedDriver_BreaksAtItsEntryProbe()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        machine.Breakpoints.Set(BreakpointTarget.Routine("Runaway", "DriverEntry"));

        Assert.Equal(RunStatus.Break, RunawayDriver.Start(machine, RunawayDriver.Normal));
        var report = machine.Debugger.Break!;
        Assert.Equal(0, report.Breakpoint);
        Assert.Equal("Runaway", report.Reached!.Module);
        Assert.EndsWith(".DriverEntry", report.Reached.Name, StringComparison.Ordinal);

        machine.Debugger.Go();
        Assert.Equal(RunStatus.Completed, machine.RunUntilIdle());
        Assert.Equal(1, machine.Breakpoints.All[0].Hits);
    }

    [Fact]
    public void Set_Beyond32_Throws()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        for (var i = 0; i < BreakpointTable.Limit; i++)
        {
            Assert.Equal(i, machine.Breakpoints.Set(BreakpointTarget.Ddi("KeSetEvent")).Id);
        }

        Assert.Throws<InvalidOperationException>(() => machine.Breakpoints.Set(BreakpointTarget.Ddi("KeSetEvent")));
        machine.Breakpoints.Clear(5);
        Assert.Equal(5, machine.Breakpoints.Set(BreakpointTarget.Ddi("KeClearEvent")).Id);
    }

    [Fact]
    public void Step_StopsTheThreadAtItsNextDdi_AsAStep()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        machine.Breakpoints.Set(BreakpointTarget.Ddi("KeInitializeEvent"));
        Assert.Equal(RunStatus.Break, machine.Run(() =>
        {
            var e = new KEVENT();
            KeInitializeEvent(e, NotificationEvent, false);
            KeSetEvent(e, 0, false);
        }));

        machine.Breakpoints.Step(machine.Processors[machine.Debugger.Break!.Processor].Current, into: false);
        machine.Debugger.Go();
        Assert.Equal(RunStatus.Break, machine.RunUntilIdle());
        Assert.True(machine.Debugger.Break!.IsStep);
        Assert.Null(machine.Debugger.Break.Breakpoint);
        Assert.Equal(BreakpointTarget.Ddi("KeSetEvent"), machine.Debugger.Break.Reached);
        Assert.False(machine.Breakpoints.CodeArmed);
    }

    [Fact]
    public void RequestBreak_BreaksInAtTheNextDdi_WithAnInt3Report()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        machine.Breakpoints.RequestBreak();
        Assert.True(machine.DdiHooks);

        Assert.Equal(RunStatus.Break, machine.Run(SetAnEvent));
        Assert.Equal("Break instruction exception - code 80000003 (first chance)", machine.Debugger.Break!.FirstLine);
        Assert.False(machine.Breakpoints.BreakRequested);
        Assert.False(machine.DdiHooks);
    }

    [Fact]
    public void DdiBreakpoint_DebuggingEnabledButNotAttached_WaitsForADebugger()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Enabled);
        machine.Breakpoints.Set(BreakpointTarget.Ddi("KeSetEvent"));

        Assert.Equal(RunStatus.Break, machine.Run(SetAnEvent));
        Assert.False(machine.Debugger.Break!.DebuggerAttached);
    }

    private static void SetAnEvent()
    {
        var e = new KEVENT();
        KeInitializeEvent(e, NotificationEvent, false);
        KeSetEvent(e, 0, false);
    }
}
