using static NtSim.Wdm;

namespace NtSim.Tests.Se;

/// <summary>A legacy test driver with one device made by IoCreateDeviceSecure (\Device\NAME, link \??\NAME):
/// it records the file name of every create that reaches it, and answers IOCTL_SECURE_WRITE only to a
/// caller whose handle has write access (IoValidateDeviceIoControlAccess) and IOCTL_SECURE_PRIVILEGE only to
/// one holding SeLoadDriverPrivilege (SeSinglePrivilegeCheck).</summary>
internal sealed class SecureDevice
{
    public static readonly uint IOCTL_SECURE_WRITE = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS);
    public static readonly uint IOCTL_SECURE_PRIVILEGE = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS);

    public List<string> Creates { get; } = [];

    public DEVICE_OBJECT? Device { get; private set; }

    public NTSTATUS CreateStatus { get; private set; }

    /// <summary>Loads the driver on <paramref name="machine"/>; the device's SDDL, characteristics and class GUID as given.</summary>
    public static SecureDevice Load(Machine machine, string name, string sddl, uint characteristics = 0, Guid? classGuid = null)
    {
        var secure = new SecureDevice();
        MachineAssert.Completed(machine, machine.Run(() => Io.IoTestDriver.Load(name, (driver, _) =>
        {
            driver.MajorFunction[IRP_MJ_CREATE] = secure.Create;
            driver.MajorFunction[IRP_MJ_CLEANUP] = Complete;
            driver.MajorFunction[IRP_MJ_CLOSE] = Complete;
            driver.MajorFunction[IRP_MJ_DEVICE_CONTROL] = Control;
            secure.CreateStatus = IoCreateDeviceSecure(driver, 0, new UNICODE_STRING($@"\Device\{name}"), FILE_DEVICE_UNKNOWN, characteristics, false,
                new UNICODE_STRING(sddl), classGuid, out var device);
            if (!NT_SUCCESS(secure.CreateStatus))
            {
                return STATUS_SUCCESS;
            }

            device!.Flags &= ~DO_DEVICE_INITIALIZING;
            secure.Device = device;
            return IoCreateSymbolicLink(new UNICODE_STRING($@"\??\{name}"), new UNICODE_STRING($@"\Device\{name}"));
        })));
        return secure;
    }

    /// <summary>Runs <paramref name="body"/> in a process of <paramref name="account"/> and returns its exit code.</summary>
    public static int RunAs(Machine machine, ProcessAccount account, Func<int> body)
    {
        var app = machine.StartProcess("app", account, _ => body());
        MachineAssert.Completed(machine, app.WaitForExit());
        return app.ExitCode;
    }

    /// <summary>CreateFile's last error (0 when the open succeeded; the handle is closed again).</summary>
    public static int Open(string path, uint access)
    {
        var handle = NtSim.Win32.CreateFile(path, access, 0, null, NtSim.Win32.OPEN_EXISTING, 0, HANDLE.NULL);
        var error = (int)NtSim.Win32.GetLastError();
        if (handle != NtSim.Win32.INVALID_HANDLE_VALUE)
        {
            NtSim.Win32.CloseHandle(handle);
            return 0;
        }

        return error;
    }

    private NTSTATUS Create(DEVICE_OBJECT device, IRP irp)
    {
        lock (Creates)
        {
            Creates.Add(IoGetCurrentIrpStackLocation(irp).FileObject!.FileName.ToString());
        }

        return Complete(device, irp);
    }

    private static NTSTATUS Control(DEVICE_OBJECT device, IRP irp)
    {
        var code = IoGetCurrentIrpStackLocation(irp).Parameters.DeviceIoControl.IoControlCode;
        var status = code == IOCTL_SECURE_WRITE ? IoValidateDeviceIoControlAccess(irp, FILE_WRITE_ACCESS)
            : code == IOCTL_SECURE_PRIVILEGE ? (SeSinglePrivilegeCheck(RtlConvertLongToLuid(SE_LOAD_DRIVER_PRIVILEGE), irp.RequestorMode)
                ? STATUS_SUCCESS : STATUS_PRIVILEGE_NOT_HELD)
            : STATUS_INVALID_DEVICE_REQUEST;
        irp.IoStatus.Status = status;
        irp.IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return status;
    }

    private static NTSTATUS Complete(DEVICE_OBJECT device, IRP irp)
    {
        irp.IoStatus.Status = STATUS_SUCCESS;
        irp.IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }
}
