namespace NtSim;

/// <summary>
/// A framework device (what !wdfdevice prints): its handle, its WDM device object (!devobj), its PnP,
/// power and power-policy states and their histories, oldest first (null and empty for a control device,
/// which has no PnP package), whether it owns its stack's power policy, its synchronization scope and
/// execution level, and its queues.
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
    /// <summary>The PnP machine's last states, oldest first (empty for a control device).</summary>
    public IReadOnlyList<WdfStateName> PnpHistory { get; init; } = [];

    /// <summary>The power machine's last states, oldest first (empty for a control device).</summary>
    public IReadOnlyList<WdfStateName> PowerHistory { get; init; } = [];

    /// <summary>The power policy machine's last states, oldest first (empty for a control device).</summary>
    public IReadOnlyList<WdfStateName> PowerPolicyHistory { get; init; } = [];

    /// <summary>True when this device owns its stack's power policy (a function device, unless it gave it up).</summary>
    public bool IsPowerPolicyOwner { get; init; }

    /// <summary>The lower device object this device is attached to, and the PDO (0 for a control device).</summary>
    public ulong AttachedDevice { get; init; }

    /// <summary>The address of the PDO under the device (0 for a control device).</summary>
    public ulong PhysicalDevice { get; init; }

    /// <summary>The device as `!wdfkd.wdfdevice &lt;handle&gt; 0xF` prints it: device objects, the three states, the
    /// power policy ownership, the three histories, scope and level (wdfkd's own spelling "SyncronizationScope").</summary>
    public string Dump() => WdfDeviceDump.Format(this);

    internal static WdfDeviceInfo Of(FxDevice device)
    {
        var states = WdfDeviceStates.Of(device);
        return new WdfDeviceInfo(device.Handle, device.DeviceObject.Address, device.IsControlDevice, device.IsFilter,
            states?.Pnp, states?.Power, states?.PowerPolicy, device.Scope, device.Level,
            [.. device.Io.Queues.Select(WdfQueueInfo.Of)])
        {
            PnpHistory = states?.PnpHistory ?? [],
            PowerHistory = states?.PowerHistory ?? [],
            PowerPolicyHistory = states?.PowerPolicyHistory ?? [],
            IsPowerPolicyOwner = states?.IsPowerPolicyOwner ?? false,
            AttachedDevice = device.AttachedDevice?.Address ?? 0,
            PhysicalDevice = device.PhysicalDevice?.Address ?? 0,
        };
    }
}

/// <summary>A state of one of a device's state machines, as !wdfdevice prints it: "119 ( WdfDevStatePnpStarted )".</summary>
public readonly record struct WdfStateName(uint Value, string Name)
{
    /// <summary>The state as !wdfdevice prints it: the value in hex and the name, "119 ( WdfDevStatePnpStarted )".</summary>
    public override string ToString() => $"{Value:x} ( {Name} )";

    /// <summary>An entry of a state history, as !wdfdevice prints it: "WdfDevStatePnpInit (0x105)".</summary>
    public string HistoryEntry => $"{Name} (0x{Value:x})";
}
