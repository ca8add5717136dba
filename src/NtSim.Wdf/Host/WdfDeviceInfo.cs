namespace NtSim;

/// <summary>
/// A framework device (what !wdfdevice prints): its handle, its WDM device object (!devobj), its PnP,
/// power and power-policy states (null for a control device, which has no PnP package), its
/// synchronization scope and execution level, and its queues.
/// </summary>
public sealed record WdfDeviceInfo(
    ulong Handle,
    ulong DeviceObject,
    bool IsControlDevice,
    bool IsFilter,
    WdfStateName? PnpState,
    WdfStateName? PowerState,
    WdfStateName? PowerPolicyState,
    WDF_SYNCHRONIZATION_SCOPE SynchronizationScope,
    WDF_EXECUTION_LEVEL ExecutionLevel,
    IReadOnlyList<WdfQueueInfo> Queues)
{
    internal static WdfDeviceInfo Of(FxDevice device)
    {
        var states = WdfDeviceStates.Of(device);
        return new WdfDeviceInfo(device.Handle, device.DeviceObject.Address, device.IsControlDevice, device.IsFilter,
            states?.Pnp, states?.Power, states?.PowerPolicy, device.Scope, device.Level,
            [.. device.Io.Queues.Select(WdfQueueInfo.Of)]);
    }
}

/// <summary>A state of one of a device's state machines, as !wdfdevice prints it: "119 ( WdfDevStatePnpStarted )".</summary>
public readonly record struct WdfStateName(uint Value, string Name)
{
    public override string ToString() => $"{Value:x} ( {Name} )";
}
