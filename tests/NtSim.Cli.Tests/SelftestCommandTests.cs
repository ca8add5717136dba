namespace NtSim.Cli.Tests;

/// <summary>`ntsim selftest`: the kernel's scenarios under the deterministic and the concurrent scheduler.</summary>
public sealed class SelftestCommandTests
{
    private static (bool Passed, string Output) RunSelftest(params string[] args)
    {
        var run = CliRun.Of(["selftest", .. args]);
        return (run.ExitCode == 0, run.Output + run.Error);
    }

    [Fact]
    public void Selftest_Deterministic_AllScenariosBehave()
    {
        var run = CliRun.Of("selftest", "--mode", "deterministic");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        run.Matches("selftest/deterministic");
    }

    [Fact]
    public void Selftest_SameSeed_PrintsIdenticalOutput()
    {
        var first = RunSelftest("--mode", "deterministic", "--seed", "3", "--trace-lines", "40").Output;
        var second = RunSelftest("--mode", "deterministic", "--seed", "3", "--trace-lines", "40").Output;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Selftest_Concurrent_AllScenariosBehave()
    {
        var (passed, output) = RunSelftest("--mode", "concurrent", "--processors", "3", "--trace-lines", "0");
        Assert.True(passed, output);
    }

    [Fact]
    public void Selftest_BadProcessorCount_IsAClearError()
    {
        var run = CliRun.Of("selftest", "--processors", "0");

        Assert.NotEqual(0, run.ExitCode);
        run.Matches("selftest/bad-processors");
    }
}
