namespace NtSim.Cli.Tests;

/// <summary>`ntsim tree`: the device tree as !devnode 0 1 prints it.</summary>
public sealed class TreeCommandTests : PersistentMachineTests
{
    [Fact]
    public void Tree_EmptyMachine_DumpsTheRootStarted()
    {
        var (exitCode, output, _) = Ntsim("tree");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^Dumping IopRootDeviceNode \(= 0x[0-9a-f]{16}\)\r?\nDevNode 0x[0-9a-f]{16} for PDO 0x[0-9a-f]{16}\r?\n", output);
        Assert.Contains("""
              InstancePath is "HTREE\ROOT\0"
            """, output);
        Assert.Contains("  State = DeviceNodeStarted (0x308)", output);
        Assert.DoesNotContain("ServiceName", output);
    }

    [Fact]
    public void Tree_InstalledDevice_IsAChildIndentedWithItsService()
    {
        InstallSimple();

        var (exitCode, output, _) = Ntsim("tree");

        Assert.Equal(0, exitCode);
        var nl = Environment.NewLine;
        Assert.Matches(@"\n  DevNode 0x[0-9a-f]{16} for PDO 0x[0-9a-f]{16}\r?\n    InstancePath is ""ROOT\\SAMPLE\\0000""", output);
        Assert.Contains($"    ServiceName is \"Simple\"{nl}    State = DeviceNodeStarted (0x308){nl}    Previous State = ", output);
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
