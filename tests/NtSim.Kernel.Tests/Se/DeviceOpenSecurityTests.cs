using static NtSim.Tests.Se.SecureDevice;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Se;

/// <summary>Who may open a device: the open checked at create time against the device's descriptor and
/// the opener's token (ERROR_ACCESS_DENIED from CreateFile), FILE_DEVICE_SECURE_OPEN, the defaults.</summary>
public sealed class DeviceOpenSecurityTests
{
    private const uint ReadWrite = GENERIC_READ | GENERIC_WRITE;

    [Fact]
    public void CreateFile_SysAllAdmAll_StandardUserRefused_AdministratorAndSystemLetIn()
    {
        using var machine = MachineAssert.Boot();
        var secure = Load(machine, "AdminOnly", SDDL_DEVOBJ_SYS_ALL_ADM_ALL.ToString());

        Assert.Equal((int)Win32Error.ERROR_ACCESS_DENIED, RunAs(machine, ProcessAccount.StandardUser, () => Open(@"\\.\AdminOnly", ReadWrite)));
        Assert.Empty(secure.Creates);   // refused before the driver saw an IRP_MJ_CREATE
        Assert.Equal(0, RunAs(machine, ProcessAccount.ElevatedAdministrator, () => Open(@"\\.\AdminOnly", ReadWrite)));
        Assert.Equal(0, RunAs(machine, ProcessAccount.LocalSystem, () => Open(@"\\.\AdminOnly", ReadWrite)));
        Assert.Equal(2, secure.Creates.Count);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void CreateFile_AdmRx_AdministratorMayReadButNotWrite()
    {
        using var machine = MachineAssert.Boot();
        Load(machine, "AdminRead", SDDL_DEVOBJ_SYS_ALL_ADM_RX.ToString());

        Assert.Equal(0, RunAs(machine, ProcessAccount.ElevatedAdministrator, () => Open(@"\\.\AdminRead", GENERIC_READ)));
        Assert.Equal((int)Win32Error.ERROR_ACCESS_DENIED, RunAs(machine, ProcessAccount.ElevatedAdministrator, () => Open(@"\\.\AdminRead", ReadWrite)));
    }

    [Fact]
    public void CreateFile_KernelOnly_RefusesEveryoneFromUserMode_KernelOpenSucceedsUnlessForcedToCheck()
    {
        using var machine = MachineAssert.Boot();
        var secure = Load(machine, "KernelOnly", SDDL_DEVOBJ_KERNEL_ONLY.ToString());

        Assert.Equal((int)Win32Error.ERROR_ACCESS_DENIED, RunAs(machine, ProcessAccount.LocalSystem, () => Open(@"\\.\KernelOnly", GENERIC_READ)));
        Assert.Equal((int)Win32Error.ERROR_ACCESS_DENIED, RunAs(machine, ProcessAccount.ElevatedAdministrator, () => Open(@"\\.\KernelOnly", GENERIC_READ)));
        NTSTATUS plain = STATUS_UNSUCCESSFUL, forced = STATUS_UNSUCCESSFUL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            plain = KernelOpen(@"\Device\KernelOnly", OBJ_KERNEL_HANDLE);
            forced = KernelOpen(@"\Device\KernelOnly", OBJ_KERNEL_HANDLE | OBJ_FORCE_ACCESS_CHECK);
        }));

        Assert.Equal(STATUS_SUCCESS, plain);
        Assert.Equal(STATUS_ACCESS_DENIED, forced);
        Assert.Equal([""], secure.Creates);
    }

    [Fact]
    public void CreateFile_NameBelowTheDevice_CheckedOnlyWithFileDeviceSecureOpen()
    {
        using var machine = MachineAssert.Boot();
        var open = Load(machine, "Open", SDDL_DEVOBJ_SYS_ALL_ADM_ALL.ToString());
        var closed = Load(machine, "Closed", SDDL_DEVOBJ_SYS_ALL_ADM_ALL.ToString(), FILE_DEVICE_SECURE_OPEN);

        // Without FILE_DEVICE_SECURE_OPEN the driver's namespace is its own business: the subname gets through.
        Assert.Equal(0, RunAs(machine, ProcessAccount.StandardUser, () => Open(@"\\.\Open\sub", ReadWrite)));
        Assert.Equal((int)Win32Error.ERROR_ACCESS_DENIED, RunAs(machine, ProcessAccount.StandardUser, () => Open(@"\\.\Open", ReadWrite)));
        Assert.Equal((int)Win32Error.ERROR_ACCESS_DENIED, RunAs(machine, ProcessAccount.StandardUser, () => Open(@"\\.\Closed\sub", ReadWrite)));
        Assert.Equal(0, RunAs(machine, ProcessAccount.ElevatedAdministrator, () => Open(@"\\.\Closed\sub", ReadWrite)));

        Assert.Equal([@"\sub"], open.Creates);
        Assert.Equal([@"\sub"], closed.Creates);
    }

    [Fact]
    public void CreateFile_IoCreateDeviceDefault_EveryoneReadsAndWrites_UnnamedDeviceHasNoDacl()
    {
        using var machine = MachineAssert.Boot();
        DEVICE_OBJECT? unnamed = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var named = Io.IoTestDriver.LoadWithDevice("Plain", driver =>
            {
                driver.MajorFunction[IRP_MJ_CREATE] = driver.MajorFunction[IRP_MJ_CLOSE] = driver.MajorFunction[IRP_MJ_CLEANUP] = (_, irp) =>
                {
                    IoCompleteRequest(irp, IO_NO_INCREMENT);
                    return STATUS_SUCCESS;
                };
                Assert.Equal(STATUS_SUCCESS, IoCreateDevice(driver, 0, null, FILE_DEVICE_UNKNOWN, 0, false, out unnamed));
            });
            Assert.Equal(STATUS_SUCCESS, IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Plain"), new UNICODE_STRING(@"\Device\Plain")));
            Assert.Equal(STATUS_SUCCESS, ObGetObjectSecurity(named, out var descriptor, out var allocated));
            Assert.Equal(DeviceSecurity.DefaultNamedSddl, Sddl.Format(new SECURITY_DESCRIPTOR { Control = descriptor!.Control, Dacl = descriptor.Dacl }));
            Assert.False(allocated);
            ObReleaseObjectSecurity(descriptor, allocated);
            Assert.Equal(STATUS_SUCCESS, ObGetObjectSecurity(unnamed!, out var none, out _));
            Assert.Null(none);   // "any unnamed object ... has no security descriptor"
        }));

        Assert.Equal(0, RunAs(machine, ProcessAccount.StandardUser, () => Open(@"\\.\Plain", ReadWrite)));
        Assert.False(unnamed!.SecurityDescriptor.HasDacl);
    }

    [Fact]
    public void IoCreateDeviceSecure_BadSddlOrNoName_StatusInvalidParameter_NoDevice()
    {
        using var machine = MachineAssert.Boot();
        var bad = Load(machine, "Bad", "D:P(A;;GA;;;SY)(A;;FA;;;BA)");
        NTSTATUS unnamed = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() => Io.IoTestDriver.Load("NoName", (driver, _) =>
        {
            unnamed = IoCreateDeviceSecure(driver, 0, null, FILE_DEVICE_UNKNOWN, 0, false, SDDL_DEVOBJ_SYS_ALL, null, out var device);
            Assert.Null(device);
            return STATUS_SUCCESS;
        })));

        Assert.Equal(STATUS_INVALID_PARAMETER, bad.CreateStatus);
        Assert.Null(bad.Device);
        Assert.DoesNotContain("Bad", machine.ListObjectDirectory(@"\Device"));
        Assert.Equal(STATUS_INVALID_PARAMETER, unnamed);
    }

    [Fact]
    public void IoCreateDeviceSecure_ClassKeyOverrides_SecurityAndDeviceTypeFromTheRegistry()
    {
        using var machine = MachineAssert.Boot();
        var guid = new Guid("5d0c4c2e-4a55-4c4e-9a3c-2f1e0b7d6a11");
        var properties = DeviceRegistry.ClassKey(guid) + @"\Properties";
        machine.Registry.SetValue(properties, "Security", "D:P(A;;GA;;;SY)");
        machine.Registry.SetValue(properties, "DeviceType", FILE_DEVICE_NETWORK);

        // The driver's own SDDL would let administrators in; the class key says SYSTEM only.
        var secure = Load(machine, "Classy", SDDL_DEVOBJ_SYS_ALL_ADM_ALL.ToString(), classGuid: guid);

        Assert.Equal(STATUS_SUCCESS, secure.CreateStatus);
        Assert.Equal(FILE_DEVICE_NETWORK, secure.Device!.DeviceType);
        Assert.Equal((int)Win32Error.ERROR_ACCESS_DENIED, RunAs(machine, ProcessAccount.ElevatedAdministrator, () => Open(@"\\.\Classy", GENERIC_READ)));
        Assert.Equal(0, RunAs(machine, ProcessAccount.LocalSystem, () => Open(@"\\.\Classy", GENERIC_READ)));
    }

    private static NTSTATUS KernelOpen(string name, uint attributes)
    {
        InitializeObjectAttributes(out var attrs, new UNICODE_STRING(name), attributes, HANDLE.NULL, null);
        var status = ZwOpenFile(out var handle, GENERIC_READ, attrs, new IO_STATUS_BLOCK(), 0, 0);
        if (NT_SUCCESS(status))
        {
            ZwClose(handle);
        }

        return status;
    }
}
