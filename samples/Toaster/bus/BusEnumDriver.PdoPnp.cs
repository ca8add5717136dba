using static NtSim.Wdm;

namespace NtSim.Samples.Toaster.Bus;

public sealed partial class BusEnumDriver
{
    /// <summary>
    /// A child PDO's PnP IRPs: the bus driver is the bottom of the toaster's stack, so it completes
    /// every one. What it does not handle it completes with the status it came with (the PnP
    /// manager's STATUS_NOT_SUPPORTED, or what a driver above set).
    /// </summary>
    private static NTSTATUS Bus_PDO_PnP(DEVICE_OBJECT DeviceObject, IRP Irp, IO_STACK_LOCATION IrpStack, PDO_DEVICE_DATA DeviceData)
    {
        var status = Irp.IoStatus.Status;
        switch (IrpStack.MinorFunction)
        {
            case IRP_MN_START_DEVICE:
                DeviceData.SetNewPnpState(DEVICE_PNP_STATE.Started);
                status = STATUS_SUCCESS;
                break;

            case IRP_MN_STOP_DEVICE:
                DeviceData.SetNewPnpState(DEVICE_PNP_STATE.Stopped);
                status = STATUS_SUCCESS;
                break;

            case IRP_MN_QUERY_STOP_DEVICE:
                DeviceData.SetNewPnpState(DEVICE_PNP_STATE.StopPending);
                status = STATUS_SUCCESS;
                break;

            case IRP_MN_CANCEL_STOP_DEVICE:
                if (DeviceData.DevicePnPState == DEVICE_PNP_STATE.StopPending)
                {
                    DeviceData.RestorePreviousPnpState();
                }

                status = STATUS_SUCCESS;
                break;

            case IRP_MN_QUERY_REMOVE_DEVICE:
                DeviceData.SetNewPnpState(DEVICE_PNP_STATE.RemovePending);
                status = STATUS_SUCCESS;
                break;

            case IRP_MN_CANCEL_REMOVE_DEVICE:
                if (DeviceData.DevicePnPState == DEVICE_PNP_STATE.RemovePending)
                {
                    DeviceData.RestorePreviousPnpState();
                }

                status = STATUS_SUCCESS;
                break;

            case IRP_MN_SURPRISE_REMOVAL:
                DeviceData.SetNewPnpState(DEVICE_PNP_STATE.SurpriseRemovePending);
                status = STATUS_SUCCESS;
                break;

            case IRP_MN_REMOVE_DEVICE:
                status = Bus_RemovePdo(DeviceData);
                break;

            case IRP_MN_QUERY_CAPABILITIES:
                status = Bus_PDO_QueryDeviceCaps(IrpStack, DeviceData);
                break;

            case IRP_MN_QUERY_ID:
                status = Bus_PDO_QueryDeviceId(Irp, IrpStack, DeviceData);
                break;

            case IRP_MN_QUERY_DEVICE_TEXT:
                status = Bus_PDO_QueryDeviceText(Irp, IrpStack, DeviceData);
                break;

            case IRP_MN_QUERY_DEVICE_RELATIONS when IrpStack.Parameters.QueryDeviceRelations.Type == TargetDeviceRelation:
                status = Bus_PDO_QueryTargetRelation(Irp, DeviceObject);
                break;

            case IRP_MN_QUERY_PNP_DEVICE_STATE:
                if (DeviceData.DontDisplayInUI)
                {
                    Irp.IoStatus.Information |= PNP_DEVICE_DONT_DISPLAY_IN_UI;
                }

                status = STATUS_SUCCESS;
                break;

            case IRP_MN_EJECT:
                // The toaster is out of the bus: the next BusRelations leaves it out.
                DeviceData.Present = false;
                IoInvalidateDeviceRelations(DeviceData.ParentFdo.Extension<FDO_DEVICE_DATA>().UnderlyingPDO, BusRelations);
                status = STATUS_SUCCESS;
                break;
        }

        Irp.IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    /// <summary>IRP_MN_REMOVE_DEVICE of a child: its stack is gone. A toaster still plugged in keeps
    /// its PDO (it is reported again and may be started again); one reported missing is deleted.</summary>
    private static NTSTATUS Bus_RemovePdo(PDO_DEVICE_DATA DeviceData)
    {
        if (!DeviceData.ReportedMissing)
        {
            DeviceData.SetNewPnpState(DEVICE_PNP_STATE.NotStarted);
            return STATUS_SUCCESS;
        }

        var fdoData = DeviceData.ParentFdo.Extension<FDO_DEVICE_DATA>();
        KeWaitForSingleObject(fdoData.Mutex, Executive, KernelMode, false, null);
        fdoData.ListOfPDOs.Remove(DeviceData.Self);
        KeReleaseMutex(fdoData.Mutex, false);

        DeviceData.SetNewPnpState(DEVICE_PNP_STATE.Deleted);
        KdPrint("%s: toaster %d deleted\n", DriverName, DeviceData.SerialNo);
        IoDeleteDevice(DeviceData.Self);
        return STATUS_SUCCESS;
    }

    /// <summary>A toaster can be unplugged and ejected at any time, and unplugging it without warning
    /// harms nothing; its serial number is not unique across buses (UniqueID false) and is its UI number.</summary>
    private static NTSTATUS Bus_PDO_QueryDeviceCaps(IO_STACK_LOCATION IrpStack, PDO_DEVICE_DATA DeviceData)
    {
        var deviceCapabilities = IrpStack.Parameters.DeviceCapabilities.Capabilities;
        if (deviceCapabilities is null || deviceCapabilities.Version != 1 || deviceCapabilities.Size < 0x40)
        {
            return STATUS_UNSUCCESSFUL;
        }

        deviceCapabilities.DeviceState[(int)PowerSystemWorking] = PowerDeviceD0;
        for (var state = (int)PowerSystemSleeping1; state < deviceCapabilities.DeviceState.Length; state++)
        {
            deviceCapabilities.DeviceState[state] = PowerDeviceD3;
        }

        deviceCapabilities.LockSupported = false;
        deviceCapabilities.EjectSupported = true;
        deviceCapabilities.Removable = true;
        deviceCapabilities.DockDevice = false;
        deviceCapabilities.UniqueID = false;
        deviceCapabilities.SilentInstall = false;
        deviceCapabilities.RawDeviceOK = false;
        deviceCapabilities.SurpriseRemovalOK = true;
        deviceCapabilities.Address = DeviceData.SerialNo;
        deviceCapabilities.UINumber = DeviceData.SerialNo;
        return STATUS_SUCCESS;
    }

    /// <summary>IRP_MN_QUERY_ID: the device ID {B85B...}\MsToaster, the serial number as instance ID
    /// (two digits), the hardware IDs enum gave, and the one compatible ID. Other ID types keep the
    /// status they came with.</summary>
    private static NTSTATUS Bus_PDO_QueryDeviceId(IRP Irp, IO_STACK_LOCATION IrpStack, PDO_DEVICE_DATA DeviceData)
    {
        string[]? ids = IrpStack.Parameters.QueryId.IdType switch
        {
            BusQueryDeviceID => [ToasterPublic.BUS_HARDWARE_IDS],
            BusQueryInstanceID => [DeviceData.SerialNo.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)],
            BusQueryHardwareIDs => DeviceData.HardwareIDs,
            BusQueryCompatibleIDs => [ToasterPublic.BUS_COMPATIBLE_IDS],
            _ => null,
        };
        if (ids is null)
        {
            return Irp.IoStatus.Status;
        }

        var multi = IrpStack.Parameters.QueryId.IdType is BusQueryHardwareIDs or BusQueryCompatibleIDs;
        var buffer = AllocatePnpString(ids, multi);
        if (buffer == 0)
        {
            return STATUS_INSUFFICIENT_RESOURCES;
        }

        Irp.IoStatus.Information = buffer;
        return STATUS_SUCCESS;
    }

    /// <summary>IRP_MN_QUERY_DEVICE_TEXT: a description and a location, unless a driver above gave one.</summary>
    private static NTSTATUS Bus_PDO_QueryDeviceText(IRP Irp, IO_STACK_LOCATION IrpStack, PDO_DEVICE_DATA DeviceData)
    {
        if (Irp.IoStatus.Information != 0)
        {
            return Irp.IoStatus.Status;
        }

        var serial = DeviceData.SerialNo.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        string? text = IrpStack.Parameters.QueryDeviceText.DeviceTextType switch
        {
            DeviceTextDescription => $"Simulated toaster {serial}",
            DeviceTextLocationInformation => $"Toaster bus slot {DeviceData.SerialNo}",
            _ => null,
        };
        if (text is null)
        {
            return Irp.IoStatus.Status;
        }

        var buffer = AllocatePnpString([text], multi: false);
        if (buffer == 0)
        {
            return STATUS_INSUFFICIENT_RESOURCES;
        }

        Irp.IoStatus.Information = buffer;
        return STATUS_SUCCESS;
    }

    /// <summary>TargetDeviceRelation: the PDO itself, referenced (the PnP manager dereferences it).</summary>
    private static NTSTATUS Bus_PDO_QueryTargetRelation(IRP Irp, DEVICE_OBJECT DeviceObject)
    {
        var memory = ExAllocatePool2(POOL_FLAG_PAGED, DEVICE_RELATIONS.SizeFor(1), BusEnumPoolTag);
        if (memory.IsNull)
        {
            return STATUS_INSUFFICIENT_RESOURCES;
        }

        var relations = new DEVICE_RELATIONS(memory) { Count = 1 };
        relations[0] = DeviceObject;
        ObReferenceObject(DeviceObject);
        Irp.IoStatus.Information = relations.Address;
        return STATUS_SUCCESS;
    }
}
