using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

/// <summary>The host's view of the registry: the boot layout, setting up and reading keys, the dump.</summary>
public sealed class MachineRegistryTests
{
    [Fact]
    public void Boot_StandardLayout_Exists()
    {
        using var machine = MachineAssert.Boot();
        foreach (var path in (string[])[
            @"\Registry\Machine\SYSTEM\CurrentControlSet\Services",
            @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\Class",
            @"\Registry\Machine\SYSTEM\CurrentControlSet\Enum",
            @"\Registry\Machine\SOFTWARE\Microsoft\Windows NT\CurrentVersion",
            @"\Registry\Machine\HARDWARE\DESCRIPTION\System",
            @"\Registry\Machine\HARDWARE\DEVICEMAP",
            @"\Registry\User\.DEFAULT"])
        {
            Assert.True(machine.Registry.KeyExists(path), path);
        }

        Assert.Equal(["MACHINE", "USER"], machine.Registry.GetSubKeyNames(@"\Registry"));
        Assert.Equal(["HARDWARE", "SOFTWARE", "SYSTEM"], machine.Registry.GetSubKeyNames(@"HKEY_LOCAL_MACHINE"));
        Assert.Equal(1u, machine.Registry.GetValue(@"HKLM\SYSTEM\Select", "Current")!.Dword);
        Assert.True(machine.Registry.GetKeyInfo(@"HKLM\HARDWARE").IsVolatile);
        Assert.Equal("HARDWARE", machine.Registry.GetKeyInfo(@"HKLM\HARDWARE\DESCRIPTION").Hive);
    }

    [Fact]
    public void Boot_CurrentControlSet_IsAVolatileLinkToControlSet001()
    {
        using var machine = MachineAssert.Boot();
        var link = machine.Registry.GetKeyInfo(@"HKLM\SYSTEM\CurrentControlSet", openLink: true);
        Assert.True(link.IsSymbolicLink);
        Assert.True(link.IsVolatile);
        Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM\ControlSet001", link.LinkTarget);
        Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM\ControlSet001", machine.Registry.GetKeyInfo(@"HKLM\SYSTEM\CurrentControlSet").FullName);
        Assert.Equal(DateTime.FromFileTimeUtc(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).ToFileTimeUtc()), link.LastWriteTime);
    }

    [Fact]
    public void SetValue_HostThenDriver_DriverReadsWhatTheHostSetUpAndTheHostSeesWhatTheDriverWrote()
    {
        using var machine = MachineAssert.Boot();
        var parameters = MachineRegistry.ServicesPath + @"\Sample\Parameters";
        machine.Registry.SetValue(parameters, "Level", 2u);
        uint level = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(parameters, out var key));
            level = RegistryData.ReadDword(CmTest.Query(key, "level").Data);
            CmTest.SetString(key, "Status", "started");
            CmTest.Close(key);
        }));
        Assert.Equal(2u, level);
        Assert.Equal("started", machine.Registry.GetValue(parameters, "STATUS")!.String);
        Assert.Null(machine.Registry.GetValue(parameters, "Missing"));
        Assert.Null(machine.Registry.GetValue(parameters + @"\Missing", "Level"));
    }

    [Fact]
    public void SetValue_TypedValues_MapToRegistryTypes()
    {
        using var machine = MachineAssert.Boot();
        const string Key = @"HKLM\SOFTWARE\Typed";
        machine.Registry.SetValue(Key, "I", -1);
        machine.Registry.SetValue(Key, "L", 5L);
        machine.Registry.SetValue(Key, "S", "text");
        machine.Registry.SetValue(Key, "M", new[] { "a", "b" });
        machine.Registry.SetValue(Key, "B", new byte[] { 9 });
        Assert.Equal([REG_DWORD, REG_QWORD, REG_SZ, REG_MULTI_SZ, REG_BINARY], machine.Registry.GetValues(Key).Select(v => v.Type));
        Assert.Equal(uint.MaxValue, machine.Registry.GetValue(Key, "I")!.Dword);
        Assert.Throws<ArgumentException>(() => machine.Registry.SetValue(Key, "D", 1.5));
    }

    [Fact]
    public void CreateKey_CreatesParentsAndRefusesNonVolatileUnderVolatile()
    {
        using var machine = MachineAssert.Boot();
        Assert.True(machine.Registry.CreateKey(@"HKLM\SOFTWARE\A\B\C"));
        Assert.False(machine.Registry.CreateKey(@"\registry\machine\software\a\b\c"));
        Assert.True(machine.Registry.CreateKey(@"HKLM\HARDWARE\DEVICEMAP\Scratch", isVolatile: true));
        var error = Assert.Throws<InvalidOperationException>(() => machine.Registry.CreateKey(@"HKLM\HARDWARE\DEVICEMAP\Stable"));
        Assert.Contains("STATUS_CHILD_MUST_BE_VOLATILE", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => machine.Registry.CreateKey(@"\Device\NotRegistry"));
    }

    [Fact]
    public void DeleteKey_WithSubkeysNeedsRecursiveAndSystemKeysStay()
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.CreateKey(@"HKLM\SOFTWARE\Tree\Leaf");
        Assert.Throws<InvalidOperationException>(() => machine.Registry.DeleteKey(@"HKLM\SOFTWARE\Tree"));
        Assert.True(machine.Registry.DeleteKey(@"HKLM\SOFTWARE\Tree", recursive: true));
        Assert.False(machine.Registry.KeyExists(@"HKLM\SOFTWARE\Tree"));
        Assert.False(machine.Registry.DeleteKey(@"HKLM\SOFTWARE\Tree"));
        Assert.Throws<InvalidOperationException>(() => machine.Registry.DeleteKey(@"HKLM\SYSTEM", recursive: true));
        Assert.True(machine.Registry.KeyExists(@"HKLM\SYSTEM\ControlSet001\Services"));
    }

    [Fact]
    public void DeleteValue_RemovesTheValue()
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.SetValue(@"HKLM\SOFTWARE\V", "x", 1u);
        Assert.True(machine.Registry.DeleteValue(@"HKLM\SOFTWARE\V", "X"));
        Assert.False(machine.Registry.DeleteValue(@"HKLM\SOFTWARE\V", "X"));
        Assert.Empty(machine.Registry.GetValues(@"HKLM\SOFTWARE\V"));
    }

    [Fact]
    public void Dump_SystemHive_PrintsValuesSubkeysVolatilityAndLinks()
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.SetValue(MachineRegistry.ServicesPath + @"\Sample", "Start", 3u);
        machine.Registry.SetValue(MachineRegistry.ServicesPath + @"\Sample", "ImagePath", REG_EXPAND_SZ, RegistryData.String(@"\SystemRoot\sample.sys"));
        var expected = string.Join(Environment.NewLine,
            @"\REGISTRY\MACHINE\SYSTEM",
            "  ControlSet001",
            "    Control",
            "      Class",
            "        {36fc9e60-c465-11cf-8056-444553540000}",
            @"          Class = REG_SZ ""USB""",
            "        {4d36e967-e325-11ce-bfc1-08002be10318}",
            @"          Class = REG_SZ ""DiskDrive""",
            "        {4d36e96b-e325-11ce-bfc1-08002be10318}",
            @"          Class = REG_SZ ""Keyboard""",
            "        {4d36e96f-e325-11ce-bfc1-08002be10318}",
            @"          Class = REG_SZ ""Mouse""",
            "        {4d36e972-e325-11ce-bfc1-08002be10318}",
            @"          Class = REG_SZ ""Net""",
            "        {4d36e978-e325-11ce-bfc1-08002be10318}",
            @"          Class = REG_SZ ""Ports""",
            "        {4d36e97b-e325-11ce-bfc1-08002be10318}",
            @"          Class = REG_SZ ""SCSIAdapter""",
            "        {4d36e97d-e325-11ce-bfc1-08002be10318}",
            @"          Class = REG_SZ ""System""",
            "        {745a17a0-74d3-11d0-b6fe-00a0c90f57da}",
            @"          Class = REG_SZ ""HIDClass""",
            "      DeviceClasses",
            "    Enum",
            "    Services",
            "      Sample",
            "        Start = REG_DWORD 0x00000003 (3)",
            @"        ImagePath = REG_EXPAND_SZ ""\SystemRoot\sample.sys""",
            "  Select",
            "    Current = REG_DWORD 0x00000001 (1)",
            "    Default = REG_DWORD 0x00000001 (1)",
            "    Failed = REG_DWORD 0x00000000 (0)",
            "    LastKnownGood = REG_DWORD 0x00000001 (1)",
            @"  CurrentControlSet [volatile] -> \REGISTRY\MACHINE\SYSTEM\ControlSet001",
            "");
        Assert.Equal(expected, machine.Registry.Dump(@"HKLM\SYSTEM"));
        Assert.Equal(string.Join(Environment.NewLine, @"\REGISTRY [volatile]", "  MACHINE [volatile]", "  USER [volatile]", ""),
            machine.Registry.Dump(@"\Registry", recursive: false));
    }

    [Fact]
    public void GetKeyInfo_MissingKey_ArgumentExceptionNamingThePath()
    {
        using var machine = MachineAssert.Boot();
        var error = Assert.Throws<ArgumentException>(() => machine.Registry.GetKeyInfo(@"HKLM\Nope"));
        Assert.Contains(@"HKLM\Nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_TwoMachines_AreIndependent()
    {
        using var first = MachineAssert.Boot();
        using var second = MachineAssert.Boot();
        first.Registry.SetValue(@"HKLM\SOFTWARE\Only", "In", "first");
        Assert.False(second.Registry.KeyExists(@"HKLM\SOFTWARE\Only"));
    }

    [Fact]
    public void SetValue_ThroughALinkToNowhere_ExplainsTheDanglingLink()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, ZwCreateKey(out var link, KEY_ALL_ACCESS, CmTest.Attributes(@"\Registry\Machine\SOFTWARE\Dangling"), 0, null, REG_OPTION_CREATE_LINK));
            Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(link, "SymbolicLinkValue", 0, REG_LINK, RegistryData.Link(@"\Registry\Machine\SOFTWARE\Nowhere")));
            Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, CmTest.Open(@"\Registry\Machine\SOFTWARE\Dangling", out _));
            CmTest.Close(link);
        }));
        var error = Assert.Throws<InvalidOperationException>(() => machine.Registry.SetValue(@"HKLM\SOFTWARE\Dangling\Sub", "V", 1u));
        Assert.Contains(@"\REGISTRY\MACHINE\SOFTWARE\Dangling is a symbolic link", error.Message, StringComparison.Ordinal);
    }
}
