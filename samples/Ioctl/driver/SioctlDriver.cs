using static NtSim.Samples.Ioctl.SioctlPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Ioctl;

/// <summary>
/// sioctl: a legacy (non-PnP) NT driver that shows how the I/O manager hands a driver the buffers
/// of DeviceIoControl for each of the four transfer methods (METHOD_BUFFERED, METHOD_IN_DIRECT,
/// METHOD_OUT_DIRECT, METHOD_NEITHER), and how the driver reaches them: the system buffer, an MDL
/// mapped into system space, or the caller's own addresses, probed and locked.
/// </summary>
public sealed partial class SioctlDriver : IDriver
{
    /// <summary>DriverEntry: the dispatch table, \Device\SIOCTL and its link \DosDevices\IoctlTest.</summary>
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        var ntName = RTL_CONSTANT_STRING(NT_DEVICE_NAME);
        var status = IoCreateDevice(DriverObject, 0, ntName, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, false, out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            KdPrint("SIOCTL: couldn't create the device object\n");
            return status;
        }

        DriverObject.MajorFunction[IRP_MJ_CREATE] = SioctlCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = SioctlCreateClose;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = SioctlDeviceControl;
        DriverObject.DriverUnload = SioctlUnloadDriver;

        var win32Name = RTL_CONSTANT_STRING(DOS_DEVICE_NAME);
        status = IoCreateSymbolicLink(win32Name, ntName);
        if (!NT_SUCCESS(status))
        {
            // DriverUnload is not called for a driver whose DriverEntry fails: undo the device here.
            KdPrint("SIOCTL: couldn't create the symbolic link\n");
            IoDeleteDevice(deviceObject!);
            return status;
        }

        // The transfer method is in each control code, so no DO_BUFFERED_IO / DO_DIRECT_IO here.
        deviceObject!.Flags &= ~DO_DEVICE_INITIALIZING;
        return STATUS_SUCCESS;
    }

    /// <summary>IRP_MJ_CREATE and IRP_MJ_CLOSE: nothing to do per handle.</summary>
    private static NTSTATUS SioctlCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        Irp.IoStatus.Status = STATUS_SUCCESS;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    /// <summary>IRP_MJ_DEVICE_CONTROL: one routine per transfer method; every request completes here.</summary>
    private static NTSTATUS SioctlDeviceControl(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var irpSp = IoGetCurrentIrpStackLocation(Irp);
        var inBufLength = irpSp.Parameters.DeviceIoControl.InputBufferLength;
        var outBufLength = irpSp.Parameters.DeviceIoControl.OutputBufferLength;
        var code = irpSp.Parameters.DeviceIoControl.IoControlCode;
        NTSTATUS status;
        ulong information = 0;

        if (inBufLength == 0 || outBufLength == 0)
        {
            // Every control code of this driver takes an input and an output buffer.
            status = STATUS_INVALID_PARAMETER;
        }
        else if (code == IOCTL_SIOCTL_METHOD_BUFFERED)
        {
            status = SioctlMethodBuffered(Irp, irpSp, out information);
        }
        else if (code == IOCTL_SIOCTL_METHOD_IN_DIRECT)
        {
            status = SioctlMethodInDirect(Irp, irpSp, out information);
        }
        else if (code == IOCTL_SIOCTL_METHOD_OUT_DIRECT)
        {
            status = SioctlMethodOutDirect(Irp, irpSp, out information);
        }
        else if (code == IOCTL_SIOCTL_METHOD_NEITHER)
        {
            status = SioctlMethodNeither(Irp, irpSp, out information);
        }
        else
        {
            KdPrint("SIOCTL: unrecognized IOCTL 0x%08X\n", code);
            status = STATUS_INVALID_DEVICE_REQUEST;
        }

        Irp.IoStatus.Status = status;
        Irp.IoStatus.Information = information;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    /// <summary>DriverUnload: the link, then the device.</summary>
    private static void SioctlUnloadDriver(DRIVER_OBJECT DriverObject)
    {
        var win32Name = RTL_CONSTANT_STRING(DOS_DEVICE_NAME);
        IoDeleteSymbolicLink(win32Name);
        if (DriverObject.DeviceObject is { } deviceObject)
        {
            IoDeleteDevice(deviceObject);
        }
    }
}
