namespace NtSim.Cli.Tests;

/// <summary>`ntsim demo` and `ntsim run`: the sample session as the user reads it.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_DefaultSeed_ServicesAppsToastersLogAndSummary()
    {
        var run = CliRun.Of("demo");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        run.Matches("demo/default");
    }

    [Fact]
    public void Demo_SameSeed_SameOutput()
    {
        var first = CliRun.Of("demo", "--seed", "5").Output;
        var second = CliRun.Of("demo", "--seed", "5").Output;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Demo_NegativeLogLines_ParseErrorNonZeroExit()
    {
        var run = CliRun.Of("demo", "--log-lines", "-3");

        Assert.NotEqual(0, run.ExitCode);
        run.Matches("demo/negative-log-lines");
    }

    [Fact]
    public void Run_KnownApp_RunsItWithItsDriver()
    {
        var run = CliRun.Of("run", "zerotest");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        run.Matches("run/zerotest");
    }

    [Fact]
    public void Run_UnknownApp_ClearErrorAndExit2()
    {
        var run = CliRun.Of("run", "nosuchapp");

        Assert.Equal(2, run.ExitCode);
        run.Matches("run/unknown-app");
    }
}
