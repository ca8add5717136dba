using System.Runtime.CompilerServices;
using NtSim;
using static MyDriver.MyDriverPublic;
using static NtSim.Wdm;

namespace MyDriver;

/// <summary>
/// MyDriver: a legacy (non-Plug and Play) NT driver with one device, \Device\MyDriver, opened from
/// user mode as \\.\MyDriver. A write keeps its data (buffered I/O), a read returns it, and three
/// control codes show the three ways an IOCTL's buffers travel (MyDriverPublic.cs).
/// </summary>
public sealed class Driver : IDriver
{
    /// <summary>Pool tag of the device's data block ('MyDr' in a pool dump).</summary>
    private static readonly uint MyDriverPoolTag = TAG("MyDr");

    /// <summary>DriverEntry: fill in the dispatch table, create the device, its data block and its
    /// symbolic link. On failure it undoes what it did: DriverUnload is not called for a failed DriverEntry.</summary>
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KdPrint("MyDriver: DriverEntry %wZ\n", RegistryPath);
        DriverObject.MajorFunction[IRP_MJ_CREATE] = MyDriverCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = MyDriverCreateClose;
        DriverObject.MajorFunction[IRP_MJ_READ] = MyDriverRead;
        DriverObject.MajorFunction[IRP_MJ_WRITE] = MyDriverWrite;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = MyDriverDeviceControl;
        DriverObject.DriverUnload = MyDriverUnload;

        var deviceName = RTL_CONSTANT_STRING(MYDRIVER_DEVICE_NAME);
        var status = IoCreateDevice<DEVICE_EXTENSION>(DriverObject, deviceName, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, false, out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            KdPrint("MyDriver: IoCreateDevice failed 0x%08X\n", status);
            return status;
        }

        var extension = deviceObject!.Extension<DEVICE_EXTENSION>();
        KeInitializeSpinLock(extension.Lock);
        extension.Data = ExAllocatePool2(POOL_FLAG_NON_PAGED, MYDRIVER_BUFFER_SIZE, MyDriverPoolTag);
        if (extension.Data.IsNull)
        {
            IoDeleteDevice(deviceObject);
            return STATUS_INSUFFICIENT_RESOURCES;
        }

        var linkName = RTL_CONSTANT_STRING(MYDRIVER_SYMBOLIC_LINK_NAME);
        status = IoCreateSymbolicLink(linkName, deviceName);
        if (!NT_SUCCESS(status))
        {
            KdPrint("MyDriver: IoCreateSymbolicLink failed 0x%08X\n", status);
            ExFreePoolWithTag(extension.Data, MyDriverPoolTag);
            IoDeleteDevice(deviceObject);
            return status;
        }

        // Buffered I/O: the I/O manager copies the caller's data through Irp->AssociatedIrp.SystemBuffer.
        deviceObject.Flags |= DO_BUFFERED_IO;
        return STATUS_SUCCESS;
    }

    /// <summary>IRP_MJ_CREATE and IRP_MJ_CLOSE: the device keeps nothing per handle.</summary>
    private static NTSTATUS MyDriverCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp) => MyDriverCompleteRequest(Irp, STATUS_SUCCESS, 0);

    /// <summary>IRP_MJ_WRITE: keep a copy of the data (at most MYDRIVER_BUFFER_SIZE bytes).</summary>
    private static NTSTATUS MyDriverWrite(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var length = IoGetCurrentIrpStackLocation(Irp).Parameters.Write.Length;
        if (length > MYDRIVER_BUFFER_SIZE)
        {
            return MyDriverCompleteRequest(Irp, STATUS_INVALID_BUFFER_SIZE, 0);
        }

        var extension = DeviceObject.Extension<DEVICE_EXTENSION>();
        KeAcquireSpinLock(extension.Lock, out var oldIrql);
        if (length > 0)
        {
            // Nonpaged pool and the system buffer may both be touched at DISPATCH_LEVEL, under the lock.
            RtlCopyMemory(extension.Data, Irp.AssociatedIrp.SystemBuffer, length);
        }

        extension.Length = length;
        extension.BytesWritten += length;
        KeReleaseSpinLock(extension.Lock, oldIrql);
        return MyDriverCompleteRequest(Irp, STATUS_SUCCESS, length);
    }

    /// <summary>IRP_MJ_READ: return what the last write kept, as much of it as the caller's buffer holds.</summary>
    private static NTSTATUS MyDriverRead(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var extension = DeviceObject.Extension<DEVICE_EXTENSION>();
        var length = (ulong)IoGetCurrentIrpStackLocation(Irp).Parameters.Read.Length;
        KeAcquireSpinLock(extension.Lock, out var oldIrql);
        var count = Math.Min(length, extension.Length);
        if (count > 0)
        {
            // The I/O manager copies Information bytes of the system buffer back to the caller.
            RtlCopyMemory(Irp.AssociatedIrp.SystemBuffer, extension.Data, count);
        }

        extension.BytesRead += (long)count;
        KeReleaseSpinLock(extension.Lock, oldIrql);
        return MyDriverCompleteRequest(Irp, STATUS_SUCCESS, count);
    }

    /// <summary>IRP_MJ_DEVICE_CONTROL: one control code of each buffer method.</summary>
    private static NTSTATUS MyDriverDeviceControl(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var stack = IoGetCurrentIrpStackLocation(Irp);
        var code = stack.Parameters.DeviceIoControl.IoControlCode;
        var extension = DeviceObject.Extension<DEVICE_EXTENSION>();
        if (code == IOCTL_MYDRIVER_GET_STATS)
        {
            // METHOD_BUFFERED: the output goes into the system buffer.
            var size = (uint)Unsafe.SizeOf<MYDRIVER_STATS>();
            if (stack.Parameters.DeviceIoControl.OutputBufferLength < size)
            {
                return MyDriverCompleteRequest(Irp, STATUS_BUFFER_TOO_SMALL, 0);
            }

            KeAcquireSpinLock(extension.Lock, out var oldIrql);
            var stats = new MYDRIVER_STATS { BytesRead = extension.BytesRead, BytesWritten = extension.BytesWritten, Length = (long)extension.Length };
            KeReleaseSpinLock(extension.Lock, oldIrql);
            Irp.AssociatedIrp.SystemBuffer.Write(stats);
            return MyDriverCompleteRequest(Irp, STATUS_SUCCESS, size);
        }

        if (code == IOCTL_MYDRIVER_FILL)
        {
            // METHOD_OUT_DIRECT: the fill byte in the system buffer, the output described by Irp->MdlAddress.
            if (stack.Parameters.DeviceIoControl.InputBufferLength < 1 || Irp.MdlAddress is not { } mdl)
            {
                return MyDriverCompleteRequest(Irp, STATUS_INVALID_PARAMETER, 0);
            }

            var fill = Irp.AssociatedIrp.SystemBuffer.Read<byte>();
            var output = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
            if (output.IsNull)
            {
                return MyDriverCompleteRequest(Irp, STATUS_INSUFFICIENT_RESOURCES, 0);
            }

            var length = stack.Parameters.DeviceIoControl.OutputBufferLength;
            RtlFillMemory(output, length, fill);
            return MyDriverCompleteRequest(Irp, STATUS_SUCCESS, length);
        }

        if (code == IOCTL_MYDRIVER_CLEAR)
        {
            // METHOD_NEITHER with no data either way: no caller buffer is touched, so none needs probing.
            KeAcquireSpinLock(extension.Lock, out var oldIrql);
            extension.Length = 0;
            extension.BytesRead = 0;
            extension.BytesWritten = 0;
            KeReleaseSpinLock(extension.Lock, oldIrql);
            return MyDriverCompleteRequest(Irp, STATUS_SUCCESS, 0);
        }

        KdPrint("MyDriver: unknown control code 0x%08X\n", code);
        return MyDriverCompleteRequest(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }

    /// <summary>DriverUnload: undo DriverEntry, the link first so that no new open finds the device.</summary>
    private static void MyDriverUnload(DRIVER_OBJECT DriverObject)
    {
        KdPrint("MyDriver: unloading\n");
        var linkName = RTL_CONSTANT_STRING(MYDRIVER_SYMBOLIC_LINK_NAME);
        IoDeleteSymbolicLink(linkName);
        if (DriverObject.DeviceObject is { } deviceObject)
        {
            ExFreePoolWithTag(deviceObject.Extension<DEVICE_EXTENSION>().Data, MyDriverPoolTag);
            IoDeleteDevice(deviceObject);
        }
    }

    private static NTSTATUS MyDriverCompleteRequest(IRP Irp, NTSTATUS Status, ulong Information)
    {
        Irp.IoStatus.Status = Status;
        Irp.IoStatus.Information = Information;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return Status;
    }
}
