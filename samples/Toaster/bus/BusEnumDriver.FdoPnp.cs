using static NtSim.Wdm;

namespace NtSim.Samples.Toaster.Bus;

public sealed partial class BusEnumDriver
{
    /// <summary>
    /// The bus FDO's PnP IRPs. START is forwarded first (the lower stack starts before the FDO) and
    /// then the bus's interface is enabled; BusRelations lists the children still plugged in;
    /// REMOVE waits for I/O in flight, deletes every child and then the FDO. Everything else is
    /// passed down after the state change it means.
    /// </summary>
    private NTSTATUS Bus_FDO_PnP(DEVICE_OBJECT DeviceObject, IRP Irp, IO_STACK_LOCATION IrpStack, FDO_DEVICE_DATA DeviceData)
    {
        var status = IoAcquireRemoveLock(DeviceData.RemoveLock, Irp);
        if (!NT_SUCCESS(status))
        {
            Irp.IoStatus.Status = status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            return status;
        }

        switch (IrpStack.MinorFunction)
        {
            case IRP_MN_START_DEVICE:
                // "A function driver must not start its device until the lower drivers have" (IRP_MN_START_DEVICE).
                status = IoForwardIrpSynchronously(DeviceData.NextLowerDriver, Irp) ? Irp.IoStatus.Status : STATUS_UNSUCCESSFUL;
                if (NT_SUCCESS(status))
                {
                    status = Bus_StartFdo(DeviceData);
                }

                Irp.IoStatus.Status = status;
                IoCompleteRequest(Irp, IO_NO_INCREMENT);
                IoReleaseRemoveLock(DeviceData.RemoveLock, Irp);
                return status;

            case IRP_MN_QUERY_STOP_DEVICE:
                DeviceData.SetNewPnpState(DEVICE_PNP_STATE.StopPending);
                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_CANCEL_STOP_DEVICE:
                if (DeviceData.DevicePnPState == DEVICE_PNP_STATE.StopPending)
                {
                    DeviceData.RestorePreviousPnpState();
                }

                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_STOP_DEVICE:
                DeviceData.SetNewPnpState(DEVICE_PNP_STATE.Stopped);
                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_QUERY_REMOVE_DEVICE:
                DeviceData.SetNewPnpState(DEVICE_PNP_STATE.RemovePending);
                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_CANCEL_REMOVE_DEVICE:
                if (DeviceData.DevicePnPState == DEVICE_PNP_STATE.RemovePending)
                {
                    DeviceData.RestorePreviousPnpState();
                }

                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_SURPRISE_REMOVAL:
                DeviceData.SetNewPnpState(DEVICE_PNP_STATE.SurpriseRemovePending);
                SetBusInterfaceState(DeviceData, false);
                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_REMOVE_DEVICE:
                return Bus_RemoveFdo(Irp, DeviceData);

            case IRP_MN_QUERY_DEVICE_RELATIONS when IrpStack.Parameters.QueryDeviceRelations.Type == BusRelations:
                status = Bus_QueryBusRelations(Irp, DeviceData);
                if (!NT_SUCCESS(status))
                {
                    Irp.IoStatus.Status = status;
                    IoCompleteRequest(Irp, IO_NO_INCREMENT);
                    IoReleaseRemoveLock(DeviceData.RemoveLock, Irp);
                    return status;
                }

                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;
        }

        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(DeviceData.NextLowerDriver, Irp);
        IoReleaseRemoveLock(DeviceData.RemoveLock, Irp);
        return status;
    }

    /// <summary>The lower stack started: the bus is up, its interface enabled; the static bus plugs
    /// in its toasters now (the PnP manager asks for BusRelations right after the start).</summary>
    private NTSTATUS Bus_StartFdo(FDO_DEVICE_DATA DeviceData)
    {
        DeviceData.SetNewPnpState(DEVICE_PNP_STATE.Started);
        SetBusInterfaceState(DeviceData, true);
        for (uint serialNo = 1; serialNo <= _numberOfToasters; serialNo++)
        {
            // After a stop and a restart the toasters are still there: a serial number in use is refused.
            Bus_PlugInDevice(DeviceData, serialNo, [ToasterPublic.BUS_HARDWARE_IDS], invalidate: false);
        }

        return STATUS_SUCCESS;
    }

    /// <summary>
    /// BusRelations: the children still plugged in, each referenced (the PnP manager dereferences
    /// them). A child left out is marked ReportedMissing: its PDO is deleted at its next
    /// IRP_MN_REMOVE_DEVICE ("a bus driver deletes the PDO of a device it reported missing", Removing
    /// a Device in a Bus Driver). Relations a lower driver put in Information are kept and freed.
    /// </summary>
    private static NTSTATUS Bus_QueryBusRelations(IRP Irp, FDO_DEVICE_DATA DeviceData)
    {
        KeWaitForSingleObject(DeviceData.Mutex, Executive, KernelMode, false, null);
        try
        {
            var old = DEVICE_RELATIONS.FromInformation(Irp.IoStatus.Information);
            var prevCount = old.IsNull ? 0 : old.Count;
            var present = DeviceData.ListOfPDOs.Where(pdo => pdo.Extension<PDO_DEVICE_DATA>().Present).ToList();
            var length = DEVICE_RELATIONS.SizeFor(prevCount + (uint)present.Count);
            var memory = ExAllocatePool2(POOL_FLAG_PAGED, length, BusEnumPoolTag);
            if (memory.IsNull)
            {
                // The lower driver's relations are freed by whoever gets the failure: leave them.
                return STATUS_INSUFFICIENT_RESOURCES;
            }

            var relations = new DEVICE_RELATIONS(memory);
            for (uint i = 0; i < prevCount; i++)
            {
                relations[i] = old[i];
            }

            var count = prevCount;
            foreach (var pdo in DeviceData.ListOfPDOs)
            {
                var pdoData = pdo.Extension<PDO_DEVICE_DATA>();
                if (pdoData.Present)
                {
                    relations[count++] = pdo;
                    ObReferenceObject(pdo);
                }
                else
                {
                    pdoData.ReportedMissing = true;
                }
            }

            relations.Count = count;
            if (!old.IsNull)
            {
                ExFreePool(old.Memory);
            }

            Irp.IoStatus.Information = relations.Address;
            KdPrint("%s: BusRelations: %d present\n", DriverName, count);
            return STATUS_SUCCESS;
        }
        finally
        {
            KeReleaseMutex(DeviceData.Mutex, false);
        }
    }

    /// <summary>IRP_MN_REMOVE_DEVICE of the bus: pass it down, wait for the I/O in flight, delete the
    /// children (the PnP manager has removed their stacks already), detach and delete the FDO.</summary>
    private static NTSTATUS Bus_RemoveFdo(IRP Irp, FDO_DEVICE_DATA DeviceData)
    {
        DeviceData.SetNewPnpState(DEVICE_PNP_STATE.Deleted);
        SetBusInterfaceState(DeviceData, false);

        Irp.IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        var status = IoCallDriver(DeviceData.NextLowerDriver, Irp);
        IoReleaseRemoveLockAndWait(DeviceData.RemoveLock, Irp);

        KeWaitForSingleObject(DeviceData.Mutex, Executive, KernelMode, false, null);
        var children = DeviceData.ListOfPDOs.ToList();
        DeviceData.ListOfPDOs.Clear();
        KeReleaseMutex(DeviceData.Mutex, false);
        foreach (var pdo in children)
        {
            pdo.Extension<PDO_DEVICE_DATA>().SetNewPnpState(DEVICE_PNP_STATE.Deleted);
            IoDeleteDevice(pdo);
        }

        IoDetachDevice(DeviceData.NextLowerDriver);
        IoDeleteDevice(DeviceData.Self);
        KdPrint("%s: bus removed, %d child(ren) deleted\n", DriverName, children.Count);
        return status;
    }

    /// <summary>Enables or disables the bus's interface (the applications find the bus through it).</summary>
    private static void SetBusInterfaceState(FDO_DEVICE_DATA DeviceData, bool enable)
    {
        if (DeviceData.InterfaceEnabled != enable && NT_SUCCESS(IoSetDeviceInterfaceState(DeviceData.InterfaceName, enable)))
        {
            DeviceData.InterfaceEnabled = enable;
        }
    }
}
