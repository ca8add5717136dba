using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class ZwDeleteKeyTests
{
    [Fact]
    public void ZwDeleteKey_KeyWithSubkeys_CannotDelete()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var parent = CmTest.Create(CmTest.Services + @"\Parent");
            CmTest.Close(CmTest.Create("Child", parent));
            status = ZwDeleteKey(parent);
            CmTest.Close(parent);
        }));
        Assert.Equal(STATUS_CANNOT_DELETE, status);
        Assert.True(machine.Registry.KeyExists(CmTest.Services + @"\Parent\Child"));
    }

    [Fact]
    public void ZwDeleteKey_Deleted_GoneAtOnceWhileItsHandlesSeeKeyDeletedUntilClosed()
    {
        using var machine = MachineAssert.Boot();
        var statuses = new Dictionary<string, NTSTATUS>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Doomed");
            var other = CmTest.Create(CmTest.Services + @"\Doomed");
            CmTest.SetDword(key, "V", 1);
            statuses["delete"] = ZwDeleteKey(key);
            statuses["again"] = ZwDeleteKey(key);
            statuses["open"] = CmTest.Open(CmTest.Services + @"\Doomed", out _);
            statuses["query"] = ZwQueryValueKey(other, "V", KeyValuePartialInformation, new byte[32], out _);
            statuses["set"] = ZwSetValueKey(other, "W", 0, REG_DWORD, RegistryData.Dword(2));
            statuses["enumerate"] = ZwEnumerateKey(other, 0, KeyBasicInformation, new byte[64], out _);
            statuses["create below"] = ZwCreateKey(out _, KEY_ALL_ACCESS, CmTest.Attributes("Sub", other), 0, null, 0);
            statuses["flush"] = ZwFlushKey(other);
            statuses["close"] = ZwClose(key);
            statuses["close other"] = ZwClose(other);
        }));
        Assert.Equal(STATUS_SUCCESS, statuses["delete"]);
        Assert.Equal(STATUS_KEY_DELETED, statuses["again"]);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, statuses["open"]);
        foreach (var use in (string[])["query", "set", "enumerate", "create below", "flush"])
        {
            Assert.True(statuses[use] == STATUS_KEY_DELETED, $"{use}: 0x{(uint)statuses[use]:X8}");
        }

        Assert.Equal(STATUS_SUCCESS, statuses["close"]);
        Assert.Equal(STATUS_SUCCESS, statuses["close other"]);
        Assert.DoesNotContain("Doomed", machine.Registry.GetSubKeyNames(CmTest.Services));
    }

    [Theory]
    [InlineData(@"\Registry\Machine")]
    [InlineData(@"\Registry\Machine\SYSTEM")]
    [InlineData(@"\Registry\User\.DEFAULT")]
    [InlineData(@"\Registry")]
    public void ZwDeleteKey_SystemKeys_CannotDelete(string path)
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(path, out var key));
            status = ZwDeleteKey(key);
            CmTest.Close(key);
        }));
        Assert.Equal(STATUS_CANNOT_DELETE, status);
        Assert.True(machine.Registry.KeyExists(path));
    }

    [Fact]
    public void ZwDeleteKey_LinkOpenedWithOpenLink_DeletesTheLinkNotItsTarget()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            CmTest.Close(CmTest.Create(CmTest.Services + @"\Real"));
            Assert.Equal(STATUS_SUCCESS, ZwCreateKey(out var link, KEY_ALL_ACCESS, CmTest.Attributes(CmTest.Services + @"\Link"), 0, null, REG_OPTION_CREATE_LINK));
            Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(link, "SymbolicLinkValue", 0, REG_LINK, RegistryData.Link(@"\Registry\Machine\SYSTEM\ControlSet001\Services\Real")));
            Assert.Equal(STATUS_SUCCESS, ZwDeleteKey(link));
            CmTest.Close(link);
        }));
        Assert.True(machine.Registry.KeyExists(CmTest.Services + @"\Real"));
        Assert.False(machine.Registry.KeyExists(CmTest.Services + @"\Link"));
    }

    [Fact]
    public void ZwDeleteKey_InvalidHandle_InvalidHandleStatus()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() => status = ZwDeleteKey(new HANDLE(0xFFFFFFFF80000FF0))));
        Assert.Equal(STATUS_INVALID_HANDLE, status);
    }
}
