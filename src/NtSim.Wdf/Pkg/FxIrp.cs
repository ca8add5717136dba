namespace NtSim;

/// <summary>The few things the framework does to a bare IRP (FxIrp): complete it, or send it down unchanged.</summary>
internal static class FxIrp
{
    internal static NTSTATUS Complete(IRP irp, NTSTATUS status, ulong information, sbyte boost = 0)
    {
        irp.IoStatus.Status = status;
        irp.IoStatus.Information = information;
        Wdm.IoCompleteRequest(irp, boost);
        return status;
    }

    /// <summary>Skips this location and calls the next lower driver.</summary>
    internal static NTSTATUS PassDown(FxDevice device, IRP irp)
    {
        if (device.AttachedDevice is not { } lower)
        {
            return Complete(irp, Wdm.STATUS_INVALID_DEVICE_REQUEST, 0);
        }

        Wdm.IoSkipCurrentIrpStackLocation(irp);
        return Wdm.IoCallDriver(lower, irp);
    }
}
