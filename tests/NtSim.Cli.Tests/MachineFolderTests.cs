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

        var run = NtsimOn(Mistyped, "tree");

        Assert.Equal(1, run.ExitCode);
        Matches(run, "tree/no-machine");
        Assert.Empty(Directory.GetFileSystemEntries(Mistyped));
    }

    [Fact]
    public void DevconInstall_NewFolder_CreatesTheMachineThatTreeThenReads()
    {
        var install = NtsimOn(Mistyped, "devcon", "install", SimplePackage(), SimpleId);
        var tree = NtsimOn(Mistyped, "tree");

        Assert.True(install.ExitCode == 0, install.Output + install.Error);
        Assert.Equal(0, tree.ExitCode);
        Matches(tree, "tree/installed-device");
    }

    [Fact]
    public void PnputilAddDriver_NewFolder_CreatesTheMachine()
    {
        var add = NtsimOn(Mistyped, "pnputil", "/add-driver", SimplePackage());
        var list = NtsimOn(Mistyped, "pnputil", "/enum-drivers");

        Assert.Equal(0, add.ExitCode);
        Matches(add, "pnputil/add-driver-simple");
        Assert.Equal(0, list.ExitCode);
        Matches(list, "pnputil/enum-drivers-simple");
    }
}
