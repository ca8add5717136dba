using System.Text;
using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class ZwSetValueKeyTests
{
    [Fact]
    public void ZwSetValueKey_FromPoolMemory_StoresDataSizeBytes()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Pool");
            var text = Encoding.Unicode.GetBytes("hello\0");
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Test"));
            text.CopyTo(p.AsSpan(text.Length));
            Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(key, "Greeting", 0, REG_SZ, p, (uint)text.Length));
            ExFreePoolWithTag(p, TAG("Test"));
            CmTest.Close(key);
        }));
        var value = machine.Registry.GetValue(CmTest.Services + @"\Pool", "greeting")!;
        Assert.Equal(REG_SZ, value.Type);
        Assert.Equal(12, value.Data.Length);
        Assert.Equal("hello", value.String);
        Assert.Equal("Greeting", value.Name);
    }

    [Fact]
    public void ZwSetValueKey_AnyType_IsStoredAsGiven()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Types");
            Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(key, "Multi", 0, REG_MULTI_SZ, RegistryData.MultiString("a", "bc")));
            Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(key, "Custom", 0, 0x1234, new byte[] { 1, 2, 3 }));
            Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(key, "Big", 0, REG_DWORD_BIG_ENDIAN, RegistryData.DwordBigEndian(1)));
            CmTest.Close(key);
        }));
        var values = machine.Registry.GetValues(CmTest.Services + @"\Types");
        Assert.Equal(["a", "bc"], values[0].MultiString);
        Assert.Equal(0x1234u, values[1].Type);
        Assert.Equal(new byte[] { 0, 0, 0, 1 }, values[2].Data);
        Assert.Equal("Custom = REG_0x1234 01 02 03", values[1].ToString());
    }

    [Fact]
    public void ZwSetValueKey_ChangesLastWriteTimeAndDirtiesTheHiveUntilZwFlushKey()
    {
        using var machine = MachineAssert.Boot();
        long created = 0, changed = 0;
        bool dirtyAfterSet = false, dirtyAfterFlush = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Timed");
            Assert.Equal(STATUS_SUCCESS, ZwFlushKey(key));
            created = LastWrite(key);
            KeDelayExecutionThread(KernelMode, false, -20_000_000);
            CmTest.SetDword(key, "V", 1);
            changed = LastWrite(key);
            dirtyAfterSet = machine.ConfigurationManager.Hives.Single(h => h.Name == "SYSTEM").IsDirty;
            Assert.Equal(STATUS_SUCCESS, ZwFlushKey(key));
            dirtyAfterFlush = machine.ConfigurationManager.Hives.Single(h => h.Name == "SYSTEM").IsDirty;
            CmTest.Close(key);
        }));
        Assert.Equal(created + 20_000_000, changed);
        Assert.True(dirtyAfterSet);
        Assert.False(dirtyAfterFlush);
    }

    [Fact]
    public void ZwSetValueKey_OnVolatileKey_LeavesTheHiveClean()
    {
        using var machine = MachineAssert.Boot();
        bool dirty = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Scratch", options: REG_OPTION_VOLATILE);
            Assert.Equal(STATUS_SUCCESS, ZwFlushKey(key));
            CmTest.SetDword(key, "V", 1);
            dirty = machine.ConfigurationManager.Hives.Single(h => h.Name == "SYSTEM").IsDirty;
            CmTest.Close(key);
        }));
        Assert.False(dirty);
    }

    [Fact]
    public void ZwSetValueKey_MalformedValueName_BugChecksC4E4()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Bad");
            var name = new UNICODE_STRING("abc") { Length = 3 };
            ZwSetValueKey(key, name, 0, REG_DWORD, RegistryData.Dword(1));
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE4, 0, 0, 0);
    }

    private static long LastWrite(HANDLE key)
    {
        var buffer = new byte[64];
        Assert.Equal(STATUS_SUCCESS, ZwQueryKey(key, KeyBasicInformation, buffer, out _));
        return new KEY_BASIC_INFORMATION(buffer).LastWriteTime.QuadPart;
    }
}

public sealed class ZwDeleteValueKeyTests
{
    [Fact]
    public void ZwDeleteValueKey_ExistingThenMissing_SuccessThenObjectNameNotFound()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS first = 0, second = 0, query = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Del");
            CmTest.SetDword(key, "Gone", 1);
            first = ZwDeleteValueKey(key, "GONE");
            second = ZwDeleteValueKey(key, "Gone");
            query = ZwQueryValueKey(key, "Gone", KeyValuePartialInformation, new byte[32], out _);
            CmTest.Close(key);
        }));
        Assert.Equal(STATUS_SUCCESS, first);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, second);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, query);
    }
}

public sealed class ZwFlushKeyTests
{
    [Fact]
    public void ZwFlushKey_OpenKey_SucceedsAndCountsAFlushOfItsHive()
    {
        using var machine = MachineAssert.Boot();
        var before = machine.ConfigurationManager.Hives.Single(h => h.Name == "SOFTWARE").FlushCount;
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(@"\Registry\Machine\Software\Microsoft", out var key));
            status = ZwFlushKey(key);
            CmTest.Close(key);
        }));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(before + 1, machine.ConfigurationManager.Hives.Single(h => h.Name == "SOFTWARE").FlushCount);
    }
}
