namespace NtSim.Tests.Cm;

/// <summary>MachineOptions.RepairRegistry: a damaged registry folder boots with every valid record kept,
/// the damaged files moved aside and a report of what was lost (docs/registry-persistence.md).</summary>
public sealed class RegistryRepairTests
{
    private const string Software = @"HKLM\SOFTWARE\Contoso";

    [Fact]
    public void Boot_RepairDamagedRecordInTheMiddleOfTheLog_KeepsTheOthersAndReportsTheLoss()
    {
        using var folder = new TemporaryFolder();
        using var crashed = RegistryDamageTests.CrashedFolder(folder, "First", "Second", "Third");
        var log = crashed.File("SOFTWARE.log");
        var bytes = File.ReadAllBytes(log);
        bytes[RegistryDamageTests.IndexOf(bytes, "First")] ^= 0x20;
        File.WriteAllBytes(log, bytes);

        using (var machine = Repair(crashed))
        {
            Assert.Null(machine.Registry.GetValue(Software, "First"));
            Assert.Equal(2u, machine.Registry.GetValue(Software, "Second")!.Dword);
            Assert.Equal(3u, machine.Registry.GetValue(Software, "Third")!.Dword);
            var report = machine.Registry.RepairReport!;
            var damage = Assert.Single(report.Damage);
            Assert.Equal(log, damage.File);
            Assert.Equal(CmHiveFile.HeaderSize, damage.Offset);
            // The flipped bit is in the value's name: the report says what the damaged bytes still say.
            Assert.Contains(@"value first of SOFTWARE\Contoso set (as far as the damaged bytes still say)", damage.Lost, StringComparison.Ordinal);
            Assert.Equal([crashed.File("SOFTWARE.hive"), log], report.MovedAside.Select(m => m.From));
            // The evidence is kept as it was.
            var movedLog = report.MovedAside[1].To;
            Assert.StartsWith(log + ".corrupt-", movedLog, StringComparison.Ordinal);
            Assert.Equal(bytes, File.ReadAllBytes(movedLog));
        }

        using var next = crashed.Boot();
        Assert.Null(next.Registry.RepairReport);
        Assert.Equal(["Second", "Third"], next.Registry.GetValues(Software).Select(v => v.Name));
    }

    [Fact]
    public void Boot_RepairForgedRecordDeletingTheHiveRoot_KeepsTheHive()
    {
        using var folder = new TemporaryFolder();
        using var crashed = RegistryDamageTests.CrashedFolder(folder, "First");
        RegistryForgery.Append(crashed.File("SOFTWARE.log"), new CmLogOperation(CmLogKind.DeleteKey, "", 0));

        using var machine = Repair(crashed);
        Assert.Equal(1u, machine.Registry.GetValue(Software, "First")!.Dword);
        Assert.Equal("C:\\Windows", machine.Registry.GetValue(@"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion", "SystemRoot")!.String);
        var damage = Assert.Single(machine.Registry.RepairReport!.Damage);
        Assert.Equal("record 2: key SOFTWARE deleted", damage.Lost);
    }

    [Fact]
    public void Boot_RepairBaseMissing_KeepsTheLogsRecordsAndReportsTheBase()
    {
        using var folder = new TemporaryFolder();
        using var crashed = RegistryDamageTests.CrashedFolder(folder, "First");
        var hive = crashed.File("SOFTWARE.hive");
        File.Delete(hive);

        var error = Assert.Throws<RegistryCorruptException>(crashed.Boot);
        Assert.Equal(hive, error.File);
        Assert.Null(error.Offset);
        Assert.Equal("it is missing beside its log", error.Problem);

        using var machine = Repair(crashed);
        Assert.Equal(1u, machine.Registry.GetValue(Software, "First")!.Dword);
        var damage = Assert.Single(machine.Registry.RepairReport!.Damage);
        Assert.Equal(hive, damage.File);
        Assert.Equal("everything the base held (the log's records are kept)", damage.Lost);
    }

    [Fact]
    public void Boot_RepairOnAnUndamagedFolder_EmptyReportAndNothingMoved()
    {
        using var folder = new TemporaryFolder();
        using (var machine = folder.Boot())
        {
            machine.Registry.SetValue(Software, "Kept", 1u);
        }

        var files = Directory.GetFiles(folder.Path).Order().ToList();
        using var next = Repair(folder);
        Assert.True(next.Registry.RepairReport!.IsEmpty);
        Assert.Empty(next.Registry.RepairReport.MovedAside);
        Assert.Equal(1u, next.Registry.GetValue(Software, "Kept")!.Dword);
        Assert.Equal(files, Directory.GetFiles(folder.Path).Order());
    }

    [Fact]
    public void Boot_RepairRecordCutFromTheMiddleOfTheBase_ReportsTheRecordsAfterTheCut()
    {
        using var folder = new TemporaryFolder();
        using (var machine = folder.Boot())
        {
            machine.Registry.SetValue(Software, "Kept", 1u);
        }

        // Zero a record header in the middle of SYSTEM's base: the scan finds the next record and goes on.
        var path = folder.File("SYSTEM.hive");
        var bytes = File.ReadAllBytes(path);
        var at = bytes.Length / 2;
        Array.Clear(bytes, at, CmHiveFile.RecordHeaderSize * 2);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<RegistryCorruptException>(folder.Boot);
        Assert.Equal(path, error.File);
        using var next = Repair(folder);
        Assert.Equal(1u, next.Registry.GetValue(Software, "Kept")!.Dword);
        Assert.Contains(next.Registry.RepairReport!.Damage, d => d.File == path && d.Lost.Contains("record", StringComparison.Ordinal));
    }

    private static Machine Repair(TemporaryFolder folder) =>
        Machine.Boot(new MachineOptions { RegistryFolder = folder.Path, RepairRegistry = true });
}
