namespace NtSim.Cli.Tests;

/// <summary>`ntsim --help`: the first thing a newcomer reads.</summary>
public sealed class HelpTests
{
    [Fact]
    public void Help_Root_ListsTheCommandsAndTheGlobalOptions()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        run.Matches("ntsim/help");
    }
}
