namespace NtSim.Cli.Tests;

/// <summary>`ntsim tree`: the device tree as !devnode 0 1 prints it.</summary>
public sealed class TreeCommandTests : PersistentMachineTests
{
    [Fact]
    public void Tree_EmptyMachine_DumpsTheRootStarted()
    {
        var run = Ntsim("tree");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "tree/empty-machine");
    }

    [Fact]
    public void Tree_InstalledDevice_IsAChildIndentedWithItsService()
    {
        InstallSimple();

        var run = Ntsim("tree");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "tree/installed-device");
    }

    [Fact]
    public void Tree_SameMachineTwice_SameAddresses()
    {
        InstallSimple();

        var first = Ntsim("tree").Output;
        var second = Ntsim("tree").Output;

        Assert.Equal(first, second);
    }
}
