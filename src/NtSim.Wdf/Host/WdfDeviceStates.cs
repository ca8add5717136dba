namespace NtSim;

/// <summary>
/// The PnP, power and power-policy states of a device, for the host's view. Values and names from
/// wdfdevice.h (KMDF 1.33; kmdf.md 5.1). The one place the host reads the device's state machines.
/// </summary>
internal static class WdfDeviceStates
{
    private static readonly (WdfStateName Pnp, WdfStateName Power, WdfStateName PowerPolicy) s_started =
        (new(0x119, "WdfDevStatePnpStarted"), new(0x307, "WdfDevStatePowerD0"), new(0x565, "WdfDevStatePwrPolStarted"));

    private static readonly (WdfStateName Pnp, WdfStateName Power, WdfStateName PowerPolicy) s_added =
        (new(0x105, "WdfDevStatePnpInit"), new(0x300, "WdfDevStatePowerObjectCreated"), new(0x500, "WdfDevStatePwrPolObjectCreated"));

    /// <summary>The device's three states, or null for a control device (no PnP package).</summary>
    internal static (WdfStateName Pnp, WdfStateName Power, WdfStateName PowerPolicy)? Of(FxDevice device)
    {
        if (device.IsControlDevice)
        {
            return null;
        }

        // The linear PnP package knows started or not: Init after AddDevice, Started once started.
        return device.Pnp.Started ? s_started : s_added;
    }
}
