using System.CommandLine;

namespace NtSim.Cli.Tests;

/// <summary>The global --verifier, --windows and --checked options: what each spelling asks the machine for.</summary>
public sealed class GlobalOptionsTests
{
    private static VerifierFlags Parsed(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(ScCommand.Create());
        GlobalOptions.AddTo(root);
        var result = root.Parse(args);
        Assert.Empty(result.Errors);
        return GlobalOptions.VerifierFlags(result);
    }

    [Theory]
    [InlineData(VerifierFlags.Standard, "sc", "query")]
    [InlineData(VerifierFlags.Standard, "--verifier", "standard", "sc", "query")]
    [InlineData(VerifierFlags.Standard, "sc", "query", "--verifier", "0x209BB")]
    [InlineData(VerifierFlags.None, "--verifier", "none", "sc", "query")]
    [InlineData(VerifierFlags.None, "--verifier", "0", "sc", "query")]
    [InlineData(VerifierFlags.PoolTracking | VerifierFlags.IoVerification, "--verifier", "24", "sc", "query")]
    public void Verifier_EachSpelling_GivesTheseOptions(VerifierFlags expected, params string[] args) =>
        Assert.Equal(expected, Parsed(args));

    [Theory]
    [InlineData("10-1909", "Windows 10 1909")]
    [InlineData("10_1909", "Windows 10 1909")]
    [InlineData("Windows 11 24H2", "Windows 11 24H2")]
    [InlineData("7-sp1", "Windows 7 SP1")]
    [InlineData("8.1", "Windows 8.1")]
    public void Windows_EachSpelling_NamesTheRelease(string text, string release)
    {
        var root = new RootCommand();
        root.Subcommands.Add(ScCommand.Create());
        GlobalOptions.AddTo(root);
        var result = root.Parse(["--windows", text, "sc", "query"]);

        Assert.Empty(result.Errors);
        Assert.Equal(release, GlobalOptions.Choices(result).Windows.Name);
    }

    [Fact]
    public void Windows_Absent_IsTheNewest_AndAnUnknownReleaseListsTheKnownOnes()
    {
        var root = new RootCommand();
        root.Subcommands.Add(ScCommand.Create());
        GlobalOptions.AddTo(root);

        Assert.Same(WindowsVersion.Newest, GlobalOptions.Choices(root.Parse(["sc", "query"])).Windows);
        var bad = root.Parse(["--windows", "95", "sc", "query"]);
        var error = Assert.Single(bad.Errors).Message;
        Assert.StartsWith("--windows takes a release NtSim knows (got '95'): 7, 7-sp1, 8, 8.1, 10-1507,", error, StringComparison.Ordinal);
        Assert.EndsWith("11-24h2.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "sc", "query")]
    [InlineData(true, "--checked", "sc", "query")]
    [InlineData(true, "sc", "query", "--checked", "true")]
    [InlineData(false, "--checked", "false", "sc", "query")]
    public void Checked_EachSpelling_GivesMachineOptionsChecked(bool? expected, params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(ScCommand.Create());
        GlobalOptions.AddTo(root);
        var result = root.Parse(args);

        Assert.Empty(result.Errors);
        Assert.Equal(expected, GlobalOptions.Choices(result).Checked);
    }
}
