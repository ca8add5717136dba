using static NtSim.Tests.Kd.AssertMachines;
using static NtSim.Wdm;

namespace NtSim.Tests.Kd;

/// <summary>ASSERT, ASSERTMSG and RtlAssert on checked and free drivers, with and without a kernel debugger.</summary>
public sealed class RtlAssertTests
{
    [Fact]
    public void Assert_Checked_NoDebugger_NotReported_AndGoesOn()
    {
        // Windows Vista and later: with no debugger connected a failed ASSERT is not reported.
        using var machine = Boot(isChecked: true);
        var after = false;
        var line = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            line = LineHere(); ASSERT(1 > 2);
            after = true;
        }));
        Assert.True(after);
        Assert.Null(machine.Debugger.Break);
        Assert.Empty(machine.DebugOutput.Messages);
        var traced = Assert.Single(Breaks(machine));
        Assert.Equal("assertion not reported (no kernel debugger): 1 > 2, RtlAssertTests.cs:" + line, traced.Detail);
    }

    [Fact]
    public void Assert_Checked_DebuggerAttached_PrintsPromptsAndBreaks()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Attached);
        var after = false;
        var line = 0;
        var status = machine.Run(() =>
        {
            line = LineHere(); ASSERT(after);
            after = true;
        });

        Assert.Equal(RunStatus.Break, status);
        var report = machine.Debugger.Break;
        Assert.NotNull(report);
        Assert.Equal(STATUS_BREAKPOINT, report.Code);
        Assert.Equal("after", report.Assertion);
        Assert.Equal(line, report.Line);
        Assert.EndsWith("RtlAssertTests.cs:" + line, report.Location);
        Assert.StartsWith("Break instruction exception - code 80000003 (first chance)", report.ToString());
        var file = report.File;
        Assert.NotNull(file);
        Assert.Equal(
            [$"*** Assertion failed: after\n***   Source File: {file}, line {line}\n\n",
             "Break repeatedly, break Once, Ignore, terminate Process, or terminate Thread (boipt)? "],
            machine.DebugOutput.ShownText);

        machine.Debugger.Go();
        MachineAssert.Completed(machine, machine.RunUntilIdle());
        Assert.True(after);
    }

    [Fact]
    public void AssertMsg_Checked_DebuggerAttached_MessageLeadsTheAssertion()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Attached);
        Assert.Equal(RunStatus.Break, machine.Run(() => ASSERTMSG("Irp is missing: ", 2 == 3)));
        Assert.Equal("Irp is missing: ", machine.Debugger.Break?.Message);
        Assert.StartsWith("*** Assertion failed: Irp is missing: 2 == 3\n***   Source File: ", machine.DebugOutput.ShownText[0]);
    }

    [Fact]
    public void Assert_Free_DoesNothing_EvenWithADebugger()
    {
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ASSERT(false);
            ASSERTMSG("no", false);
        }));
        Assert.Null(machine.Debugger.Break);
        Assert.Empty(machine.DebugOutput.Messages);
        Assert.Empty(Breaks(machine));
    }

    [Fact]
    public void RtlAssert_CalledDirectly_OnAFreeDriver_StillReports()
    {
        // RtlAssert is a routine: it reports whenever it is called; only the ASSERT macro is compiled out.
        using var machine = Boot(isChecked: false, KernelDebugging.Attached);
        Assert.Equal(RunStatus.Break, machine.Run(() => RtlAssert("x != 0", @"C:\src\driver.c", 12, null)));
        var report = machine.Debugger.Break;
        Assert.NotNull(report);
        Assert.Equal("x != 0", report.Assertion);
        Assert.Equal(12, report.Line);
        Assert.Equal("*** Assertion failed: x != 0\n***   Source File: C:\\src\\driver.c, line 12\n\n", machine.DebugOutput.ShownText[0]);
    }

    [Fact]
    public void RtlAssert_NullAssertion_AccessViolation()
    {
        using var machine = Boot(isChecked: true, KernelDebugging.Attached);
        var status = machine.Run(() => RtlAssert(null!, "file.c", 1, null));
        MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, 0xC0000005, 0, 0, 0);
    }
}
