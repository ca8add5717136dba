namespace NtSim.Cli.Tests;

public sealed class TraceCommandTests
{
    [Fact]
    public void Trace_ZeroTestWithZerosWppProvider_PrintsItsMessagesAsTracefmt()
    {
        var run = CliRun.Of("trace", "zerotest", "--provider", "ZeroTraceGuid");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        run.Matches("trace/zerotest-all");
    }

    [Fact]
    public void Trace_ByGuidWithLevelAndFlags_ShowsOnlyThoseMessages()
    {
        var run = CliRun.Of("trace", "zerotest", "--provider", "{A5D3C3F2-6F1E-4C1B-9D2E-0B5E7A1C2E30}:4:0x2");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var events = run.Output.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\[\d+\]")).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, l => Assert.Matches(@"\[Zero\]Zero(Read|Write): ", l));
        run.Matches("trace/zerotest-readwrite");
    }

    [Fact]
    public void Trace_ProviderNoDriverRegisters_SaysSoOnStandardError()
    {
        var run = CliRun.Of("trace", "zerotest", "--provider", "NoSuchProvider");

        Assert.Equal(0, run.ExitCode);
        run.Matches("trace/unknown-provider");
    }

    [Theory]
    [InlineData("bad-no-provider", "trace", "zerotest")]
    [InlineData("bad-level", "trace", "zerotest", "--provider", "ZeroTraceGuid:999")]
    [InlineData("bad-keywords", "trace", "zerotest", "--provider", "ZeroTraceGuid:4:0xZZ")]
    [InlineData("bad-too-many-parts", "trace", "zerotest", "--provider", "ZeroTraceGuid:4:1:2")]
    [InlineData("bad-unknown-app", "trace", "nosuchapp", "--provider", "ZeroTraceGuid")]
    public void Trace_BadArguments_ClearErrorAndExit2(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        run.Matches("trace/" + expected);
    }
}
