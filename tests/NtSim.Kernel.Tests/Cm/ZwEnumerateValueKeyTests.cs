using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class ZwEnumerateValueKeyTests
{
    private static List<string> ValueNames(HANDLE key)
    {
        var names = new List<string>();
        for (uint i = 0; ; i++)
        {
            var buffer = new byte[128];
            var status = ZwEnumerateValueKey(key, i, KeyValueBasicInformation, buffer, out var length);
            if (status == STATUS_NO_MORE_ENTRIES)
            {
                return names;
            }

            Assert.Equal(STATUS_SUCCESS, status);
            names.Add(new KEY_VALUE_BASIC_INFORMATION(buffer.AsSpan(0, (int)length)).Name);
        }
    }

    [Fact]
    public void ZwEnumerateValueKey_Values_ComeInTheOrderTheyWereFirstSet()
    {
        using var machine = MachineAssert.Boot();
        List<string>? first = null, afterReplace = null, afterDelete = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Ordered");
            foreach (var name in (string[])["zeta", "Alpha", "mid"])
            {
                CmTest.SetDword(key, name, 1);
            }

            first = ValueNames(key);
            // Replacing a value keeps its place (and the case it was first set with).
            CmTest.SetString(key, "ZETA", "now a string");
            afterReplace = ValueNames(key);
            // Deleting one moves the later ones down.
            Assert.Equal(STATUS_SUCCESS, ZwDeleteValueKey(key, "Alpha"));
            afterDelete = ValueNames(key);
            Assert.Equal(REG_SZ, CmTest.Query(key, "zeta").Type);
            CmTest.Close(key);
        }));
        Assert.Equal(["zeta", "Alpha", "mid"], first);
        Assert.Equal(["zeta", "Alpha", "mid"], afterReplace);
        Assert.Equal(["zeta", "mid"], afterDelete);
        Assert.Equal(["zeta", "mid"], machine.Registry.GetValues(CmTest.Services + @"\Ordered").Select(v => v.Name));
    }

    [Fact]
    public void ZwEnumerateValueKey_PartialAndFullInformation_CarryTheData()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Data");
            Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(key, "Q", 0, REG_QWORD, RegistryData.Qword(0x0102030405060708)));
            var buffer = new byte[64];
            Assert.Equal(STATUS_SUCCESS, ZwEnumerateValueKey(key, 0, KeyValuePartialInformation, buffer, out var length));
            Assert.Equal(20u, length);
            Assert.Equal(0x0102030405060708ul, RegistryData.ReadQword(new KEY_VALUE_PARTIAL_INFORMATION(buffer).Data));
            Assert.Equal(STATUS_SUCCESS, ZwEnumerateValueKey(key, 0, KeyValueFullInformation, buffer, out length));
            var full = new KEY_VALUE_FULL_INFORMATION(buffer.AsSpan(0, (int)length));
            Assert.Equal("Q", full.Name);
            Assert.Equal(24u, full.DataOffset);
            Assert.Equal(REG_QWORD, full.Type);
            Assert.Equal(0x0102030405060708ul, RegistryData.ReadQword(full.Data));
            CmTest.Close(key);
        }));
    }

    [Fact]
    public void ZwEnumerateValueKey_PastTheLast_NoMoreEntriesAndTooSmallBeforeThat()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS past = 0, small = 0;
        uint needed = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\One");
            CmTest.SetDword(key, "V", 5);
            past = ZwEnumerateValueKey(key, 1, KeyValuePartialInformation, new byte[64], out _);
            small = ZwEnumerateValueKey(key, 0, KeyValuePartialInformation, PVOID.NULL, 0, out needed);
            CmTest.Close(key);
        }));
        Assert.Equal(STATUS_NO_MORE_ENTRIES, past);
        Assert.Equal(STATUS_BUFFER_TOO_SMALL, small);
        Assert.Equal(16u, needed);
    }
}
