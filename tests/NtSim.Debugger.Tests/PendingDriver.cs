using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>A driver whose reads stay pending (it keeps the IRP and never completes it): \Device\Pending,
/// opened as \\.\Pending, for a user process blocked in ReadFile.</summary>
public sealed class PendingDriver : IDriver
{
    private IRP? _pendingRead;

    /// <summary>The read the driver keeps pending.</summary>
    internal IRP? PendingIrp => _pendingRead;

    /// <summary>Creates \Device\Pending and its link.</summary>
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        DriverObject.MajorFunction[IRP_MJ_CREATE] = PendingCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = PendingCreateClose;
        DriverObject.MajorFunction[IRP_MJ_READ] = PendingRead;
        var status = IoCreateDevice(DriverObject, 0, new UNICODE_STRING(@"\Device\Pending"), FILE_DEVICE_UNKNOWN, 0, false, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        device!.Flags &= ~DO_DEVICE_INITIALIZING;
        return IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Pending"), new UNICODE_STRING(@"\Device\Pending"));
    }

    private static NTSTATUS PendingCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        Irp.IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    private NTSTATUS PendingRead(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        _pendingRead = Irp;
        IoMarkIrpPending(Irp);
        return STATUS_PENDING;
    }
}
