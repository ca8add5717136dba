namespace NtSim.Cli.Tests;

/// <summary>`ntsim devcon`: devcon's commands and output on a persistent machine, one boot per invocation.</summary>
public sealed class DevconCommandTests : PersistentMachineTests
{
    [Fact]
    public void Rescan_EmptyMachine_ScansAndCompletes()
    {
        var run = Ntsim("devcon", "rescan");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "devcon/rescan");
    }

    [Fact]
    public void Install_SimplePackage_PrintsDevconsLinesAndTheNextBootFindsTheDevice()
    {
        var install = Ntsim("devcon", "install", SimplePackage(), SimpleId);
        var find = Ntsim("devcon", "find", SimpleId);

        Assert.Equal(0, install.ExitCode);
        Matches(install, "devcon/install");
        Assert.Equal(0, find.ExitCode);
        Matches(find, "devcon/find");
    }

    [Fact]
    public void Status_InstalledDevice_DriverIsRunning()
    {
        InstallSimple();

        var run = Ntsim("devcon", "status", "*simple");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "devcon/status-running");
    }

    [Fact]
    public void Status_DriverFailsStart_ShowsProblem10()
    {
        InstallSimple();
        using (var machine = Machine.Boot(new MachineOptions { Folder = Folder, Seed = 1 }))
        {
            var parameters = MachineRegistry.ServicesPath + @"\Simple\Parameters";
            machine.Registry.CreateKey(parameters);
            machine.Registry.SetValue(parameters, "FailStart", 0xC0000001u);
        }

        var run = Ntsim("devcon", "status", "@" + SimpleInstance);

        Assert.Equal(0, run.ExitCode);
        Matches(run, "devcon/status-problem-10");
    }

    [Fact]
    public void Hwids_InstalledDevice_ListsHardwareIdsIndented()
    {
        InstallSimple();

        var run = Ntsim("devcon", "hwids", @"@ROOT\*");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "devcon/hwids");
    }

    [Fact]
    public void Stack_InstalledDevice_PrintsClassServiceAndDeviceObjectsTopDown()
    {
        InstallSimple();

        var run = Ntsim("devcon", "stack", SimpleId);

        Assert.Equal(0, run.ExitCode);
        Matches(run, "devcon/stack");
    }

    [Fact]
    public void DriverNodes_InstalledDevice_PrintsTheStoresNode()
    {
        InstallSimple();

        var run = Ntsim("devcon", "drivernodes", SimpleId);

        Assert.Equal(0, run.ExitCode);
        Matches(run, "devcon/drivernodes");
    }

    [Fact]
    public void DisableThenEnable_StatusFollows()
    {
        InstallSimple();

        var disable = Ntsim("devcon", "disable", SimpleId);
        var disabled = Ntsim("devcon", "status", SimpleId);
        var enable = Ntsim("devcon", "enable", SimpleId);
        var enabled = Ntsim("devcon", "status", SimpleId);

        Assert.Equal(0, disable.ExitCode);
        Matches(disable, "devcon/disable");
        Matches(disabled, "devcon/status-disabled");
        Assert.Equal(0, enable.ExitCode);
        Matches(enable, "devcon/enable");
        Matches(enabled, "devcon/status-running");
    }

    [Fact]
    public void Remove_InstalledDevice_RemovedAndNotFoundAfterwards()
    {
        InstallSimple();

        var remove = Ntsim("devcon", "remove", "@" + SimpleInstance);
        var findall = Ntsim("devcon", "findall", "*");

        Assert.Equal(0, remove.ExitCode);
        Matches(remove, "devcon/remove");
        Assert.Equal(1, findall.ExitCode);
        Matches(findall, "devcon/no-matching-devices");
    }

    [Theory]
    [InlineData("find")]
    [InlineData("status")]
    [InlineData("stack")]
    public void IdVerb_UnknownId_NoMatchingDevicesExit1(string verb)
    {
        var run = Ntsim("devcon", verb, @"PCI\VEN_DEAD");

        Assert.Equal(1, run.ExitCode);
        Matches(run, "devcon/no-matching-devices");
    }

    [Fact]
    public void Install_HardwareIdNotInInf_ClearErrorExit1()
    {
        var run = Ntsim("devcon", "install", SimplePackage(), @"Root\Nothing");

        Assert.Equal(1, run.ExitCode);
        Matches(run, "devcon/install-id-not-in-inf");
    }

    [Fact]
    public void Install_MissingInf_ErrorNamesTheFile()
    {
        var run = Ntsim("devcon", "install", Path.Combine(Packages, "gone.inf"), SimpleId);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "devcon/install-missing-inf");
    }

    [Fact]
    public void Install_InfIsAFolder_ErrorSaysItIsAFolder()
    {
        var run = Ntsim("devcon", "install", Packages, SimpleId);

        Assert.Equal(1, run.ExitCode);
        Matches(run, "devcon/install-inf-is-a-folder");
    }

    [Theory]
    [InlineData("unknown-command", "frob")]
    [InlineData("status-without-id", "status")]
    [InlineData("install-without-id", "install", "x.inf")]
    [InlineData("rescan-with-argument", "rescan", "now")]
    [InlineData("no-command")]
    public void BadArguments_PrintUsageAndAClearError(string name, params string[] args)
    {
        var run = Ntsim(["devcon", .. args]);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Matches(run, "devcon/bad-" + name);
    }

    [Fact]
    public void Classes_FreshMachine_ListsTheSetupClasses()
    {
        var run = Ntsim("devcon", "classes");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "devcon/classes");
    }
}
