using static NtSim.Wdm;

namespace NtSim.Samples.Toaster.Func;

public sealed partial class ToasterDriver
{
    /// <summary>
    /// The toaster's PnP state machine:
    /// <code>
    /// NotStarted --START--> Started --QUERY_STOP--> StopPending --STOP--> Stopped --START--> Started
    ///                       Started --QUERY_REMOVE--> RemovePending --REMOVE--> Deleted
    ///                       StopPending/RemovePending --CANCEL_*--> back to the state before
    ///                       any --SURPRISE_REMOVAL--> SurpriseRemovePending --REMOVE--> Deleted
    /// </code>
    /// Requests are held while a stop or remove is asked (HoldRequests), served again when it is
    /// cancelled or the device starts, and failed once the device is gone (FailRequests).
    /// </summary>
    private static NTSTATUS ToasterDispatchPnp(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fdoData = DeviceObject.Extension<FDO_DATA>();
        var stack = IoGetCurrentIrpStackLocation(Irp);
        var status = IoAcquireRemoveLock(fdoData.RemoveLock, Irp);
        if (!NT_SUCCESS(status))
        {
            return CompleteRequest(Irp, status, 0);
        }

        switch (stack.MinorFunction)
        {
            case IRP_MN_START_DEVICE:
                // The lower drivers (the bus) start the device first: the IRP comes back up to us.
                status = IoForwardIrpSynchronously(fdoData.NextLowerDriver, Irp) ? Irp.IoStatus.Status : STATUS_UNSUCCESSFUL;
                if (NT_SUCCESS(status))
                {
                    fdoData.SetNewPnpState(DEVICE_PNP_STATE.Started);
                    SetInterfaceState(fdoData, true);
                    fdoData.QueueState = QUEUE_STATE.AllowRequests;
                    ProcessQueuedRequests(fdoData);
                }

                return CompleteAndRelease(fdoData, Irp, status);

            case IRP_MN_QUERY_STOP_DEVICE:
                // Hold new requests; the ones in flight complete at once (a toaster never keeps one).
                fdoData.SetNewPnpState(DEVICE_PNP_STATE.StopPending);
                fdoData.QueueState = QUEUE_STATE.HoldRequests;
                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_CANCEL_STOP_DEVICE:
                // A cancel is handled on the way up: the lower drivers cancel first.
                return CancelPending(fdoData, Irp, DEVICE_PNP_STATE.StopPending);

            case IRP_MN_STOP_DEVICE:
                fdoData.SetNewPnpState(DEVICE_PNP_STATE.Stopped);
                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_QUERY_REMOVE_DEVICE:
                fdoData.SetNewPnpState(DEVICE_PNP_STATE.RemovePending);
                fdoData.QueueState = QUEUE_STATE.HoldRequests;
                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_CANCEL_REMOVE_DEVICE:
                return CancelPending(fdoData, Irp, DEVICE_PNP_STATE.RemovePending);

            case IRP_MN_SURPRISE_REMOVAL:
                // The toaster is gone: new requests fail, held ones too; opens stay until closed.
                fdoData.SetNewPnpState(DEVICE_PNP_STATE.SurpriseRemovePending);
                fdoData.QueueState = QUEUE_STATE.FailRequests;
                FlushQueue(fdoData, null, STATUS_DELETE_PENDING);
                SetInterfaceState(fdoData, false);
                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_REMOVE_DEVICE:
                return ToasterRemoveDevice(fdoData, Irp);
        }

        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(fdoData.NextLowerDriver, Irp);
        IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        return status;
    }

    /// <summary>IRP_MN_REMOVE_DEVICE: fail what is held, pass the IRP down, wait until no request
    /// holds the remove lock, then detach and delete the FDO.</summary>
    private static NTSTATUS ToasterRemoveDevice(FDO_DATA fdoData, IRP Irp)
    {
        fdoData.SetNewPnpState(DEVICE_PNP_STATE.Deleted);
        fdoData.QueueState = QUEUE_STATE.FailRequests;
        FlushQueue(fdoData, null, STATUS_DELETE_PENDING);
        SetInterfaceState(fdoData, false);

        Irp.IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        var status = IoCallDriver(fdoData.NextLowerDriver, Irp);

        // "Call IoReleaseRemoveLockAndWait before IoDetachDevice" (Using Remove Locks).
        IoReleaseRemoveLockAndWait(fdoData.RemoveLock, Irp);
        IoDetachDevice(fdoData.NextLowerDriver);
        IoDeleteDevice(fdoData.Self);
        KdPrint("Toaster: removed\n");
        return status;
    }

    private static void SetInterfaceState(FDO_DATA fdoData, bool enable)
    {
        if (fdoData.InterfaceEnabled != enable && NT_SUCCESS(IoSetDeviceInterfaceState(fdoData.InterfaceName, enable)))
        {
            fdoData.InterfaceEnabled = enable;
        }
    }

    /// <summary>CANCEL_STOP / CANCEL_REMOVE: once the lower drivers have cancelled, a stop or removal
    /// that was pending is undone and the held requests are served.</summary>
    private static NTSTATUS CancelPending(FDO_DATA fdoData, IRP Irp, DEVICE_PNP_STATE pending)
    {
        IoForwardIrpSynchronously(fdoData.NextLowerDriver, Irp);
        if (fdoData.DevicePnPState == pending)
        {
            fdoData.RestorePreviousPnpState();
            fdoData.QueueState = QUEUE_STATE.AllowRequests;
            ProcessQueuedRequests(fdoData);
        }

        return CompleteAndRelease(fdoData, Irp, STATUS_SUCCESS);
    }

    private static NTSTATUS CompleteAndRelease(FDO_DATA fdoData, IRP Irp, NTSTATUS status)
    {
        Irp.IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        return status;
    }
}
