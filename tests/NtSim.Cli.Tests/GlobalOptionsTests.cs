using System.CommandLine;

namespace NtSim.Cli.Tests;

/// <summary>The global --verifier option: what each spelling asks the machine for.</summary>
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
}
