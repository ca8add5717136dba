namespace NtSim.Debugger.Tests;

/// <summary>Line breakpoints (<c>bp `ZeroDriver.cs:99`</c>) and stepping by line on Zero loaded from its file: its image is
/// instrumented with a probe at each source line, where the breakpoints and the steps stop.</summary>
public sealed class LineBreakpointTests
{
    [Fact]
    public void Bp_ALineOfZeroRead_BreaksThere_KShowsTheLine_GCompletesTheRead()
    {
        using var rig = new LinesRig();
        Assert.Equal("", rig.Kd.Execute("bp `ZeroDriver.cs:99`"));

        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        ExpectedText.Matches("lines/zeroread-line-hit", rig.Kd.Arrived() + rig.Kd.Execute("k; bl"));
        Assert.False(rig.Client!.HasExited);

        Assert.Equal("", rig.Kd.Execute("g"));
        Assert.True(rig.Client.HasExited);
        Assert.Equal(0, rig.Client.ExitCode);
        Assert.Equal(1, rig.Machine.Breakpoints.All[0].Hits);
    }

    [Fact]
    public void Bp_ABlankLine_ResolvesToTheNextLineWithCode_ModuleFormToo()
    {
        using var rig = new LinesRig();

        // Line 100 is blank, 101 a comment: the first line with code at or after it is 102. A path's tail and a hex line (0x63 = 99) resolve too.
        ExpectedText.Matches("lines/next-line", rig.Kd.Execute("bp `Zero!ZeroDriver.cs:100`; bp `driver/ZeroDriver.cs:0x63`; bl; .bpcmds"));
        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        Assert.Equal(1, rig.Machine.Debugger.Break!.Breakpoint);
    }

    [Fact]
    public void Bu_ALineBeforeTheDriverLoads_IsUnresolvedUntilItLoads_ThenHits()
    {
        using var rig = new LinesRig(startZero: false);
        var before = rig.Kd.Execute("bu `ZeroDriver.cs:112`; bl");
        rig.StartZero();
        var after = rig.Kd.Execute("bl");

        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        ExpectedText.Matches("lines/bu-deferred", before + after + rig.Kd.Arrived());
    }

    [Fact]
    public void Bp_NoSuchFileOrLine_IsWinDbgsError_AndSetsNothing()
    {
        using var rig = new LinesRig();

        ExpectedText.Matches("lines/errors", rig.Kd.Execute(
            "bp `NoSuchFile.cs:10`; bp `ZeroDriver.cs:9999`; bp `ZeroDriver.cs:abc`; bp `ZeroDriver.cs`; bp `Zero!NoSuchFile.cs:3`; bp `Other!ZeroDriver.cs:99`; bl"));
        Assert.Single(rig.Machine.Breakpoints.All);
        Assert.Equal("Other", rig.Machine.Breakpoints.All[0].Target.Module);
    }

    [Fact]
    public void P_FromALine_StepsOverCallsLineByLine_ThenOutOfTheRoutine()
    {
        using var rig = new LinesRig();
        rig.Kd.Execute("bp `ZeroDriver.cs:99`");
        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        rig.Kd.Arrived();

        ExpectedText.Matches("lines/step-over", rig.Kd.Execute("p; p; p; p; k; p; p; p"));
        Assert.True(rig.Machine.Debugger.Break?.IsStep);

        rig.Kd.Execute("bc *; g");
        Assert.True(rig.Client!.HasExited);
        Assert.Equal(0, rig.Client.ExitCode);
    }

    [Fact]
    public void T_FromALine_TracesIntoTheHelperItCalls()
    {
        using var rig = new LinesRig();
        rig.Kd.Execute("bp `ZeroDriver.cs:104`");
        Assert.Equal(RunStatus.Break, rig.RunZeroTest());
        rig.Kd.Arrived();

        ExpectedText.Matches("lines/trace-into", rig.Kd.Execute("t; t; k; t; t"));
    }

    [Fact]
    public void P_FromARoutineBreakpoint_InAnInstrumentedDriver_GoesToItsFirstLine()
    {
        using var rig = new LinesRig();
        rig.Kd.Execute("bp Zero!ZeroWrite");
        Assert.Equal(RunStatus.Break, rig.RunZeroTest());

        ExpectedText.Matches("lines/step-from-entry", rig.Kd.Arrived() + rig.Kd.Execute("p; p"));
    }
}
