namespace NtSim.Cli.Tests;

/// <summary>A machine whose registry files are damaged: the commands that boot it refuse in one line naming the
/// file and the offset, and `--repair` boots it, saying what was lost.</summary>
public sealed class RegistryRepairCommandTests : PersistentMachineTests
{
    [Fact]
    public void Tree_DamagedHive_RefusesInOneLineNamingTheFileTheOffsetAndRepair()
    {
        DamageSystemHive();

        var run = Ntsim("tree");

        Assert.Equal(1, run.ExitCode);
        Matches(run, "tree/damaged-hive");
    }

    [Fact]
    public void Tree_Repair_BootsReportsWhatWasLostAndLeavesTheMachineClean()
    {
        var hive = DamageSystemHive();

        var run = Ntsim("tree", "--repair");

        Assert.True(run.ExitCode == 0, run.Error);
        Matches(run, "tree/repair-damaged-hive");
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(hive)!, "SYSTEM.hive.corrupt-*"));
        var next = Ntsim("tree");
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Empty(next.Error);
    }

    /// <summary>Boots the machine once, then flips a bit in the last record of its SYSTEM hive; the hive's path.</summary>
    private string DamageSystemHive()
    {
        var first = Ntsim("tree");
        Assert.True(first.ExitCode == 0, first.Error);
        var hive = Path.Combine(Folder, "Windows", "System32", "config", "SYSTEM.hive");
        var bytes = File.ReadAllBytes(hive);
        bytes[^1] ^= 0x01;
        File.WriteAllBytes(hive, bytes);
        return hive;
    }
}
