namespace NtSim.Debugger.Tests;

/// <summary>bp, bu, bl, bc/bd/be and g on Zero and zerotest: a routine breakpoint stops the machine at the kernel's call
/// into the driver, k shows the frames, g lets the read complete.</summary>
public sealed class BreakpointTests
{
    [Fact]
    public void Bp_ZeroRead_BreaksAtTheDispatch_KShowsFrames_GCompletesTheRead()
    {
        using var rig = new BreakpointsRig();
        Assert.Equal("", rig.Kd.Execute("bp Zero!ZeroRead"));

        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        ExpectedText.Matches("breakpoints/zeroread-hit", rig.Kd.Arrived() + rig.Kd.Execute("k"));
        Assert.Equal(0, rig.Machine.Breakpoints.All[0].Id);
        Assert.False(rig.Client!.HasExited);

        Assert.Equal("", rig.Kd.Execute("g"));
        Assert.True(rig.Client.HasExited);
        Assert.Equal(0, rig.Client.ExitCode);
        Assert.Contains("zerotest: read", rig.Client.Output, StringComparison.Ordinal);
        Assert.Equal(1, rig.Machine.Breakpoints.All[0].Hits);
    }

    [Fact]
    public void Bu_BeforeTheDriverLoads_IsUnresolvedUntilItLoads_ThenHits()
    {
        using var rig = new BreakpointsRig(startZero: false);
        var before = rig.Kd.Execute("bu Zero!ZeroRead; bl");
        rig.StartZero();
        var after = rig.Kd.Execute("bl");

        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        ExpectedText.Matches("breakpoints/bu-deferred", before + after + rig.Kd.Arrived());
    }

    [Fact]
    public void Bp_UnknownModule_AddsADeferredBp_InWinDbgsWords()
    {
        using var rig = new BreakpointsRig(startZero: false);

        ExpectedText.Matches("breakpoints/bp-deferred", rig.Kd.Execute("bp Zero!ZeroRead; bl; .bpcmds"));
    }

    [Fact]
    public void Bp_IoCompleteRequestWithPassCount3_BreaksAtTheThirdCall()
    {
        using var rig = new BreakpointsRig();
        rig.Machine.Ddis.Counting = true;
        rig.Kd.Execute("bp nt!IoCompleteRequest 3");

        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        Assert.Equal(3, rig.Machine.Ddis.CallCount("IoCompleteRequest"));
        ExpectedText.Matches("breakpoints/pass-count", rig.Kd.Arrived() + rig.Kd.Execute("bl"));
        Assert.Equal(3, rig.Machine.Breakpoints.All[0].Hits);
    }

    [Fact]
    public void Bp_CommandStringEndingInG_PrintsTheStackAndGoesOn()
    {
        using var rig = new BreakpointsRig();
        rig.Kd.Execute("bp Zero!ZeroRead \"k; g\"");

        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        ExpectedText.Matches("breakpoints/command-string", rig.Kd.Arrived() + rig.Kd.Execute("bl"));
        Assert.True(rig.Client!.HasExited);
        Assert.Equal(0, rig.Client.ExitCode);
        Assert.Null(rig.Machine.Debugger.Break);
    }

    [Fact]
    public void Bp_ConditionFalse_NeverStops_ConditionTrue_Stops()
    {
        using var rig = new BreakpointsRig();
        rig.Kd.Execute("bp /w \"2 - 2\" Zero!ZeroRead; bp /w \"1\" Zero!ZeroWrite");

        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        var text = rig.Kd.Arrived();

        Assert.StartsWith("Breakpoint 1 hit\nZero!ZeroWrite:\n", text, StringComparison.Ordinal);
        Assert.Equal(1, rig.Machine.Breakpoints.All[0].Hits);
    }

    [Fact]
    public void BdBeBc_RangesListsAndStar_AsBlShowsThem()
    {
        using var rig = new BreakpointsRig();
        var text = rig.Kd.Execute("bp Zero!ZeroRead; bp Zero!ZeroWrite; bu Zero!ZeroDeviceControl; bp nt!IoCompleteRequest; bd 0-2; bl; be 1,2; bl; bc 0 3; bl; bc *; bl");

        ExpectedText.Matches("breakpoints/bd-be-bc", text);
        Assert.Equal(0, rig.Machine.Breakpoints.Count);
    }

    [Fact]
    public void Bd_DisabledBreakpoint_DoesNotStop()
    {
        using var rig = new BreakpointsRig();
        rig.Kd.Execute("bp Zero!ZeroRead; bd 0");

        Assert.Equal(RunStatus.Completed, rig.RunZeroTest());
        Assert.Equal(0, rig.Client!.ExitCode);
        Assert.Equal(0, rig.Machine.Breakpoints.All[0].Hits);
    }

    [Fact]
    public void Bp_ThirtyThird_IsRefused()
    {
        using var rig = new BreakpointsRig();
        var commands = string.Join("; ", Enumerable.Range(0, 33).Select(_ => "bp nt!IoCompleteRequest"));

        ExpectedText.Matches("breakpoints/limit", rig.Kd.Execute(commands));
        Assert.Equal(BreakpointTable.Limit, rig.Machine.Breakpoints.Count);
    }

    [Fact]
    public void BadArguments_AreWinDbgsErrors()
    {
        using var rig = new BreakpointsRig();

        ExpectedText.Matches("breakpoints/errors", rig.Kd.Execute("bp; bp nt!NoSuchRoutine; bp 1234; bp Zero!ZeroRead zz; bc x; bd 3-1; bm Zero!Nothing*"));
        Assert.Equal(0, rig.Machine.Breakpoints.Count);
    }

    [Fact]
    public void Bm_Pattern_SetsABreakpointPerMatch()
    {
        using var rig = new BreakpointsRig();

        ExpectedText.Matches("breakpoints/bm", rig.Kd.Execute("bm Zero!Zero*e; bl"));
    }
}
