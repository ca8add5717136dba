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
}
