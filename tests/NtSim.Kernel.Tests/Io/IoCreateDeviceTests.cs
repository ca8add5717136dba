using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoCreateDeviceTests
{
    [Fact]
    public void IoCreateDevice_Named_IsInDeviceDirectoryWithInitializingFlag()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            IoTestDriver.Load("Named", (driver, _) =>
            {
                var status = IoCreateDevice(driver, 32, new UNICODE_STRING(@"\Device\Named0"), FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, false, out var device);
                Assert.Equal(STATUS_SUCCESS, status);
                Assert.Same(device, driver.DeviceObject);
                Assert.Equal(DO_DEVICE_INITIALIZING, device!.Flags & DO_DEVICE_INITIALIZING);
                Assert.Equal((sbyte)1, device.StackSize);
                Assert.True(device.DeviceExtension.AsReadOnlySpan(32).ToArray().All(b => b == 0));
                Assert.Equal(device.Address + 0x150, device.DeviceExtension.Address);
                var again = IoCreateDevice(driver, 0, new UNICODE_STRING(@"\device\NAMED0"), FILE_DEVICE_UNKNOWN, 0, false, out DEVICE_OBJECT? _);
                Assert.Equal(STATUS_OBJECT_NAME_COLLISION, again);
                return STATUS_SUCCESS;
            });
        }));
        Assert.Contains("Named0", machine.ListObjectDirectory(@"\Device"));
    }

    [Fact]
    public void IoDeleteDevice_RemovesNameAndFreesPool()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Gone", _ => { });
            Assert.Equal(STATUS_SUCCESS, IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Gone"), new UNICODE_STRING(@"\Device\Gone")));
            Assert.Equal(STATUS_SUCCESS, IoDeleteSymbolicLink(new UNICODE_STRING(@"\??\Gone")));
            IoDeleteDevice(device);
            Assert.Null(device.DriverObject.DeviceObject);
        }));
        Assert.DoesNotContain("Gone", machine.ListObjectDirectory(@"\Device"));
        Assert.Empty(machine.Tracking.Outstanding("NtSim.Kernel.Tests", ResourceKind.PoolAllocation));
    }

    [Fact]
    public void IoDeleteDevice_Twice_BugChecksC9_240()
    {
        using var machine = MachineAssert.Boot();
        ulong deviceAddress = 0;
        var status = machine.Run(() =>
        {
            DEVICE_OBJECT? device = null;
            IoTestDriver.Load("Twice", (driver, _) => IoCreateDevice(driver, 0, null, FILE_DEVICE_UNKNOWN, 0, false, out device));
            deviceAddress = device!.Address;
            IoReferenceAndDelete(device!);
            IoDeleteDevice(device!);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x240, deviceAddress, 0, 0);
    }

    private static void IoReferenceAndDelete(DEVICE_OBJECT device)
    {
        ObReferenceObject(device);
        IoDeleteDevice(device);
    }

    [Fact]
    public void IoCreateDevice_Typed_ExtensionIsPerDevice()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            IoTestDriver.Load("Typed", (driver, _) =>
            {
                IoCreateDevice<Counter>(driver, null, FILE_DEVICE_UNKNOWN, 0, false, out var a);
                IoCreateDevice<Counter>(driver, null, FILE_DEVICE_UNKNOWN, 0, false, out var b);
                a!.Extension<Counter>().Value = 5;
                Assert.Equal(0, b!.Extension<Counter>().Value);
                Assert.Throws<InvalidOperationException>(() => a.Extension<string>());
                return STATUS_SUCCESS;
            });
        }));
    }

    private sealed class Counter
    {
        public int Value { get; set; }
    }
}
