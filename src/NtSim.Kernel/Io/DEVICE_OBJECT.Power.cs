namespace NtSim;

public sealed partial class DEVICE_OBJECT
{
    /// <summary>The device power state its driver last reported with PoSetPowerState (DEVOBJ_EXTENSION.PowerFlags);
    /// PowerDeviceUnspecified until the first report, as the zeroed extension reads.</summary>
    internal DEVICE_POWER_STATE PowerState { get; set; }
}
