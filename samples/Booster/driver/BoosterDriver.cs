using System.Runtime.CompilerServices;
using static NtSim.Samples.Booster.BoosterPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Booster;

/// <summary>
/// Booster: a legacy (non-PnP) NT driver with one device, \Device\Booster, that sets the priority of
/// any thread in the system. A client writes a <see cref="ThreadData"/> (thread id and priority) to
/// the device; the driver finds the thread by its id and calls KeSetPriorityThread, which user mode
/// cannot do (SetThreadPriority stays within the process's priority class).
/// </summary>
public sealed class BoosterDriver : IDriver
{
    /// <summary>DriverEntry: the dispatch routines, the device and its symbolic link.</summary>
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KdPrint("Booster: DriverEntry %wZ\n", RegistryPath);

        DriverObject.DriverUnload = BoosterUnload;
        DriverObject.MajorFunction[IRP_MJ_CREATE] = BoosterCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = BoosterCreateClose;
        DriverObject.MajorFunction[IRP_MJ_WRITE] = BoosterWrite;

        var deviceName = RTL_CONSTANT_STRING(BOOSTER_DEVICE_NAME);
        var status = IoCreateDevice(DriverObject, 0, deviceName, FILE_DEVICE_UNKNOWN, 0, false, out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            KdPrint("Booster: IoCreateDevice failed 0x%08X\n", status);
            return status;
        }

        var linkName = RTL_CONSTANT_STRING(BOOSTER_SYMBOLIC_LINK_NAME);
        status = IoCreateSymbolicLink(linkName, deviceName);
        if (!NT_SUCCESS(status))
        {
            // DriverUnload is not called for a failed DriverEntry: undo the device here.
            KdPrint("Booster: IoCreateSymbolicLink failed 0x%08X\n", status);
            IoDeleteDevice(deviceObject!);
            return status;
        }

        // Buffered I/O: the I/O manager copies the caller's 8 bytes into a system buffer, which the
        // driver may read without probing the caller's memory.
        deviceObject!.Flags |= DO_BUFFERED_IO;
        return STATUS_SUCCESS;
    }

    /// <summary>DriverUnload: the link, then the device.</summary>
    private static void BoosterUnload(DRIVER_OBJECT DriverObject)
    {
        IoDeleteSymbolicLink(RTL_CONSTANT_STRING(BOOSTER_SYMBOLIC_LINK_NAME));
        IoDeleteDevice(DriverObject.DeviceObject!);
    }

    /// <summary>IRP_MJ_CREATE and IRP_MJ_CLOSE: nothing to do per handle.</summary>
    private static NTSTATUS BoosterCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp) => Complete(Irp, STATUS_SUCCESS, 0);

    /// <summary>IRP_MJ_WRITE: a ThreadData. Short input is STATUS_BUFFER_TOO_SMALL, a priority outside
    /// 1 to 31 STATUS_INVALID_PARAMETER (KeSetPriorityThread would bring the system down), an unknown
    /// thread id the status of PsLookupThreadByThreadId; success reports the 8 bytes as written.</summary>
    private static NTSTATUS BoosterWrite(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var size = (uint)Unsafe.SizeOf<ThreadData>();
        if (IoGetCurrentIrpStackLocation(Irp).Parameters.Write.Length < size)
        {
            return Complete(Irp, STATUS_BUFFER_TOO_SMALL, 0);
        }

        // A kernel-mode caller that built the IRP itself may have given no buffer at all.
        if (Irp.AssociatedIrp.SystemBuffer.IsNull)
        {
            return Complete(Irp, STATUS_INVALID_PARAMETER, 0);
        }

        var data = Irp.AssociatedIrp.SystemBuffer.Read<ThreadData>();
        if (data.Priority < 1 || data.Priority > 31)
        {
            return Complete(Irp, STATUS_INVALID_PARAMETER, 0);
        }

        // The thread object comes back referenced: it cannot go away while the driver uses it.
        var status = PsLookupThreadByThreadId(new HANDLE(data.ThreadId), out var thread);
        if (!NT_SUCCESS(status))
        {
            return Complete(Irp, status, 0);
        }

        var oldPriority = KeSetPriorityThread(thread!, data.Priority);
        KdPrint("Booster: thread %u priority %d -> %d\n", data.ThreadId, oldPriority, data.Priority);
        ObDereferenceObject(thread!);
        return Complete(Irp, STATUS_SUCCESS, size);
    }

    private static NTSTATUS Complete(IRP Irp, NTSTATUS status, uint information)
    {
        Irp.IoStatus.Status = status;
        Irp.IoStatus.Information = information;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
}
