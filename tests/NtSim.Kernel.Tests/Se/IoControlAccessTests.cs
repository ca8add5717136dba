using static NtSim.Tests.Se.SecureDevice;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Se;

/// <summary>A driver narrowing an IOCTL: IoValidateDeviceIoControlAccess against the opener's handle, and
/// SeSinglePrivilegeCheck against the opener's token.</summary>
public sealed class IoControlAccessTests
{
    private static int Control(uint access, uint code)
    {
        var handle = CreateFile(@"\\.\Narrow", access, 0, null, OPEN_EXISTING, 0, HANDLE.NULL);
        Assert.NotEqual(INVALID_HANDLE_VALUE, handle);
        var ok = DeviceIoControl(handle, code, null, 0, null, 0, out _, null);
        var error = ok ? 0 : (int)GetLastError();
        CloseHandle(handle);
        return error;
    }

    [Fact]
    public void IoValidateDeviceIoControlAccess_ReadOnlyHandle_AccessDenied_ReadWriteHandle_Success()
    {
        using var machine = MachineAssert.Boot();
        Load(machine, "Narrow", SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX.ToString());

        // FILE_ANY_ACCESS lets any handle send the IOCTL; the driver asks for write access itself.
        Assert.Equal((int)Win32Error.ERROR_ACCESS_DENIED, RunAs(machine, ProcessAccount.StandardUser, () => Control(GENERIC_READ, IOCTL_SECURE_WRITE)));
        Assert.Equal(0, RunAs(machine, ProcessAccount.StandardUser, () => Control(GENERIC_READ | GENERIC_WRITE, IOCTL_SECURE_WRITE)));
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void IoValidateDeviceIoControlAccess_KernelRequestor_Success_BadArguments_InvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS kernel = STATUS_UNSUCCESSFUL, badAccess = STATUS_SUCCESS, notControl = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = Io.IoTestDriver.LoadWithDevice("Probe", driver =>
            {
                driver.MajorFunction[IRP_MJ_DEVICE_CONTROL] = driver.MajorFunction[IRP_MJ_READ] = (_, irp) =>
                {
                    if (IoGetCurrentIrpStackLocation(irp).MajorFunction == IRP_MJ_READ)
                    {
                        irp.RequestorMode = UserMode;
                        notControl = IoValidateDeviceIoControlAccess(irp, FILE_READ_ACCESS);
                    }
                    else
                    {
                        kernel = IoValidateDeviceIoControlAccess(irp, FILE_READ_ACCESS | FILE_WRITE_ACCESS);
                        badAccess = IoValidateDeviceIoControlAccess(irp, DELETE);
                    }

                    IoCompleteRequest(irp, IO_NO_INCREMENT);
                    return STATUS_SUCCESS;
                };
            });
            foreach (var major in new[] { IRP_MJ_DEVICE_CONTROL, IRP_MJ_READ })
            {
                var irp = IoAllocateIrp(device.StackSize, false);
                IoGetNextIrpStackLocation(irp).MajorFunction = major;
                IoSetCompletionRoutine(irp, (_, i, _) =>
                {
                    IoFreeIrp(i);
                    return STATUS_MORE_PROCESSING_REQUIRED;
                }, null, true, true, true);
                IoCallDriver(device, irp);
            }
        }));

        Assert.Equal(STATUS_SUCCESS, kernel);
        Assert.Equal(STATUS_INVALID_PARAMETER, badAccess);
        Assert.Equal(STATUS_INVALID_PARAMETER, notControl);
    }

    [Theory]
    [InlineData(ProcessAccount.ElevatedAdministrator, 0)]
    [InlineData(ProcessAccount.LocalSystem, 0)]
    [InlineData(ProcessAccount.StandardUser, (int)Win32Error.ERROR_PRIVILEGE_NOT_HELD)]
    public void SeSinglePrivilegeCheck_LoadDriverPrivilege_HeldByAdministratorAndSystemOnly(ProcessAccount account, int error)
    {
        using var machine = MachineAssert.Boot();
        Load(machine, "Narrow", SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX.ToString());

        Assert.Equal(error, RunAs(machine, account, () => Control(GENERIC_READ, IOCTL_SECURE_PRIVILEGE)));
    }
}
