namespace NtSim;

/// <summary>The PnP/power and power policy callbacks a device was created with.</summary>
internal sealed class FxPnpCallbacks
{
    internal WDF_PNPPOWER_EVENT_CALLBACKS PnpPower { get; set; } = new();

    internal WDF_POWER_POLICY_EVENT_CALLBACKS PowerPolicy { get; set; } = new();

    /// <summary>WdfDeviceInitSetPowerPolicyOwnership: null (the default: the function driver owns it, a filter does not).</summary>
    internal bool? PowerPolicyOwner { get; set; }
}
