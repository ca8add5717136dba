namespace NtSim.Cli.Tests;

/// <summary>--machine: a command that reads refuses a folder that holds no machine, naming it, and
/// creates nothing there; a command that installs makes the machine.</summary>
public sealed class MachineFolderTests : PersistentMachineTests
{
    private string Mistyped => Path.Combine(Folder, "mistyped");

    [Theory]
    [InlineData("tree")]
    [InlineData("devcon", "status", "*")]
    [InlineData("devcon", "find", "*")]
    [InlineData("devcon", "findall", "*")]
    [InlineData("devcon", "stack", "*")]
    [InlineData("devcon", "hwids", "*")]
    [InlineData("devcon", "drivernodes", "*")]
    [InlineData("devcon", "classes")]
    [InlineData("devcon", "rescan")]
    [InlineData("devcon", "remove", "*")]
    [InlineData("pnputil", "/enum-drivers")]
    [InlineData("pnputil", "/enum-devices")]
    [InlineData("pnputil", "/delete-driver", "oem0.inf")]
    public void ReadingCommand_FolderWithoutMachine_RefusedNamingItAndNothingCreated(params string[] args)
    {
        var run = NtsimOn(Mistyped, args);

        Assert.Equal(1, run.ExitCode);
        Matches(run, args[0] + "/no-machine");
        Assert.False(Directory.Exists(Mistyped), "the command created the folder");
    }

    [Fact]
    public void ReadingCommand_EmptyExistingFolder_Refused()
    {
        Directory.CreateDirectory(Mistyped);

        var (exitCode, _, error) = NtsimOn(Mistyped, "tree");

        Assert.Equal(1, exitCode);
        Assert.Contains($"there is no machine in '{Mistyped}'", error);
        Assert.Empty(Directory.GetFileSystemEntries(Mistyped));
    }

    [Fact]
    public void DevconInstall_NewFolder_CreatesTheMachineThatTreeThenReads()
    {
        var (installCode, installed, installError) = NtsimOn(Mistyped, "devcon", "install", SimplePackage(), SimpleId);
        var (treeCode, tree, _) = NtsimOn(Mistyped, "tree");

        Assert.True(installCode == 0, installed + installError);
        Assert.Equal(0, treeCode);
        Assert.Contains($"InstancePath is \"{SimpleInstance}\"", tree);
    }

    [Fact]
    public void PnputilAddDriver_NewFolder_CreatesTheMachine()
    {
        var (addCode, added, _) = NtsimOn(Mistyped, "pnputil", "/add-driver", SimplePackage());
        var (listCode, listed, _) = NtsimOn(Mistyped, "pnputil", "/enum-drivers");

        Assert.Equal(0, addCode);
        Assert.Contains("Published Name:         oem0.inf", added);
        Assert.Equal(0, listCode);
        Assert.Contains("Original Name:      simple.inf", listed);
    }
}
