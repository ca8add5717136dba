using NtSim.Cli.Selftest;

namespace NtSim.Cli.Tests;

public sealed class SelftestCommandTests
{
    private static (bool Passed, string Output) RunSelftest(params string[] args)
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            var root = new System.CommandLine.RootCommand();
            root.Subcommands.Add(SelftestCommand.Create());
            var exitCode = root.Parse(["selftest", .. args]).Invoke();
            return (exitCode == 0, output.ToString());
        }
        finally
        {
            Console.SetOut(previous);
        }
    }

    [Fact]
    public void Selftest_Deterministic_AllScenariosBehave()
    {
        var (passed, output) = RunSelftest("--mode", "deterministic");
        Assert.True(passed, output);
        Assert.DoesNotContain("FAILED", output);
        foreach (var scenario in Scenarios.All)
        {
            Assert.Contains($"-- {scenario.Name}: ok", output);
        }
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
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            var (passed, _) = RunSelftest("--processors", "0");
            Assert.False(passed);
        }
        finally
        {
            Console.SetError(previous);
        }

        Assert.Contains("--processors must be between 1 and 64 (got 0)", error.ToString());
    }
}
