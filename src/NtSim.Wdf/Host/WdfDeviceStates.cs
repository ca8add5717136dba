namespace NtSim;

/// <summary>
/// The PnP, power and power-policy states of a device and their histories, read from the device's state
/// machines for the host's view (the one place the host reads them). Values and names from wdfdevice.h
/// (KMDF 1.33; kmdf.md 5.1). A host read takes no lock: like a debugger, it sees the machines as they are.
/// </summary>
internal static class WdfDeviceStates
{
    /// <summary>The device's three states and histories, or null for a control device (no PnP package).</summary>
    internal static WdfDeviceMachines? Of(FxDevice device)
    {
        if (device.IsControlDevice)
        {
            return null;
        }

        var pnp = device.Pnp;
        return new WdfDeviceMachines(
            Name(pnp.Pnp.Current), Name(pnp.Power.Current), Name(pnp.Policy.Current),
            [.. pnp.Pnp.History.ToArray().Select(Name)], [.. pnp.Power.History.ToArray().Select(Name)], [.. pnp.Policy.History.ToArray().Select(Name)],
            pnp.IsPowerPolicyOwner);
    }

    private static WdfStateName Name<TState>(TState state)
        where TState : struct, Enum => new(Convert.ToUInt32(state, System.Globalization.CultureInfo.InvariantCulture), state.ToString());
}

/// <summary>What the host reads of a device's three state machines.</summary>
internal sealed record WdfDeviceMachines(
    WdfStateName Pnp,
    WdfStateName Power,
    WdfStateName PowerPolicy,
    IReadOnlyList<WdfStateName> PnpHistory,
    IReadOnlyList<WdfStateName> PowerHistory,
    IReadOnlyList<WdfStateName> PowerPolicyHistory,
    bool IsPowerPolicyOwner);
