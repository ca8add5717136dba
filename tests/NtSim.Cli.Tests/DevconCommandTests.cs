namespace NtSim.Cli.Tests;

/// <summary>`ntsim devcon`: devcon's commands and output on a persistent machine, one boot per invocation.</summary>
public sealed class DevconCommandTests : PersistentMachineTests
{
    [Fact]
    public void Rescan_EmptyMachine_ScansAndCompletes()
    {
        var (exitCode, output, error) = Ntsim("devcon", "rescan");

        Assert.Equal(0, exitCode);
        Assert.Equal($"Scanning for new hardware.{Environment.NewLine}Scanning completed.{Environment.NewLine}", output);
        Assert.Empty(error);
    }

    [Fact]
    public void Install_SimplePackage_PrintsDevconsLinesAndTheNextBootFindsTheDevice()
    {
        var inf = SimplePackage();

        var (exitCode, output, _) = Ntsim("devcon", "install", inf, SimpleId);
        var (findCode, found, _) = Ntsim("devcon", "find", SimpleId);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Join(Environment.NewLine,
            "Device node created. Install is complete when drivers are installed...",
            $"Updating drivers for {SimpleId} from {inf}.",
            "Drivers installed successfully.",
            ""), output);
        Assert.Equal(0, findCode);
        Assert.Equal($"{SimpleInstance,-60}: NtSim Simple Device{Environment.NewLine}1 matching device(s) found.{Environment.NewLine}", found);
    }

    [Fact]
    public void Status_InstalledDevice_DriverIsRunning()
    {
        InstallSimple();

        var (exitCode, output, _) = Ntsim("devcon", "status", "*simple");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Join(Environment.NewLine,
            SimpleInstance, "    Name: NtSim Simple Device", "    Driver is running.", "1 matching device(s) found.", ""), output);
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

        var (exitCode, output, _) = Ntsim("devcon", "status", "@" + SimpleInstance);

        Assert.Equal(0, exitCode);
        Assert.Contains("    The device has the following problem: 10", output);
        Assert.Contains("CM_PROB_FAILED_START, status 0xC0000001", output);
        Assert.DoesNotContain("Driver is running.", output);
    }

    [Fact]
    public void Hwids_InstalledDevice_ListsHardwareIdsIndented()
    {
        InstallSimple();

        var (exitCode, output, _) = Ntsim("devcon", "hwids", @"@ROOT\*");

        Assert.Equal(0, exitCode);
        Assert.Contains($"    Hardware IDs:{Environment.NewLine}        {SimpleId}{Environment.NewLine}    Compatible IDs:{Environment.NewLine}1 matching", output);
    }

    [Fact]
    public void Stack_InstalledDevice_PrintsClassServiceAndDeviceObjectsTopDown()
    {
        InstallSimple();

        var (exitCode, output, _) = Ntsim("devcon", "stack", SimpleId);

        Assert.Equal(0, exitCode);
        Assert.Contains("    Setup Class: {78A1C341-4539-11D3-B88D-00C04FAD5171} Sample", output);
        Assert.Contains($"    Controlling service:{Environment.NewLine}        Simple", output);
        Assert.DoesNotContain("Upper filters:", output);
        var fdo = output.IndexOf(@"\Driver\Simple ", StringComparison.Ordinal);
        var pdo = output.IndexOf(@"\Driver\PnpManager", StringComparison.Ordinal);
        Assert.True(fdo > 0 && pdo > fdo, output);
        Assert.Matches(@"0x[0-9a-f]{16}  \\Driver\\PnpManager +\\Device\\[0-9a-f]{8}", output);
    }

    [Fact]
    public void DriverNodes_InstalledDevice_PrintsTheStoresNode()
    {
        InstallSimple();

        var (exitCode, output, _) = Ntsim("devcon", "drivernodes", SimpleId);

        Assert.Equal(0, exitCode);
        Assert.Contains("    Driver node #0:", output);
        Assert.Matches(@"        Inf file is .*simple\.inf", output);
        Assert.Contains("        Inf section is Simple_Device", output);
        Assert.Contains("        Manufacturer name is NtSim Test Devices", output);
        Assert.Contains("        Provider name is NtSim", output);
        Assert.Contains("        Driver date is 11/1/2026", output);
        Assert.Contains("        Driver version is 1.0.0.0", output);
        Assert.Matches(@"        Driver node rank is 0x[0-9A-F]{8}", output);
    }

    [Fact]
    public void DisableThenEnable_StatusFollows()
    {
        InstallSimple();

        var (disableCode, disabled, _) = Ntsim("devcon", "disable", SimpleId);
        var (_, statusDisabled, _) = Ntsim("devcon", "status", SimpleId);
        var (enableCode, enabled, _) = Ntsim("devcon", "enable", SimpleId);
        var (_, statusEnabled, _) = Ntsim("devcon", "status", SimpleId);

        Assert.Equal(0, disableCode);
        Assert.Contains($"{SimpleInstance,-60}: Disabled{Environment.NewLine}1 device(s) disabled.", disabled);
        Assert.Contains("    Device is disabled.", statusDisabled);
        Assert.Equal(0, enableCode);
        Assert.Contains("1 device(s) are enabled.", enabled);
        Assert.Contains("    Driver is running.", statusEnabled);
    }

    [Fact]
    public void Remove_InstalledDevice_RemovedAndNotFoundAfterwards()
    {
        InstallSimple();

        var (exitCode, output, _) = Ntsim("devcon", "remove", "@" + SimpleInstance);
        var (findCode, found, _) = Ntsim("devcon", "findall", "*");

        Assert.Equal(0, exitCode);
        Assert.Equal($"{SimpleInstance,-60}: Removed{Environment.NewLine}1 device(s) were removed.{Environment.NewLine}", output);
        Assert.Equal(1, findCode);
        Assert.Equal($"No matching devices found.{Environment.NewLine}", found);
    }

    [Theory]
    [InlineData("find")]
    [InlineData("status")]
    [InlineData("stack")]
    public void IdVerb_UnknownId_NoMatchingDevicesExit1(string verb)
    {
        var (exitCode, output, _) = Ntsim("devcon", verb, @"PCI\VEN_DEAD");

        Assert.Equal(1, exitCode);
        Assert.Equal($"No matching devices found.{Environment.NewLine}", output);
    }

    [Fact]
    public void Install_HardwareIdNotInInf_ClearErrorExit1()
    {
        var (exitCode, output, error) = Ntsim("devcon", "install", SimplePackage(), @"Root\Nothing");

        Assert.Equal(1, exitCode);
        Assert.Contains(@"no model in [Manufacturer] matches the hardware ID Root\Nothing", error);
        Assert.Contains("devcon failed.", output);
        Assert.DoesNotContain("Drivers installed successfully.", output);
    }

    [Fact]
    public void Install_MissingInf_ErrorNamesTheFile()
    {
        var missing = Path.Combine(Packages, "gone.inf");

        var (exitCode, _, error) = Ntsim("devcon", "install", missing, SimpleId);

        Assert.Equal(1, exitCode);
        Assert.Contains($"ntsim devcon install: cannot open '{missing}': the INF file does not exist.", error);
    }

    [Fact]
    public void Install_InfIsAFolder_ErrorSaysItIsAFolder()
    {
        var (exitCode, output, error) = Ntsim("devcon", "install", Packages, SimpleId);

        Assert.Equal(1, exitCode);
        Assert.Equal($"ntsim devcon install: cannot open '{Packages}': it is a folder, not a file.{Environment.NewLine}", error);
        Assert.Equal($"devcon failed.{Environment.NewLine}", output);
    }

    [Theory]
    [InlineData("unknown command 'frob'", "frob")]
    [InlineData("status needs at least one device ID", "status")]
    [InlineData("install takes an INF file and a hardware ID", "install", "x.inf")]
    [InlineData("rescan takes no arguments (got now)", "rescan", "now")]
    [InlineData("no command given")]
    public void BadArguments_PrintUsageAndAClearError(string message, params string[] args)
    {
        var (exitCode, output, error) = Ntsim(["devcon", .. args]);

        Assert.Equal(1, exitCode);
        Assert.Contains("ntsim devcon: " + message, error);
        Assert.Contains("Usage: ntsim devcon", error);
        Assert.Empty(output);
    }

    [Fact]
    public void Classes_FreshMachine_ListsTheSetupClasses()
    {
        var (exitCode, output, _) = Ntsim("devcon", "classes");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Listing 9 setup classes.", output);
        Assert.Contains($"{"System",-20}: System", output);
    }
}
