using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>
/// A WDM driver the framework's I/O targets send to: \Device\NtSimTarget, buffered I/O.
/// IOCTL_TARGET_REVERSE returns its input reversed; IOCTL_TARGET_PEND keeps the IRP (cancelable)
/// until it is cancelled; a read fills the buffer with 0xA5.
/// </summary>
public sealed class TargetWdmDriver : IDriver
{
    public const string DeviceName = @"\Device\NtSimTarget";
    public static readonly uint IOCTL_TARGET_REVERSE = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS);
    public static readonly uint IOCTL_TARGET_PEND = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS);

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        DriverObject.DriverUnload = TargetUnload;
        DriverObject.MajorFunction[IRP_MJ_CREATE] = TargetCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = TargetCreateClose;
        DriverObject.MajorFunction[IRP_MJ_READ] = TargetRead;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = TargetDeviceControl;
        var status = IoCreateDevice(DriverObject, 0, new UNICODE_STRING(DeviceName), FILE_DEVICE_UNKNOWN, 0, false, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        device!.Flags |= DO_BUFFERED_IO;
        device.Flags &= ~DO_DEVICE_INITIALIZING;
        return STATUS_SUCCESS;
    }

    private static void TargetUnload(DRIVER_OBJECT DriverObject) => IoDeleteDevice(DriverObject.DeviceObject!);

    private static NTSTATUS Complete(IRP Irp, NTSTATUS status, ulong information)
    {
        Irp.IoStatus.Status = status;
        Irp.IoStatus.Information = information;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    private static NTSTATUS TargetCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp) => Complete(Irp, STATUS_SUCCESS, 0);

    private static NTSTATUS TargetRead(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var length = IoGetCurrentIrpStackLocation(Irp).Parameters.Read.Length;
        Irp.AssociatedIrp.SystemBuffer.AsSpan((int)length).Fill(0xA5);
        return Complete(Irp, STATUS_SUCCESS, length);
    }

    private static NTSTATUS TargetDeviceControl(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var stack = IoGetCurrentIrpStackLocation(Irp);
        var code = stack.Parameters.DeviceIoControl.IoControlCode;
        if (code == IOCTL_TARGET_PEND)
        {
            IoMarkIrpPending(Irp);
            IoSetCancelRoutine(Irp, TargetCancel);
            return STATUS_PENDING;
        }

        if (code != IOCTL_TARGET_REVERSE)
        {
            return Complete(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
        }

        var input = (int)stack.Parameters.DeviceIoControl.InputBufferLength;
        if (stack.Parameters.DeviceIoControl.OutputBufferLength < input)
        {
            return Complete(Irp, STATUS_BUFFER_TOO_SMALL, 0);
        }

        Irp.AssociatedIrp.SystemBuffer.AsSpan(input).Reverse();
        return Complete(Irp, STATUS_SUCCESS, (ulong)input);
    }

    private static void TargetCancel(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        IoReleaseCancelSpinLock(Irp.CancelIrql);
        Complete(Irp, STATUS_CANCELLED, 0);
    }
}
