namespace NtSim.Debugger.Tests;

/// <summary>!verifier: the options in force by name, and the verified drivers with the pool they hold.</summary>
public sealed class VerifierTests
{
    [Fact]
    public void Standard_FlagsMarked_DriversListed()
    {
        using var machine = CrashRig.Boot();
        CrashRig.StartLeaky(machine);

        var text = new KernelDebugger(machine).Execute("!verifier");

        ExpectedText.Matches("Verifier/standard", text);
        Assert.Contains("[X] (0x00020000) DDI compliance checking", text, StringComparison.Ordinal);
        Assert.Contains("[ ] (0x00000004) Randomized low resources simulation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoVerifier_NothingMarked_NoDriverVerified()
    {
        using var machine = CrashRig.Boot(VerifierFlags.None);

        ExpectedText.Matches("Verifier/none", new KernelDebugger(machine).Execute("!verifier"));
    }

    [Theory]
    [InlineData("!verifier 3 NoSuchDriver", "!verifier: no loaded driver named 'NoSuchDriver'\n")]
    [InlineData("!verifier zz", "Couldn't resolve error at 'zz'\n")]
    [InlineData("!verifier 1 2 3", "!verifier: too many arguments (!verifier [flags [driver]])\n")]
    public void BadArguments_OneClearLine(string command, string expected)
    {
        using var machine = CrashRig.Boot();

        Assert.Equal(expected, new KernelDebugger(machine).Execute(command));
    }
}
