namespace NtSim;

/// <summary>
/// The one dispatch routine the framework puts in every KMDF driver's table (FxDevice::Dispatch):
/// the device's preprocess callback first, if it asked for the IRP; then the package that owns the
/// major function: PnP and power to FxPkgPnp, create/cleanup/close to FxPkgGeneral, read, write and
/// the two device controls to FxPkgIo. Anything else a filter passes down; a function or control
/// device completes it with STATUS_INVALID_DEVICE_REQUEST.
/// </summary>
internal static class FxDispatch
{
    internal static NTSTATUS Dispatch(DEVICE_OBJECT deviceObject, IRP irp)
    {
        var thread = KTHREAD.Current!;
        if (FxDevice.Of(deviceObject) is not { } device)
        {
            // A device the driver made itself with IoCreateDevice: nothing of the framework's to route it.
            return FxIrp.Complete(irp, Wdm.STATUS_INVALID_DEVICE_REQUEST, 0);
        }

        var stack = Wdm.IoGetCurrentIrpStackLocation(irp);
        if (device.Preprocess.For(stack.MajorFunction, stack.MinorFunction) is { } preprocess)
        {
            using (device.Globals.EnterClient(thread))
            {
                return preprocess(new WDFDEVICE(device), irp);
            }
        }

        return DispatchPreprocessed(thread, device, irp);
    }

    /// <summary>The framework's own handling (WdfDeviceWdmDispatchPreprocessedIrp lands here).</summary>
    internal static NTSTATUS DispatchPreprocessed(KTHREAD thread, FxDevice device, IRP irp)
    {
        var stack = Wdm.IoGetCurrentIrpStackLocation(irp);
        switch (stack.MajorFunction)
        {
            case Wdm.IRP_MJ_PNP:
                return device.Pnp.DispatchPnp(thread, irp);
            case Wdm.IRP_MJ_POWER:
                return device.Pnp.DispatchPower(thread, irp);
            case Wdm.IRP_MJ_CREATE:
            case Wdm.IRP_MJ_CLEANUP:
            case Wdm.IRP_MJ_CLOSE:
                return device.General.Dispatch(thread, irp);
            case Wdm.IRP_MJ_READ:
            case Wdm.IRP_MJ_WRITE:
            case Wdm.IRP_MJ_DEVICE_CONTROL:
            case Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL:
                return device.Io.Dispatch(thread, irp);
            case Wdm.IRP_MJ_SHUTDOWN when device.Shutdown is { } shutdown:
                using (device.Globals.EnterClient(thread))
                {
                    shutdown(new WDFDEVICE(device));
                }

                return FxIrp.Complete(irp, Wdm.STATUS_SUCCESS, 0);
            default:
                return device.IsFilter || (device.AttachedDevice is not null && stack.MajorFunction == Wdm.IRP_MJ_SYSTEM_CONTROL)
                    ? FxIrp.PassDown(device, irp)
                    : FxIrp.Complete(irp, Wdm.STATUS_INVALID_DEVICE_REQUEST, 0);
        }
    }
}
