using System.Text;

namespace NtSim.Tests.Cm;

/// <summary>Damage to the registry folder other than a torn tail refuses the boot, naming the file and
/// the offset, and leaves the files as they were (docs/registry-persistence.md).</summary>
public sealed class RegistryDamageTests
{
    private const string Software = @"HKLM\SOFTWARE\Contoso";

    [Fact]
    public void Boot_DamagedRecordInTheMiddleOfTheLog_RefusesNamingTheLogAndLeavesItAlone()
    {
        using var folder = new TemporaryFolder();
        using var crashed = CrashedFolder(folder, "First", "Second", "Third");
        var log = crashed.File("SOFTWARE.log");
        var bytes = File.ReadAllBytes(log);
        var at = IndexOf(bytes, "First");
        bytes[at] ^= 0x20;
        File.WriteAllBytes(log, bytes);

        var error = Assert.Throws<RegistryCorruptException>(crashed.Boot);
        Assert.Equal(log, error.File);
        Assert.Equal(CmHiveFile.HeaderSize, error.Offset);
        Assert.Contains($"{log} is damaged at offset {CmHiveFile.HeaderSize}: record 1 fails its checksum", error.Message, StringComparison.Ordinal);
        // No compaction ran over the evidence.
        Assert.Equal(bytes, File.ReadAllBytes(log));
    }

    [Fact]
    public void Boot_OlderBaseRestoredUnderANewerLog_RefusesNamingTheFiles()
    {
        using var folder = new TemporaryFolder();
        using (var machine = folder.Boot())
        {
            machine.Registry.SetValue(Software, "A", 1u);
        }

        var oldBase = File.ReadAllBytes(folder.File("SOFTWARE.hive"));
        using var crashed = CrashedFolder(folder, "B");
        File.WriteAllBytes(crashed.File("SOFTWARE.hive"), oldBase);

        var error = Assert.Throws<RegistryCorruptException>(crashed.Boot);
        Assert.Equal(crashed.File("SOFTWARE.log"), error.File);
        Assert.Equal(CmHiveFile.GenerationOffset, error.Offset);
        Assert.Contains("generation", error.Problem, StringComparison.Ordinal);
        Assert.Contains(crashed.File("SOFTWARE.hive"), error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Boot_ForgedRecordDeletingTheHiveRoot_RefusesNamingTheLog()
    {
        using var folder = new TemporaryFolder();
        using var crashed = CrashedFolder(folder, "First");
        var log = crashed.File("SOFTWARE.log");
        RegistryForgery.Append(log, new CmLogOperation(CmLogKind.DeleteKey, "", 0));

        var error = Assert.Throws<RegistryCorruptException>(crashed.Boot);
        Assert.Equal(log, error.File);
        Assert.Equal("record 2 passes its checksum but it deletes the hive's root key", error.Problem);
    }

    /// <summary>A copy of the folder taken while a machine that set <paramref name="names"/> still runs:
    /// the state a kill leaves, the changes in the logs.</summary>
    internal static TemporaryFolder CrashedFolder(TemporaryFolder folder, params string[] names)
    {
        var copy = new TemporaryFolder();
        using var machine = folder.Boot();
        var value = 1u;
        foreach (var name in names)
        {
            machine.Registry.SetValue(Software, name, value++);
        }

        foreach (var file in Directory.GetFiles(folder.Path))
        {
            File.Copy(file, copy.File(Path.GetFileName(file)));
        }

        return copy;
    }

    internal static int IndexOf(byte[] bytes, string text)
    {
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text));
        Assert.True(at >= 0, $"'{text}' is not in the file");
        return at;
    }
}
