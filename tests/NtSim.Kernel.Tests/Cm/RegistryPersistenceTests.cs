using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

/// <summary>MachineOptions.RegistryFolder: the non-volatile hives survive the machine (docs/registry-persistence.md).</summary>
public sealed class RegistryPersistenceTests
{
    private const string Software = @"HKLM\SOFTWARE\Contoso";

    [Fact]
    public void RegistryFolder_HostAndDriverWrites_SeenByTheNextMachine()
    {
        using var folder = new TemporaryFolder();
        using (var machine = folder.Boot())
        {
            machine.Registry.SetValue(MachineRegistry.ServicesPath + @"\Sample", "Start", 3u);
            machine.Registry.SetValue(Software, "Name", "first");
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                var key = CmTest.Create(@"\Registry\Machine\SOFTWARE\Contoso\Driver");
                CmTest.SetDword(key, "Level", 7);
                Assert.Equal(STATUS_SUCCESS, ZwFlushKey(key));
                CmTest.Close(key);
            }));
        }

        using var next = folder.Boot();
        Assert.Equal(3u, next.Registry.GetValue(MachineRegistry.ServicesPath + @"\Sample", "Start")!.Dword);
        Assert.Equal("first", next.Registry.GetValue(Software, "Name")!.String);
        Assert.Equal(7u, next.Registry.GetValue(Software + @"\Driver", "Level")!.Dword);
        Assert.True(File.Exists(folder.File("SYSTEM.hive")));
        Assert.True(File.Exists(folder.File("SOFTWARE.log")));
    }

    [Fact]
    public void RegistryFolder_VolatileKeysAndHardware_NotStored()
    {
        using var folder = new TemporaryFolder();
        using (var machine = folder.Boot())
        {
            machine.Registry.CreateKey(Software);
            machine.Registry.CreateKey(Software + @"\Session", isVolatile: true);
            machine.Registry.SetValue(Software + @"\Session", "Pid", 42u);
            machine.Registry.CreateKey(@"HKLM\HARDWARE\DEVICEMAP\Serial", isVolatile: true);
            machine.Registry.SetValue(@"HKLM\HARDWARE\DEVICEMAP\Serial", "COM1", "x");
            Assert.True(machine.Registry.KeyExists(Software));
        }

        using var next = folder.Boot();
        Assert.False(next.Registry.KeyExists(Software + @"\Session"));
        Assert.True(next.Registry.KeyExists(Software));
        Assert.False(next.Registry.KeyExists(@"HKLM\HARDWARE\DEVICEMAP\Serial"));
        Assert.True(next.Registry.GetKeyInfo(@"HKLM\SYSTEM\CurrentControlSet", openLink: true).IsSymbolicLink);
    }

    [Fact]
    public void RegistryFolder_DeletedKeysAndValues_StayDeleted()
    {
        using var folder = new TemporaryFolder();
        using (var machine = folder.Boot())
        {
            machine.Registry.SetValue(Software + @"\Gone\Deeper", "A", 1u);
            machine.Registry.SetValue(Software, "Kept", 1u);
            machine.Registry.SetValue(Software, "Dropped", 2u);
        }

        using (var machine = folder.Boot())
        {
            Assert.True(machine.Registry.DeleteKey(Software + @"\Gone", recursive: true));
            Assert.True(machine.Registry.DeleteValue(Software, "Dropped"));
        }

        using var next = folder.Boot();
        Assert.False(next.Registry.KeyExists(Software + @"\Gone"));
        Assert.Equal(["Kept"], next.Registry.GetValues(Software).Select(v => v.Name));
    }

    [Fact]
    public void RegistryFolder_ZwDeleteKey_StaysDeleted()
    {
        using var folder = new TemporaryFolder();
        const string Name = @"\Registry\Machine\SOFTWARE\Contoso";
        using (var machine = folder.Boot())
        {
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                CmTest.Close(CmTest.Create(Name));
                var key = CmTest.Create(Name + @"\Temp");
                Assert.Equal(STATUS_SUCCESS, ZwDeleteKey(key));
                CmTest.Close(key);
            }));
        }

        using var next = folder.Boot();
        Assert.True(next.Registry.KeyExists(Name));
        Assert.False(next.Registry.KeyExists(Name + @"\Temp"));
    }

    [Fact]
    public void RegistryFolder_StoredValue_WinsOverTheBootLayout()
    {
        using var folder = new TemporaryFolder();
        using (var machine = folder.Boot())
        {
            machine.Registry.SetValue(@"HKLM\SYSTEM\Select", "Failed", 1u);
        }

        using var next = folder.Boot();
        Assert.Equal(1u, next.Registry.GetValue(@"HKLM\SYSTEM\Select", "Failed")!.Dword);
        Assert.True(next.Registry.KeyExists(@"HKLM\SYSTEM\CurrentControlSet\Control\DeviceClasses"));
        Assert.Equal("System", next.Registry.GetValue(@"HKLM\SYSTEM\CurrentControlSet\Control\Class\{4d36e97d-e325-11ce-bfc1-08002be10318}", "Class")!.String);
    }

    [Fact]
    public void RegistryFolder_TornLogTail_LoadsThePreviousState()
    {
        using var folder = new TemporaryFolder();
        using var crashed = RegistryDamageTests.CrashedFolder(folder, "First", "Second");

        // The machine's last change is the log's last record: cut it short, as a crash mid-write would.
        var log = crashed.File("SOFTWARE.log");
        using (var stream = new FileStream(log, FileMode.Open))
        {
            stream.SetLength(stream.Length - 3);
        }

        using (var next = crashed.Boot())
        {
            Assert.Equal(1u, next.Registry.GetValue(Software, "First")!.Dword);
            Assert.Null(next.Registry.GetValue(Software, "Second"));
            next.Registry.SetValue(Software, "Third", 3u);
        }

        // The boot folded the good records into a new base and dropped the torn tail: the folder is clean again.
        using var third = crashed.Boot();
        Assert.Equal(["First", "Third"], third.Registry.GetValues(Software).Select(v => v.Name));
    }

    [Fact]
    public void RegistryFolder_FlippedByteInTheLastLogRecord_RefusedNotTakenForATornTail()
    {
        using var folder = new TemporaryFolder();
        using var crashed = RegistryDamageTests.CrashedFolder(folder, "First", "Second");
        var log = crashed.File("SOFTWARE.log");
        var bytes = File.ReadAllBytes(log);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(log, bytes);

        var error = Assert.Throws<RegistryCorruptException>(crashed.Boot);
        Assert.Equal(log, error.File);
        Assert.Equal("record 2 fails its checksum", error.Problem);
    }

    [Fact]
    public void RegistryFolder_Dispose_CompactsEveryHiveToAnEmptyLog()
    {
        using var folder = new TemporaryFolder();
        using (var machine = folder.Boot())
        {
            machine.Registry.SetValue(Software, "Value", 1u);
            Assert.True(new FileInfo(folder.File("SOFTWARE.log")).Length > CmHiveFile.HeaderSize);
        }

        Assert.All(["SYSTEM.log", "SOFTWARE.log", "DEFAULT.log"], name => Assert.Equal(CmHiveFile.HeaderSize, new FileInfo(folder.File(name)).Length));
        using var next = folder.Boot();
        Assert.Equal(1u, next.Registry.GetValue(Software, "Value")!.Dword);
    }

    [Fact]
    public void RegistryFolder_CompactionInterruptedBetweenItsRenames_FinishedAtLoad()
    {
        using var folder = new TemporaryFolder();
        using (folder.Boot())
        {
        }

        var log = folder.File("SOFTWARE.log");
        var olderLog = File.ReadAllBytes(log);
        using (var machine = folder.Boot())
        {
            machine.Registry.SetValue(Software, "Value", 1u);
        }

        // The base of generation G+1 is in place, the empty log of G+1 still under its temporary name, the log of G beside it.
        File.Move(log, log + ".tmp");
        File.WriteAllBytes(log, olderLog);
        using var next = folder.Boot();
        Assert.Equal(1u, next.Registry.GetValue(Software, "Value")!.Dword);
        Assert.False(File.Exists(log + ".tmp"));
    }

    [Fact]
    public void RegistryFolder_LeftoverTemporaryFile_Ignored()
    {
        using var folder = new TemporaryFolder();
        using (var machine = folder.Boot())
        {
            machine.Registry.SetValue(Software, "Value", 1u);
        }

        File.WriteAllText(folder.File("SOFTWARE.hive.tmp"), "half a base");
        using var next = folder.Boot();
        Assert.Equal(1u, next.Registry.GetValue(Software, "Value")!.Dword);
        Assert.False(File.Exists(folder.File("SOFTWARE.hive.tmp")));
    }

    [Theory]
    [InlineData("SYSTEM.hive")]
    [InlineData("SOFTWARE.log")]
    public void RegistryFolder_GarbageFile_RegistryCorruptExceptionNamingTheFile(string name)
    {
        using var folder = new TemporaryFolder();
        using (folder.Boot())
        {
        }

        File.WriteAllText(folder.File(name), "this is not a registry hive, it is a text file of some length");
        var error = Assert.Throws<RegistryCorruptException>(folder.Boot);
        Assert.Equal(folder.File(name), error.File);
        Assert.Equal(0, error.Offset);
        Assert.Contains(folder.File(name), error.Message, StringComparison.Ordinal);
        Assert.Contains("NTSIM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegistryFolder_DamagedBaseRecord_RegistryCorruptExceptionNamingTheFile()
    {
        using var folder = new TemporaryFolder();
        using (folder.Boot())
        {
        }

        var path = folder.File("SYSTEM.hive");
        var bytes = File.ReadAllBytes(path);
        bytes[^5] ^= 0x55;
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<RegistryCorruptException>(folder.Boot);
        Assert.Equal(path, error.File);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("fails its checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegistryFolder_LargeLog_CompactedIntoTheBase()
    {
        using var folder = new TemporaryFolder();
        var data = new byte[64 * 1024];
        using (var machine = folder.Boot())
        {
            for (var i = 0; i < 40; i++)
            {
                data[0] = (byte)i;
                machine.Registry.SetValue(Software, "Blob", REG_BINARY, data);
            }

            // 40 x 64 KiB passed the 1 MiB threshold: the log restarted.
            Assert.True(new FileInfo(folder.File("SOFTWARE.log")).Length < CmHiveStore.CompactionThreshold);
        }

        using var next = folder.Boot();
        Assert.Equal(39, next.Registry.GetValue(Software, "Blob")!.Data[0]);
    }

    [Fact]
    public void RegistryFolder_Null_WritesNothing()
    {
        using var machine = MachineAssert.Boot();
        Assert.All(machine.ConfigurationManager.Hives, hive => Assert.Null(hive.Store));
    }
}
