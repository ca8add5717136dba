namespace NtSim;

/// <summary>The PnP/power and power policy callbacks a device was created with.</summary>
internal sealed class FxPnpCallbacks
{
    internal WDF_PNPPOWER_EVENT_CALLBACKS PnpPower { get; set; } = new();

    internal WDF_POWER_POLICY_EVENT_CALLBACKS PowerPolicy { get; set; } = new();

    /// <summary>WdfDeviceInitSetPowerPolicyOwnership: null (the default: the function driver owns it, a filter does not).</summary>
    internal bool? PowerPolicyOwner { get; set; }

    /// <summary>WdfDeviceInitRegisterPnpStateChangeCallback: per PnP state, the callback and its WDF_STATE_NOTIFICATION_TYPE bits.</summary>
    internal Dictionary<WDF_DEVICE_PNP_STATE, (EVT_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION Callback, WDF_STATE_NOTIFICATION_TYPE Types)> PnpStateCallbacks { get; } = [];
}
