using System.Runtime.CompilerServices;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Samples.Zero.ZeroTrace;
using static NtSim.Wdm;

namespace NtSim.Samples.Zero;

/// <summary>
/// Zero: a legacy (non-PnP) NT driver with one device, \Device\Zero, that reads as an endless
/// stream of zero bytes and accepts and discards every write, as \Device\Null does. It uses
/// direct I/O, completes every request in its dispatch routine, and counts the bytes it read and
/// wrote with interlocked additions. It traces with WPP (ZeroTrace): DriverEntry and DriverUnload,
/// every request and its status.
/// </summary>
public sealed class ZeroDriver : IDriver
{
    /// <summary>DriverEntry: fill in the dispatch table, create the device and its symbolic link.</summary>
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        // WPP first, so that everything after it can trace; every failure path below undoes it.
        WPP_INIT_TRACING(DriverObject, RegistryPath, Control);
        KdPrint("Zero: DriverEntry %wZ\n", RegistryPath);

        DriverObject.MajorFunction[IRP_MJ_CREATE] = ZeroCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLEANUP] = ZeroCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = ZeroCreateClose;
        DriverObject.MajorFunction[IRP_MJ_READ] = ZeroRead;
        DriverObject.MajorFunction[IRP_MJ_WRITE] = ZeroWrite;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = ZeroDeviceControl;
        DriverObject.DriverUnload = ZeroUnload;

        // The device's type need not be the control codes' DEVICE_ZERO: the I/O manager never compares them.
        var deviceName = RTL_CONSTANT_STRING(ZERO_DEVICE_NAME);
        var status = IoCreateDevice<ZERO_DEVICE_EXTENSION>(DriverObject, deviceName, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, false,
            out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            KdPrint("Zero: IoCreateDevice failed 0x%08X\n", status);
            TraceEvents(TRACE_LEVEL_ERROR, TRACE_DRIVER, "%!FUNC!: IoCreateDevice failed %!STATUS!", status);
            WPP_CLEANUP(DriverObject);
            return status;
        }

        var linkName = RTL_CONSTANT_STRING(ZERO_SYMBOLIC_LINK_NAME);
        status = IoCreateSymbolicLink(linkName, deviceName);
        if (!NT_SUCCESS(status))
        {
            // A failed DriverEntry must leave nothing behind: DriverUnload is not called.
            KdPrint("Zero: IoCreateSymbolicLink failed 0x%08X\n", status);
            TraceEvents(TRACE_LEVEL_ERROR, TRACE_DRIVER, "%!FUNC!: IoCreateSymbolicLink failed %!STATUS!", status);
            IoDeleteDevice(deviceObject!);
            WPP_CLEANUP(DriverObject);
            return status;
        }

        // Direct I/O: the I/O manager locks the caller's buffer and describes it with Irp->MdlAddress.
        deviceObject!.Flags |= DO_DIRECT_IO;

        // DO_DEVICE_INITIALIZING is left alone: the I/O manager clears it on every device DriverEntry
        // created once DriverEntry returns success (a device created in AddDevice is the driver's to clear).
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_DRIVER, "%!FUNC!: %wZ ready", deviceName);
        return STATUS_SUCCESS;
    }

    /// <summary>IRP_MJ_CREATE, IRP_MJ_CLEANUP, IRP_MJ_CLOSE: nothing to set up or tear down per handle.</summary>
    private static NTSTATUS ZeroCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        TraceEvents(TRACE_LEVEL_VERBOSE, TRACE_CREATE_CLOSE, "%!FUNC!: major function %d", IoGetCurrentIrpStackLocation(Irp).MajorFunction);
        return ZeroCompleteRequest(Irp, STATUS_SUCCESS, 0);
    }

    /// <summary>IRP_MJ_READ: fill the caller's buffer with zeros; every byte asked for is transferred.
    /// Only bytes transferred are counted: a read that fails adds nothing to TotalRead.</summary>
    private static NTSTATUS ZeroRead(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var length = IoGetCurrentIrpStackLocation(Irp).Parameters.Read.Length;
        if (length == 0)
        {
            // An empty read is refused (the specification's rule); the I/O manager builds no MDL for it anyway.
            TraceEvents(TRACE_LEVEL_WARNING, TRACE_READWRITE, "%!FUNC!: empty read refused");
            return ZeroCompleteRequest(Irp, STATUS_INVALID_BUFFER_SIZE, 0);
        }

        // DO_DIRECT_IO: the I/O manager locked the caller's pages and described them with MdlAddress.
        // A kernel-mode caller that built the IRP itself may have left it out.
        if (Irp.MdlAddress is not { } mdl)
        {
            KdPrint("Zero: read of %u bytes without an MDL\n", length);
            return ZeroCompleteRequest(Irp, STATUS_INVALID_PARAMETER, 0);
        }

        // A system-space view of those pages, valid in any process context: writes land in the caller's buffer.
        var buffer = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
        if (buffer.IsNull)
        {
            return ZeroCompleteRequest(Irp, STATUS_INSUFFICIENT_RESOURCES, 0);
        }

        RtlZeroMemory(buffer, length);

        // InterlockedAdd64: another processor may be counting a read of its own at this moment.
        Interlocked.Add(ref DeviceObject.Extension<ZERO_DEVICE_EXTENSION>().TotalRead, length);
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_READWRITE, "%!FUNC!: zeroed %u bytes", length);
        return ZeroCompleteRequest(Irp, STATUS_SUCCESS, length);
    }

    /// <summary>IRP_MJ_WRITE: accept and discard the data; every byte offered is transferred. The
    /// data is never looked at, so the MDL is not even mapped.</summary>
    private static NTSTATUS ZeroWrite(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var length = IoGetCurrentIrpStackLocation(Irp).Parameters.Write.Length;
        Interlocked.Add(ref DeviceObject.Extension<ZERO_DEVICE_EXTENSION>().TotalWritten, length);
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_READWRITE, "%!FUNC!: discarded %u bytes", length);
        return ZeroCompleteRequest(Irp, STATUS_SUCCESS, length);
    }

    /// <summary>IRP_MJ_DEVICE_CONTROL: IOCTL_ZERO_GET_STATS returns the counters, IOCTL_ZERO_CLEAR_STATS resets them.</summary>
    private static NTSTATUS ZeroDeviceControl(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var stack = IoGetCurrentIrpStackLocation(Irp);
        var code = stack.Parameters.DeviceIoControl.IoControlCode;
        var extension = DeviceObject.Extension<ZERO_DEVICE_EXTENSION>();
        TraceEvents(TRACE_LEVEL_VERBOSE, TRACE_IOCTL, "%!FUNC!: control code 0x%08X", code);
        if (code == IOCTL_ZERO_GET_STATS)
        {
            var size = (uint)Unsafe.SizeOf<ZERO_STATS>();
            if (stack.Parameters.DeviceIoControl.OutputBufferLength < size)
            {
                // Nothing is returned, so Information stays 0 (the caller sees ERROR_INSUFFICIENT_BUFFER).
                return ZeroCompleteRequest(Irp, STATUS_BUFFER_TOO_SMALL, 0);
            }

            // METHOD_BUFFERED: the I/O manager always supplies a system buffer for a nonzero output
            // length; only a kernel-mode caller that built the IRP itself can leave it out.
            if (Irp.AssociatedIrp.SystemBuffer.IsNull)
            {
                return ZeroCompleteRequest(Irp, STATUS_INVALID_PARAMETER, 0);
            }

            // Each counter is read atomically; the pair is not one snapshot, nor need it be.
            var stats = new ZERO_STATS
            {
                TotalRead = Interlocked.Read(ref extension.TotalRead),
                TotalWritten = Interlocked.Read(ref extension.TotalWritten),
            };

            // The output goes into the system buffer; the I/O manager copies Information bytes back to the caller.
            Irp.AssociatedIrp.SystemBuffer.Write(stats);
            return ZeroCompleteRequest(Irp, STATUS_SUCCESS, size);
        }

        if (code == IOCTL_ZERO_CLEAR_STATS)
        {
            // METHOD_NEITHER with no data either way: the caller's buffers, if any, are never touched.
            Interlocked.Exchange(ref extension.TotalRead, 0);
            Interlocked.Exchange(ref extension.TotalWritten, 0);
            return ZeroCompleteRequest(Irp, STATUS_SUCCESS, 0);
        }

        KdPrint("Zero: unknown control code 0x%08X\n", code);
        TraceEvents(TRACE_LEVEL_WARNING, TRACE_IOCTL, "%!FUNC!: unknown control code 0x%08X: %!STATUS!", code, STATUS_INVALID_DEVICE_REQUEST);
        return ZeroCompleteRequest(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }

    /// <summary>DriverUnload: undo DriverEntry, link first so that no new open can find the device.</summary>
    private static void ZeroUnload(DRIVER_OBJECT DriverObject)
    {
        KdPrint("Zero: unloading\n");
        var linkName = RTL_CONSTANT_STRING(ZERO_SYMBOLIC_LINK_NAME);
        IoDeleteSymbolicLink(linkName);
        if (DriverObject.DeviceObject is { } deviceObject)
        {
            IoDeleteDevice(deviceObject);
        }

        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_DRIVER, "%!FUNC!: device and link deleted");
        WPP_CLEANUP(DriverObject);
    }

    private static NTSTATUS ZeroCompleteRequest(IRP Irp, NTSTATUS Status, ulong Information)
    {
        Irp.IoStatus.Status = Status;
        Irp.IoStatus.Information = Information;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return Status;
    }
}
