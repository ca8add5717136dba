using System.Text;
using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class RtlWriteRegistryValueTests
{
    [Fact]
    public void RtlWriteRegistryValue_MissingLastKey_IsCreatedAndTheValueWritten()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0, missingParent = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = RtlWriteRegistryValue(RTL_REGISTRY_SERVICES, "Writer", "Start", REG_DWORD, RegistryData.Dword(3));
            missingParent = RtlWriteRegistryValue(RTL_REGISTRY_SERVICES, @"Nobody\Parameters", "X", REG_DWORD, RegistryData.Dword(1));
        }));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(3u, machine.Registry.GetValue(MachineRegistry.ServicesPath + @"\Writer", "Start")!.Dword);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, missingParent);
    }

    [Fact]
    public void RtlWriteRegistryValue_FromPoolMemoryAbsolutePath_WritesValueLengthBytes()
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.CreateKey(@"HKLM\SOFTWARE\Vendor");
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var text = Encoding.Unicode.GetBytes("v1.0\0");
            var p = ExAllocatePool2(POOL_FLAG_PAGED, (ulong)text.Length, TAG("Test"));
            text.CopyTo(p.AsSpan(text.Length));
            Assert.Equal(STATUS_SUCCESS, RtlWriteRegistryValue(RTL_REGISTRY_ABSOLUTE, @"\Registry\Machine\Software\Vendor", "Version", REG_SZ, p, (uint)text.Length));
            ExFreePoolWithTag(p, TAG("Test"));
        }));
        Assert.Equal("v1.0", machine.Registry.GetValue(@"HKLM\SOFTWARE\Vendor", "Version")!.String);
    }

    [Fact]
    public void RtlWriteRegistryValue_RegistryHandle_WritesToTheOpenKey()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\ByHandle");
            Assert.Equal(STATUS_SUCCESS, RtlWriteRegistryValue(RTL_REGISTRY_HANDLE, key, "Level", REG_DWORD, RegistryData.Dword(9)));
            CmTest.Close(key);
        }));
        Assert.Equal(9u, machine.Registry.GetValue(CmTest.Services + @"\ByHandle", "Level")!.Dword);
    }

    [Fact]
    public void RtlWriteRegistryValue_UnknownRelativeTo_InvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() => status = RtlWriteRegistryValue(7, "X", "V", REG_DWORD, RegistryData.Dword(1))));
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
    }
}

public sealed class RtlCheckRegistryKeyTests
{
    [Fact]
    public void RtlCheckRegistryKey_ExistingAndMissing_SuccessAndObjectNameNotFound()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS services = 0, deviceMap = 0, user = 0, missing = 0, optional = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            services = RtlCheckRegistryKey(RTL_REGISTRY_SERVICES, null);
            deviceMap = RtlCheckRegistryKey(RTL_REGISTRY_DEVICEMAP, null);
            user = RtlCheckRegistryKey(RTL_REGISTRY_USER, null);
            missing = RtlCheckRegistryKey(RTL_REGISTRY_SERVICES, "Missing");
            optional = RtlCheckRegistryKey(RTL_REGISTRY_SERVICES | RTL_REGISTRY_OPTIONAL, "Missing");
        }));
        Assert.Equal(STATUS_SUCCESS, services);
        Assert.Equal(STATUS_SUCCESS, deviceMap);
        Assert.Equal(STATUS_SUCCESS, user);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, missing);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, optional);
    }
}

public sealed class RtlCreateRegistryKeyTests
{
    [Fact]
    public void RtlCreateRegistryKey_NewExistingAndMissingParent()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS created = 0, existing = 0, missingParent = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            created = RtlCreateRegistryKey(RTL_REGISTRY_SERVICES, "Made");
            existing = RtlCreateRegistryKey(RTL_REGISTRY_SERVICES, "Made");
            missingParent = RtlCreateRegistryKey(RTL_REGISTRY_SERVICES, @"Nope\Deeper");
        }));
        Assert.Equal(STATUS_SUCCESS, created);
        Assert.Equal(STATUS_SUCCESS, existing);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, missingParent);
        Assert.True(machine.Registry.KeyExists(MachineRegistry.ServicesPath + @"\Made"));
        Assert.Equal(0, machine.Registry.GetKeyInfo(MachineRegistry.ServicesPath + @"\Made").OpenKeyObjects);
    }
}

public sealed class RtlDeleteRegistryValueTests
{
    [Fact]
    public void RtlDeleteRegistryValue_ExistingThenMissing()
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.SetValue(MachineRegistry.ServicesPath + @"\Del", "V", 1u);
        NTSTATUS first = 0, second = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            first = RtlDeleteRegistryValue(RTL_REGISTRY_SERVICES, "Del", "V");
            second = RtlDeleteRegistryValue(RTL_REGISTRY_SERVICES, "Del", "V");
        }));
        Assert.Equal(STATUS_SUCCESS, first);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, second);
    }
}
