using static NtSim.Wdm;

namespace NtSim.Samples.Event;

public sealed partial class EventDriver
{
    /// <summary>IRP_MJ_DEVICE_CONTROL. The driver is a monolithic top-level driver, so this runs in
    /// the context of the thread that called DeviceIoControl, where the event handle is valid.</summary>
    private static NTSTATUS EventDispatchIoControl(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var irpStack = IoGetCurrentIrpStackLocation(Irp);
        NTSTATUS status;
        if (irpStack.Parameters.DeviceIoControl.IoControlCode == EventPublic.IOCTL_REGISTER_EVENT)
        {
            // A short buffer is STATUS_INVALID_PARAMETER, as in the sample (buffered: input in the SystemBuffer).
            if (irpStack.Parameters.DeviceIoControl.InputBufferLength < EventPublic.SIZEOF_REGISTER_EVENT || Irp.AssociatedIrp.SystemBuffer.IsNull)
            {
                status = STATUS_INVALID_PARAMETER;
            }
            else
            {
                var registerEvent = Irp.AssociatedIrp.SystemBuffer.Read<REGISTER_EVENT>();
                status = registerEvent.Type switch
                {
                    NOTIFY_TYPE.IRP_BASED => RegisterIrpBasedNotification(DeviceObject, Irp, registerEvent),
                    NOTIFY_TYPE.EVENT_BASED => RegisterEventBasedNotification(DeviceObject, Irp, registerEvent),
                    _ => STATUS_INVALID_PARAMETER,
                };
            }
        }
        else
        {
            status = STATUS_INVALID_DEVICE_REQUEST;
        }

        if (status != STATUS_PENDING)
        {
            Irp.IoStatus.Status = status;
            Irp.IoStatus.Information = 0;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
        }

        return status;
    }

    /// <summary>IRP_BASED: the IOCTL pends until the timer DPC completes it; it is cancelable meanwhile.</summary>
    private static NTSTATUS RegisterIrpBasedNotification(DEVICE_OBJECT DeviceObject, IRP Irp, REGISTER_EVENT registerEvent)
    {
        var deviceExtension = DeviceObject.Extension<DEVICE_EXTENSION>();
        var record = NOTIFY_RECORD.Allocate(deviceExtension);
        if (record is null)
        {
            return STATUS_INSUFFICIENT_RESOURCES;
        }

        record.Type = NOTIFY_TYPE.IRP_BASED;
        record.PendingIrp = Irp;
        record.FileObject = IoGetCurrentIrpStackLocation(Irp).FileObject;
        KeInitializeDpc(record.Dpc, CustomTimerDPC, record);
        KeInitializeTimer(record.Timer);
        Irp.Tail.Overlay.DriverContext[0] = record;

        // Mark it pending first: from the moment the cancel routine is set, it may complete the IRP.
        IoMarkIrpPending(Irp);
        KeAcquireSpinLock(deviceExtension.QueueLock, out var oldIrql);
        IoSetCancelRoutine(Irp, EventCancelRoutine);
        if (Irp.Cancel && IoSetCancelRoutine(Irp, null) is not null)
        {
            // Cancelled before it was cancelable and the routine was not called: complete it here.
            Irp.Tail.Overlay.DriverContext[0] = null;
            KeReleaseSpinLock(deviceExtension.QueueLock, oldIrql);
            record.Free();
            Irp.IoStatus.Status = STATUS_CANCELLED;
            Irp.IoStatus.Information = 0;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            return STATUS_PENDING;
        }

        // Armed under the lock, so the DPC (which takes the lock) finds the record queued.
        InsertTailList(deviceExtension.EventQueueHead, record.ListEntry);
        KeSetTimer(record.Timer, registerEvent.DueTime, record.Dpc);
        KeReleaseSpinLock(deviceExtension.QueueLock, oldIrql);
        KdPrint("Event: IRP-based notification registered, due in %I64d ms\n", -registerEvent.DueTime.QuadPart / 10_000);
        return STATUS_PENDING;
    }

    /// <summary>EVENT_BASED: reference the caller's event (its handle is valid only in the caller's
    /// process, and only now), arm the timer, and complete the IOCTL at once.</summary>
    private static NTSTATUS RegisterEventBasedNotification(DEVICE_OBJECT DeviceObject, IRP Irp, REGISTER_EVENT registerEvent)
    {
        // The requestor's mode decides the access check: a user handle must grant what KeSetEvent needs.
        var status = ObReferenceObjectByHandle(registerEvent.hEvent, SYNCHRONIZE | EVENT_MODIFY_STATE, ExEventObjectType,
            Irp.RequestorMode, out var eventObject);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var deviceExtension = DeviceObject.Extension<DEVICE_EXTENSION>();
        var record = NOTIFY_RECORD.Allocate(deviceExtension);
        if (record is null)
        {
            ObDereferenceObject(eventObject!);
            return STATUS_INSUFFICIENT_RESOURCES;
        }

        record.Type = NOTIFY_TYPE.EVENT_BASED;
        record.Event = (KEVENT)eventObject!;
        record.FileObject = IoGetCurrentIrpStackLocation(Irp).FileObject;
        KeInitializeDpc(record.Dpc, CustomTimerDPC, record);
        KeInitializeTimer(record.Timer);

        KeAcquireSpinLock(deviceExtension.QueueLock, out var oldIrql);
        InsertTailList(deviceExtension.EventQueueHead, record.ListEntry);
        KeSetTimer(record.Timer, registerEvent.DueTime, record.Dpc);
        KeReleaseSpinLock(deviceExtension.QueueLock, oldIrql);
        KdPrint("Event: event-based notification registered, due in %I64d ms\n", -registerEvent.DueTime.QuadPart / 10_000);
        return STATUS_SUCCESS;
    }

    /// <summary>The cancel routine of a pending IRP_BASED request (called with the cancel spin lock held).</summary>
    private static void EventCancelRoutine(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        IoReleaseCancelSpinLock(Irp.CancelIrql);
        var deviceExtension = DeviceObject.Extension<DEVICE_EXTENSION>();
        var free = false;
        KeAcquireSpinLock(deviceExtension.QueueLock, out var oldIrql);

        // NULL: the DPC or cleanup claimed the record already and leaves the IRP to us.
        var record = (NOTIFY_RECORD?)Irp.Tail.Overlay.DriverContext[0];
        if (record is not null)
        {
            Irp.Tail.Overlay.DriverContext[0] = null;
            RemoveEntryList(record.ListEntry);
            InitializeListHead(record.ListEntry);
            free = KeCancelTimer(record.Timer);
        }

        KeReleaseSpinLock(deviceExtension.QueueLock, oldIrql);
        if (free)
        {
            record!.Free();
        }

        KdPrint("Event: EventCancelRoutine: IRP cancelled\n");
        Irp.IoStatus.Status = STATUS_CANCELLED;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    }

    /// <summary>The "hardware event": the record's timer fired. Notify if the record is still armed,
    /// then free it (a canceller that found the timer already fired left that to this DPC).</summary>
    private static void CustomTimerDPC(KDPC Dpc, object? DeferredContext, object? SystemArgument1, object? SystemArgument2)
    {
        var record = (NOTIFY_RECORD)DeferredContext!;
        var deviceExtension = record.DeviceExtension;
        IRP? irp = null;
        KEVENT? evt = null;
        KeAcquireSpinLockAtDpcLevel(deviceExtension.QueueLock);
        if (!IsListEmpty(record.ListEntry))
        {
            RemoveEntryList(record.ListEntry);
            InitializeListHead(record.ListEntry);
            if (record.Type == NOTIFY_TYPE.IRP_BASED)
            {
                record.PendingIrp!.Tail.Overlay.DriverContext[0] = null;

                // NULL: the IRP is being cancelled; its cancel routine completes it.
                if (IoSetCancelRoutine(record.PendingIrp, null) is not null)
                {
                    irp = record.PendingIrp;
                }
            }
            else
            {
                evt = record.Event;
            }
        }

        KeReleaseSpinLockFromDpcLevel(deviceExtension.QueueLock);

        if (irp is not null)
        {
            KdPrint("Event: CustomTimerDPC: completing the pending IRP\n");
            irp.IoStatus.Status = STATUS_SUCCESS;
            irp.IoStatus.Information = 0;
            IoCompleteRequest(irp, IO_NO_INCREMENT);
        }

        if (evt is not null)
        {
            // KeSetEvent and ObDereferenceObject are callable at DISPATCH_LEVEL.
            KdPrint("Event: CustomTimerDPC: signaling the event\n");
            KeSetEvent(evt, 0, false);
            ObDereferenceObject(evt);
        }

        record.Free();
    }
}
