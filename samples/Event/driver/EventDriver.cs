using static NtSim.Wdm;

namespace NtSim.Samples.Event;

/// <summary>
/// The event sample: a legacy (non-PnP) driver that tells an application about a simulated
/// hardware event, either by completing a pending IOCTL (IRP_BASED) or by signaling an event the
/// application created (EVENT_BASED). A timer DPC per request stands in for the hardware.
/// </summary>
public sealed partial class EventDriver : IDriver
{
    internal const string NT_DEVICE_NAME = @"\Device\Event";
    internal const string DOS_DEVICE_NAME = @"\DosDevices\Event";

    /// <summary>The tag of the notification records: 'Evnt'.</summary>
    internal static readonly uint EVENT_POOL_TAG = TAG("Evnt");

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        var status = IoCreateDevice<DEVICE_EXTENSION>(DriverObject, NT_DEVICE_NAME, FILE_DEVICE_UNKNOWN, 0, false, out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        status = IoCreateSymbolicLink(DOS_DEVICE_NAME, NT_DEVICE_NAME);
        if (!NT_SUCCESS(status))
        {
            IoDeleteDevice(deviceObject!);
            return status;
        }

        DriverObject.MajorFunction[IRP_MJ_CREATE] = EventCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = EventCreateClose;
        DriverObject.MajorFunction[IRP_MJ_CLEANUP] = EventCleanup;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = EventDispatchIoControl;
        DriverObject.DriverUnload = EventUnload;

        var deviceExtension = deviceObject!.Extension<DEVICE_EXTENSION>();
        InitializeListHead(deviceExtension.EventQueueHead);
        KeInitializeSpinLock(deviceExtension.QueueLock);
        deviceObject.Flags &= ~DO_DEVICE_INITIALIZING;
        return STATUS_SUCCESS;
    }

    private static NTSTATUS EventCreateClose(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        Irp.IoStatus.Status = STATUS_SUCCESS;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    /// <summary>IRP_MJ_CLEANUP: the last handle to a file object closed; the notifications
    /// registered through it are cancelled (IRPs complete with STATUS_CANCELLED, events are released
    /// unsignaled).</summary>
    private static NTSTATUS EventCleanup(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fileObject = IoGetCurrentIrpStackLocation(Irp).FileObject;
        CancelNotifications(DeviceObject.Extension<DEVICE_EXTENSION>(), fileObject, all: false);
        Irp.IoStatus.Status = STATUS_SUCCESS;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    /// <summary>The I/O manager calls Unload once no file object is open, so cleanup has run for
    /// every file; what is left came from kernel callers without a file object. Cancel it, then
    /// wait for DPCs already on their way (KeFlushQueuedDpcs) before the code goes away.</summary>
    private static void EventUnload(DRIVER_OBJECT DriverObject)
    {
        var deviceObject = DriverObject.DeviceObject!;
        CancelNotifications(deviceObject.Extension<DEVICE_EXTENSION>(), null, all: true);
        KeFlushQueuedDpcs();
        IoDeleteSymbolicLink(DOS_DEVICE_NAME);
        IoDeleteDevice(deviceObject);
    }

    /// <summary>Takes the armed records of <paramref name="fileObject"/> (or all) out of the queue
    /// and cancels them. Under the lock: claim each record, take back its IRP from the cancel
    /// routine (IoSetCancelRoutine returns NULL if cancellation won: then the cancel routine
    /// completes it) and stop its timer (KeCancelTimer FALSE: the DPC already fired and will free
    /// the record). Outside the lock: complete, dereference, free.</summary>
    private static void CancelNotifications(DEVICE_EXTENSION deviceExtension, FILE_OBJECT? fileObject, bool all)
    {
        var cancelled = new List<(NOTIFY_RECORD Record, IRP? Irp, KEVENT? Event, bool Free)>();
        KeAcquireSpinLock(deviceExtension.QueueLock, out var oldIrql);
        PLIST_ENTRY listHead = deviceExtension.EventQueueHead;
        for (var thisEntry = listHead.Flink; thisEntry != listHead;)
        {
            var nextEntry = thisEntry.Flink;
            var record = CONTAINING_RECORD<NOTIFY_RECORD>(thisEntry);
            if (all || record.FileObject == fileObject)
            {
                RemoveEntryList(thisEntry);
                InitializeListHead(thisEntry);
                IRP? irp = null;
                if (record.Type == NOTIFY_TYPE.IRP_BASED)
                {
                    record.PendingIrp!.Tail.Overlay.DriverContext[0] = null;
                    if (IoSetCancelRoutine(record.PendingIrp, null) is not null)
                    {
                        irp = record.PendingIrp;
                    }
                }

                cancelled.Add((record, irp, record.Event, KeCancelTimer(record.Timer)));
            }

            thisEntry = nextEntry;
        }

        KeReleaseSpinLock(deviceExtension.QueueLock, oldIrql);
        if (cancelled.Count > 0)
        {
            KdPrint("Event: %d notification(s) cancelled\n", cancelled.Count);
        }

        foreach (var (record, irp, evt, free) in cancelled)
        {
            if (irp is not null)
            {
                irp.IoStatus.Status = STATUS_CANCELLED;
                irp.IoStatus.Information = 0;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
            }

            if (evt is not null)
            {
                ObDereferenceObject(evt);
            }

            if (free)
            {
                record.Free();
            }
        }
    }
}
