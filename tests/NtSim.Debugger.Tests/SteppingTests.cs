using NtSim.Testing;

namespace NtSim.Debugger.Tests;

/// <summary>p and t from a breakpoint in Zero (a driver type of the host: stepping is by call), and the host's break-in
/// request on a running machine.</summary>
public sealed class SteppingTests
{
    [Fact]
    public void P_FromZeroRead_StopsAtTheNextDdiItCalls_ThenGCompletes()
    {
        using var rig = new BreakpointsRig();
        rig.Kd.Execute("bp Zero!ZeroRead");
        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        rig.Kd.Arrived();

        var text = rig.Kd.Execute("p; p; k");
        ExpectedText.Matches("breakpoints/step-over", text);
        Assert.True(rig.Machine.Debugger.Break?.IsStep);

        rig.Kd.Execute("g");
        Assert.True(rig.Client!.HasExited);
        Assert.Equal(0, rig.Client.ExitCode);
    }

    [Fact]
    public void T_FromAWriteDdi_TracesIntoTheNextDriverRoutine()
    {
        using var rig = new BreakpointsRig();
        rig.Kd.Execute("bp Zero!ZeroWrite");
        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        rig.Kd.Arrived();

        ExpectedText.Matches("breakpoints/trace-into", rig.Kd.Execute("t; t; t"));
    }

    [Fact]
    public void Step_NotBrokenIn_SaysSo()
    {
        using var rig = new BreakpointsRig();

        ExpectedText.Matches("breakpoints/step-at-rest", rig.Kd.Execute("p; t"));
    }

    [Fact]
    public void RequestBreak_RunningClient_BreaksInAtTheNextDdi_AsAnInt3()
    {
        using var rig = new BreakpointsRig();
        rig.Machine.Breakpoints.RequestBreak();
        Assert.True(rig.Machine.Breakpoints.BreakRequested);

        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        Assert.False(rig.Machine.Breakpoints.BreakRequested);
        ExpectedText.Matches("breakpoints/break-in", rig.Kd.Arrived());

        rig.Kd.Execute("g");
        Assert.True(rig.Client!.HasExited);
        Assert.Equal(0, rig.Client.ExitCode);
    }

    [Fact]
    public void Breakpoint_DebuggingOff_IsAnUnhandledBreakpointException()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Seed = 14 });
        machine.StartDriver<NtSim.Samples.Zero.ZeroDriver>("Zero");
        machine.Breakpoints.Set(BreakpointTarget.Routine("Zero", "ZeroRead"));

        var app = machine.StartProcess("zerotest", NtSim.Samples.Zero.ZeroTest.Main);
        Assert.Equal(RunStatus.BugCheck, machine.RunUntilIdle());
        Assert.False(app.HasExited);
        // An int 3 with no debugger is an unhandled exception (DbgBreakPoint, WDK); in a system service (zerotest's
        // NtReadFile reached ZeroRead) that is SYSTEM_SERVICE_EXCEPTION with the exception code in P1.
        Assert.Equal(0x3Bu, machine.BugCheck!.Code);
        Assert.Equal(0x80000003ul, machine.BugCheck.Parameter1);
    }
}
