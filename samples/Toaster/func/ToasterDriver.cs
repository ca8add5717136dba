using static NtSim.Wdm;

namespace NtSim.Samples.Toaster.Func;

/// <summary>
/// The toaster function driver (WDM): an FDO over each toaster PDO the bus reports, with a remove
/// lock, the full PnP state machine (ToasterDriver.Pnp.cs), and a queue that holds requests while
/// the device is not started or a stop or remove is pending (ToasterDriver.Queue.cs). A started
/// toaster completes a read with 0 bytes, a write with its length, and fails every IOCTL.
/// </summary>
public sealed partial class ToasterDriver : IDriver
{
    private static readonly uint ToasterPoolTag = TAG("Toas");

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KdPrint("Toaster: DriverEntry\n");
        DriverObject.MajorFunction[IRP_MJ_CREATE] = ToasterCreate;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = ToasterClose;
        DriverObject.MajorFunction[IRP_MJ_CLEANUP] = ToasterCleanup;
        DriverObject.MajorFunction[IRP_MJ_READ] = ToasterDispatchIO;
        DriverObject.MajorFunction[IRP_MJ_WRITE] = ToasterDispatchIO;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = ToasterDispatchIO;
        DriverObject.MajorFunction[IRP_MJ_PNP] = ToasterDispatchPnp;
        DriverObject.MajorFunction[IRP_MJ_POWER] = ToasterDispatchPassDown;
        DriverObject.MajorFunction[IRP_MJ_SYSTEM_CONTROL] = ToasterDispatchPassDown;
        DriverObject.DriverExtension.AddDevice = ToasterAddDevice;
        DriverObject.DriverUnload = ToasterUnload;
        return STATUS_SUCCESS;
    }

    /// <summary>A toaster PDO appeared: create the FDO, attach it, register the toaster interface
    /// (enabled at start), and hold requests until IRP_MN_START_DEVICE.</summary>
    private NTSTATUS ToasterAddDevice(DRIVER_OBJECT DriverObject, DEVICE_OBJECT PhysicalDeviceObject)
    {
        var status = IoCreateDevice<FDO_DATA>(DriverObject, null, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, false, out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var fdoData = deviceObject!.Extension<FDO_DATA>();
        fdoData.Self = deviceObject;
        fdoData.UnderlyingPDO = PhysicalDeviceObject;
        IoInitializeRemoveLock(fdoData.RemoveLock, ToasterPoolTag, 1, 100);
        InitializeQueue(fdoData);

        status = IoRegisterDeviceInterface(PhysicalDeviceObject, ToasterPublic.GUID_DEVINTERFACE_TOASTER, null, out fdoData.InterfaceName);
        if (!NT_SUCCESS(status))
        {
            IoDeleteDevice(deviceObject);
            return status;
        }

        var lower = IoAttachDeviceToDeviceStack(deviceObject, PhysicalDeviceObject);
        if (lower is null)
        {
            IoDeleteDevice(deviceObject);
            return STATUS_NO_SUCH_DEVICE;
        }

        fdoData.NextLowerDriver = lower;
        deviceObject.Flags |= DO_POWER_PAGABLE | DO_BUFFERED_IO;
        deviceObject.Flags &= ~DO_DEVICE_INITIALIZING;
        KdPrint("Toaster: AddDevice\n");
        return STATUS_SUCCESS;
    }

    /// <summary>An open: refused once the toaster is surprise-removed or removed.</summary>
    private static NTSTATUS ToasterCreate(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fdoData = DeviceObject.Extension<FDO_DATA>();
        var status = IoAcquireRemoveLock(fdoData.RemoveLock, Irp);
        if (NT_SUCCESS(status))
        {
            status = fdoData.QueueState == QUEUE_STATE.FailRequests ? STATUS_DELETE_PENDING : STATUS_SUCCESS;
            IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        }

        return CompleteRequest(Irp, status, 0);
    }

    /// <summary>A close always succeeds (the file is going whatever the device's state).</summary>
    private static NTSTATUS ToasterClose(DEVICE_OBJECT DeviceObject, IRP Irp) => CompleteRequest(Irp, STATUS_SUCCESS, 0);

    /// <summary>The last handle of a file closed: its held requests are cancelled.</summary>
    private static NTSTATUS ToasterCleanup(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fdoData = DeviceObject.Extension<FDO_DATA>();
        FlushQueue(fdoData, IoGetCurrentIrpStackLocation(Irp).FileObject, STATUS_CANCELLED);
        return CompleteRequest(Irp, STATUS_SUCCESS, 0);
    }

    /// <summary>
    /// Reads, writes and IOCTLs: failed with STATUS_DELETE_PENDING once the device is surprise-removed
    /// or removed, held in the queue while it is not started or a stop or remove is pending, served
    /// at once while started.
    /// </summary>
    private static NTSTATUS ToasterDispatchIO(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fdoData = DeviceObject.Extension<FDO_DATA>();
        var status = IoAcquireRemoveLock(fdoData.RemoveLock, Irp);
        if (!NT_SUCCESS(status))
        {
            return CompleteRequest(Irp, status, 0);
        }

        switch (fdoData.QueueState)
        {
            case QUEUE_STATE.FailRequests:
                status = CompleteRequest(Irp, STATUS_DELETE_PENDING, 0);
                break;
            case QUEUE_STATE.HoldRequests:
                // IoCsqInsertIrp marks it pending; the queue is emptied before REMOVE completes.
                IoCsqInsertIrp(fdoData.NewRequestsQueue, Irp, null);
                status = STATUS_PENDING;
                break;
            default:
                status = ToasterServeRequest(Irp);
                break;
        }

        IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        return status;
    }

    /// <summary>What a started toaster does: nothing to read, everything written is taken, no IOCTLs.</summary>
    private static NTSTATUS ToasterServeRequest(IRP Irp)
    {
        var stack = IoGetCurrentIrpStackLocation(Irp);
        return stack.MajorFunction switch
        {
            IRP_MJ_READ => CompleteRequest(Irp, STATUS_SUCCESS, 0),
            IRP_MJ_WRITE => CompleteRequest(Irp, STATUS_SUCCESS, stack.Parameters.Write.Length),
            _ => CompleteRequest(Irp, STATUS_INVALID_DEVICE_REQUEST, 0),
        };
    }

    /// <summary>Power and WMI: the toaster has nothing to add; the bus PDO answers.</summary>
    private static NTSTATUS ToasterDispatchPassDown(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fdoData = DeviceObject.Extension<FDO_DATA>();
        var status = IoAcquireRemoveLock(fdoData.RemoveLock, Irp);
        if (!NT_SUCCESS(status))
        {
            return CompleteRequest(Irp, status, 0);
        }

        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(fdoData.NextLowerDriver, Irp);
        IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        return status;
    }

    private static void ToasterUnload(DRIVER_OBJECT DriverObject)
    {
        KdPrint("Toaster: Unload\n");
    }

    private static NTSTATUS CompleteRequest(IRP Irp, NTSTATUS status, ulong information)
    {
        Irp.IoStatus.Status = status;
        Irp.IoStatus.Information = information;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
}
