using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class ZwEnumerateKeyTests
{
    private const string Parent = CmTest.Services + @"\Enum";

    [Fact]
    public void ZwEnumerateKey_Subkeys_ComeSortedByNameIgnoringCaseNotInCreationOrder()
    {
        using var machine = MachineAssert.Boot();
        var names = new List<string>();
        NTSTATUS end = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var parent = CmTest.Create(Parent);
            foreach (var name in (string[])["delta", "Bravo", "alpha", "Charlie", "_under", "Zulu"])
            {
                CmTest.Close(CmTest.Create(name, parent));
            }

            for (uint i = 0; ; i++)
            {
                var status = ZwEnumerateKey(parent, i, KeyBasicInformation, new byte[128], out _);
                if (status != STATUS_SUCCESS)
                {
                    end = status;
                    break;
                }

                names.Add(CmTest.SubKeyName(parent, i));
            }

            CmTest.Close(parent);
        }));
        // The hive compares upcased names: '_' (0x5F) sorts after the letters.
        Assert.Equal(["alpha", "Bravo", "Charlie", "delta", "Zulu", "_under"], names);
        Assert.Equal(STATUS_NO_MORE_ENTRIES, end);
        Assert.Equal(names, machine.Registry.GetSubKeyNames(Parent));
    }

    [Fact]
    public void ZwEnumerateKey_VolatileSubkeys_ComeAfterTheStableOnes()
    {
        using var machine = MachineAssert.Boot();
        var names = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(@"\Registry\Machine\SYSTEM", out var system));
            for (uint i = 0; i < 3; i++)
            {
                names.Add(CmTest.SubKeyName(system, i));
            }

            CmTest.Close(system);
        }));
        // CurrentControlSet is a volatile link: the hive keeps it in the volatile list.
        Assert.Equal(["ControlSet001", "Select", "CurrentControlSet"], names);
    }

    [Fact]
    public void ZwEnumerateKey_PastTheLastOrOnAnEmptyKey_NoMoreEntries()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS empty = 0, past = 0;
        uint result = 99;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var parent = CmTest.Create(Parent);
            empty = ZwEnumerateKey(parent, 0, KeyBasicInformation, new byte[128], out result);
            CmTest.Close(CmTest.Create("Only", parent));
            past = ZwEnumerateKey(parent, 1, KeyBasicInformation, new byte[128], out _);
            CmTest.Close(parent);
        }));
        Assert.Equal(STATUS_NO_MORE_ENTRIES, empty);
        Assert.Equal(STATUS_NO_MORE_ENTRIES, past);
        Assert.Equal(0u, result);
    }

    [Fact]
    public void ZwEnumerateKey_BasicInformationBoundaries_TooSmallOverflowSuccessWithExactResultLength()
    {
        using var machine = MachineAssert.Boot();
        var statuses = new List<(NTSTATUS Status, uint Result)>();
        string? truncated = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var parent = CmTest.Create(Parent);
            CmTest.Close(CmTest.Create("Child", parent));
            foreach (var length in (int[])[0, 15, 16, 19, 26])
            {
                var buffer = new byte[length];
                statuses.Add((ZwEnumerateKey(parent, 0, KeyBasicInformation, buffer, out var result), result));
                if (length == 19)
                {
                    truncated = new KEY_BASIC_INFORMATION(buffer).Name;
                }
            }

            CmTest.Close(parent);
        }));
        // KEY_BASIC_INFORMATION: Name at 16, "Child" is 10 bytes: 26 in all.
        Assert.Equal(
            [(STATUS_BUFFER_TOO_SMALL, 26u), (STATUS_BUFFER_TOO_SMALL, 26u), (STATUS_BUFFER_OVERFLOW, 26u), (STATUS_BUFFER_OVERFLOW, 26u), (STATUS_SUCCESS, 26u)],
            statuses);
        Assert.Equal("C", truncated);
    }

    [Fact]
    public void ZwEnumerateKey_NodeInformation_ClassOffsetMinusOneWithoutClassAlignedWithOne()
    {
        using var machine = MachineAssert.Boot();
        uint plainOffset = 0, classOffset = 0, classResult = 0;
        string? className = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var parent = CmTest.Create(Parent);
            CmTest.Close(CmTest.Create("A", parent));
            Assert.Equal(STATUS_SUCCESS, ZwCreateKey(out var b, KEY_ALL_ACCESS, CmTest.Attributes("Bee", parent), 0, new UNICODE_STRING("Cls"), 0));
            CmTest.Close(b);
            var buffer = new byte[128];
            Assert.Equal(STATUS_SUCCESS, ZwEnumerateKey(parent, 0, KeyNodeInformation, buffer, out var result));
            Assert.Equal(26u, result);
            plainOffset = new KEY_NODE_INFORMATION(buffer).ClassOffset;
            Assert.Equal(STATUS_SUCCESS, ZwEnumerateKey(parent, 1, KeyNodeInformation, buffer, out classResult));
            var node = new KEY_NODE_INFORMATION(buffer);
            classOffset = node.ClassOffset;
            className = node.Class;
            CmTest.Close(parent);
        }));
        Assert.Equal(0xFFFFFFFFu, plainOffset);
        Assert.Equal(32u, classOffset); // 24 + "Bee" 6 = 30, rounded up to a ULONG
        Assert.Equal(38u, classResult);
        Assert.Equal("Cls", className);
    }

    [Fact]
    public void ZwEnumerateKey_FullInformation_DescribesTheSubkey()
    {
        using var machine = MachineAssert.Boot();
        uint subKeys = 0, values = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var parent = CmTest.Create(Parent);
            var child = CmTest.Create("Child", parent);
            CmTest.SetDword(child, "One", 1);
            CmTest.Close(CmTest.Create("Grandchild", child));
            CmTest.Close(child);
            var buffer = new byte[128];
            Assert.Equal(STATUS_SUCCESS, ZwEnumerateKey(parent, 0, KeyFullInformation, buffer, out var result));
            Assert.Equal((uint)KEY_FULL_INFORMATION.FixedSize, result);
            var full = new KEY_FULL_INFORMATION(buffer);
            subKeys = full.SubKeys;
            values = full.Values;
            CmTest.Close(parent);
        }));
        Assert.Equal(1u, subKeys);
        Assert.Equal(1u, values);
    }

    [Fact]
    public void ZwEnumerateKey_NameInformation_InvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(CmTest.Services, out var services));
            status = ZwEnumerateKey(services, 0, KeyNameInformation, new byte[256], out _);
            CmTest.Close(services);
        }));
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
    }
}
