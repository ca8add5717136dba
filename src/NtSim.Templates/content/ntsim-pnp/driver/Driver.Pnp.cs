using NtSim;
using static NtSim.Wdm;

namespace MyDriver;

/// <summary>The PnP and power IRPs. A function driver handles the ones it must (start, remove) and
/// passes every IRP down to the bus driver below it, as the WDK requires: the PDO completes it.</summary>
public sealed partial class Driver
{
    /// <summary>IRP_MJ_PNP.</summary>
    private static NTSTATUS MyDriverDispatchPnp(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fdoData = DeviceObject.Extension<FDO_DATA>();
        var status = IoAcquireRemoveLock(fdoData.RemoveLock, Irp);
        if (!NT_SUCCESS(status))
        {
            return MyDriverCompleteRequest(Irp, status, 0);
        }

        switch (IoGetCurrentIrpStackLocation(Irp).MinorFunction)
        {
            case IRP_MN_START_DEVICE:
                // Handled on the way up: the bus driver starts the device first.
                status = IoForwardIrpSynchronously(fdoData.NextLowerDriver, Irp) ? Irp.IoStatus.Status : STATUS_UNSUCCESSFUL;
                if (NT_SUCCESS(status))
                {
                    fdoData.StartCount++;
                    MyDriverSetInterfaceState(fdoData, true);
                    KdPrint("MyDriver: started\n");
                }

                return MyDriverCompleteAndRelease(fdoData, Irp, status);

            case IRP_MN_CANCEL_STOP_DEVICE:
            case IRP_MN_CANCEL_REMOVE_DEVICE:
                // A cancel is handled on the way up too: the lower drivers cancel first. Nothing of ours to undo.
                IoForwardIrpSynchronously(fdoData.NextLowerDriver, Irp);
                return MyDriverCompleteAndRelease(fdoData, Irp, STATUS_SUCCESS);

            case IRP_MN_QUERY_STOP_DEVICE:
            case IRP_MN_QUERY_REMOVE_DEVICE:
            case IRP_MN_STOP_DEVICE:
                // Nothing holds the device: say yes, and let the lower drivers answer too.
                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_SURPRISE_REMOVAL:
                MyDriverSetInterfaceState(fdoData, false);
                Irp.IoStatus.Status = STATUS_SUCCESS;
                break;

            case IRP_MN_REMOVE_DEVICE:
                return MyDriverRemoveDevice(fdoData, Irp);
        }

        // Every other IRP goes down untouched: its status is the bus driver's to set.
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(fdoData.NextLowerDriver, Irp);
        IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        return status;
    }

    /// <summary>IRP_MN_REMOVE_DEVICE: disable the interface, pass the IRP down, wait until no IRP holds
    /// the remove lock, then detach and delete the FDO.</summary>
    private static NTSTATUS MyDriverRemoveDevice(FDO_DATA fdoData, IRP Irp)
    {
        MyDriverSetInterfaceState(fdoData, false);
        Irp.IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        var status = IoCallDriver(fdoData.NextLowerDriver, Irp);

        // "Call IoReleaseRemoveLockAndWait before IoDetachDevice" (Using Remove Locks, WDK).
        IoReleaseRemoveLockAndWait(fdoData.RemoveLock, Irp);
        IoDetachDevice(fdoData.NextLowerDriver);
        RtlFreeUnicodeString(ref fdoData.InterfaceName);
        IoDeleteDevice(fdoData.Self);
        KdPrint("MyDriver: removed\n");
        return status;
    }

    /// <summary>IRP_MJ_POWER: the device has no power states of its own to manage; the bus driver answers.</summary>
    private static NTSTATUS MyDriverDispatchPower(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fdoData = DeviceObject.Extension<FDO_DATA>();
        var status = IoAcquireRemoveLock(fdoData.RemoveLock, Irp);
        if (!NT_SUCCESS(status))
        {
            return MyDriverCompleteRequest(Irp, status, 0);
        }

        IoSkipCurrentIrpStackLocation(Irp);
        status = PoCallDriver(fdoData.NextLowerDriver, Irp);
        IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        return status;
    }

    /// <summary>IRP_MJ_SYSTEM_CONTROL (WMI): the driver registers no WMI provider, so it passes the IRP down.</summary>
    private static NTSTATUS MyDriverDispatchPassDown(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fdoData = DeviceObject.Extension<FDO_DATA>();
        var status = IoAcquireRemoveLock(fdoData.RemoveLock, Irp);
        if (!NT_SUCCESS(status))
        {
            return MyDriverCompleteRequest(Irp, status, 0);
        }

        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(fdoData.NextLowerDriver, Irp);
        IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        return status;
    }

    private static void MyDriverSetInterfaceState(FDO_DATA fdoData, bool enable)
    {
        if (fdoData.InterfaceEnabled != enable && NT_SUCCESS(IoSetDeviceInterfaceState(fdoData.InterfaceName, enable)))
        {
            fdoData.InterfaceEnabled = enable;
        }
    }

    private static NTSTATUS MyDriverCompleteAndRelease(FDO_DATA fdoData, IRP Irp, NTSTATUS status)
    {
        MyDriverCompleteRequest(Irp, status, 0);
        IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        return status;
    }
}
