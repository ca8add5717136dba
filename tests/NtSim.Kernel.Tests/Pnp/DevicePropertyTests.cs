using System.Text;
using static NtSim.Wdm;

namespace NtSim.Tests.Pnp;

public sealed class DevicePropertyTests
{
    private static (Machine Machine, DEVICE_OBJECT Pdo) BootWithBus()
    {
        var machine = Machine.Boot(new MachineOptions { Seed = 1 });
        machine.Services.Install<PnpTestBus>("TestBus");
        var bus = machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");
        machine.Registry.SetValue(@"\Registry\Machine\SYSTEM\CurrentControlSet\Enum\" + bus, "DeviceDesc", "Test bus");
        return (machine, machine.Pnp.Find(bus)!.PhysicalDeviceObject!);
    }

    [Fact]
    public void IoGetDeviceProperty_HardwareId_MultiSzAndLength()
    {
        var (machine, pdo) = BootWithBus();
        using var owner = machine;
        NTSTATUS tooSmall = 0, status = 0;
        uint needed = 0, length = 0;
        var buffer = new byte[64];

        machine.Run(() =>
        {
            tooSmall = IoGetDeviceProperty(pdo, DevicePropertyHardwareID, new byte[4], out needed);
            status = IoGetDeviceProperty(pdo, DevicePropertyHardwareID, buffer, out length);
        });

        Assert.Equal(STATUS_BUFFER_TOO_SMALL, tooSmall);
        var expected = (uint)((@"root\testbus".Length + 2) * 2);
        Assert.Equal(expected, needed);
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(expected, length);
        Assert.Equal("root\\testbus\0\0", Encoding.Unicode.GetString(buffer, 0, (int)length));
    }

    [Fact]
    public void IoGetDeviceProperty_PdoNameAndEnumerator_AsStrings()
    {
        var (machine, pdo) = BootWithBus();
        using var owner = machine;
        string? name = null, enumerator = null, description = null;

        machine.Run(() =>
        {
            name = Read(pdo, DevicePropertyPhysicalDeviceObjectName);
            enumerator = Read(pdo, DevicePropertyEnumeratorName);
            description = Read(pdo, DevicePropertyDeviceDescription);
        });

        Assert.Equal(pdo.ObjectName, name);
        Assert.Equal("ROOT", enumerator);
        Assert.Equal("Test bus", description);
    }

    [Fact]
    public void IoGetDeviceProperty_OnFdo_BugChecksInvalidPdo()
    {
        var (machine, pdo) = BootWithBus();
        using var owner = machine;
        var fdo = pdo.AttachedDevice!;

        machine.Run(() => IoGetDeviceProperty(fdo, DevicePropertyHardwareID, new byte[16], out _));

        Assert.Equal(PNP_DETECTED_FATAL_ERROR, machine.BugCheck!.Code);
        Assert.Equal(0x2UL, machine.BugCheck.Parameter1);
        Assert.Equal(fdo.ObjectAddress, machine.BugCheck.Parameter2);
        Assert.Equal(fdo.DriverObject.Address, machine.BugCheck.Parameter3);
        Assert.Equal(0UL, machine.BugCheck.Parameter4);
    }

    [Fact]
    public void IoOpenDeviceRegistryKey_DeviceKey_IsDeviceParametersUnderTheHardwareKey()
    {
        var (machine, pdo) = BootWithBus();
        using var owner = machine;
        NTSTATUS open = 0, driverKey = 0;

        machine.Run(() =>
        {
            open = IoOpenDeviceRegistryKey(pdo, PLUGPLAY_REGKEY_DEVICE, KEY_ALL_ACCESS, out var key);
            ZwSetValueKey(key, new UNICODE_STRING("Speed"), 0, REG_DWORD, BitConverter.GetBytes(9u));
            ZwClose(key);
            driverKey = IoOpenDeviceRegistryKey(pdo, PLUGPLAY_REGKEY_DRIVER, KEY_READ, out _);
        });

        Assert.Equal(STATUS_SUCCESS, open);
        Assert.Equal(9u, machine.Registry.GetValue(@"\Registry\Machine\SYSTEM\CurrentControlSet\Enum\ROOT\SYSTEM\0000\Device Parameters", "Speed")!.Dword);
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, driverKey);   // a device installed without an INF has no driver key
    }

    private static string Read(DEVICE_OBJECT pdo, DEVICE_REGISTRY_PROPERTY property)
    {
        var buffer = new byte[256];
        var status = IoGetDeviceProperty(pdo, property, buffer, out var length);
        Assert.Equal(STATUS_SUCCESS, status);
        return Encoding.Unicode.GetString(buffer, 0, (int)length).TrimEnd('\0');
    }
}
