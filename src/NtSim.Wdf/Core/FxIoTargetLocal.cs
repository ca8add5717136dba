namespace NtSim;

/// <summary>The device's local I/O target (WdfDeviceGetIoTarget): the next lower device in its stack,
/// opened and started when the device is created, closed with the device.</summary>
internal sealed class FxIoTargetLocal : FxIoTarget
{
    private FxIoTargetLocal(FxDriverGlobals globals, FxDevice device)
        : base(globals, device, FxObjectType.IoTarget)
    {
    }

    /// <summary>The framework owns the default target: a driver cannot delete it.</summary>
    internal override bool DriverMayDelete => false;

    internal static FxIoTargetLocal? Create(KTHREAD thread, FxDevice device)
    {
        if (device.AttachedDevice is not { } lower)
        {
            return null;
        }

        var target = new FxIoTargetLocal(device.Globals, device)
        {
            TargetDevice = lower,
            TargetPdo = device.PhysicalDevice,
        };
        if (!Wdm.NT_SUCCESS(target.Commit(thread, null, device)))
        {
            return null;
        }

        target.SetState(WDF_IO_TARGET_STATE.WdfIoTargetStarted);
        return target;
    }
}
