namespace NtSim;

/// <summary>The device properties IoGetDeviceProperty returns, in their registry formats
/// (strings NUL-terminated UTF-16, ID lists as REG_MULTI_SZ, numbers as ULONG).</summary>
internal static class DeviceProperties
{
    internal static byte[]? Read(Machine machine, DeviceNode node, DEVICE_REGISTRY_PROPERTY property, out bool known)
    {
        known = true;
        var registry = machine.Registry;
        var key = DeviceRegistry.HardwareKey(node);
        byte[]? Value(string name) => registry.GetValue(key, name)?.Data;
        return property switch
        {
            Wdm.DevicePropertyDeviceDescription => Value("DeviceDesc"),
            Wdm.DevicePropertyHardwareID => RegistryData.MultiString([.. node.HardwareIds]),
            Wdm.DevicePropertyCompatibleIDs => RegistryData.MultiString([.. node.CompatibleIds]),
            Wdm.DevicePropertyClassName => Value("Class"),
            Wdm.DevicePropertyClassGuid => Value("ClassGUID"),
            Wdm.DevicePropertyDriverKeyName => Value("Driver"),
            Wdm.DevicePropertyManufacturer => Value("Mfg"),
            Wdm.DevicePropertyFriendlyName => Value("FriendlyName"),
            Wdm.DevicePropertyLocationInformation => Value("LocationInformation"),
            Wdm.DevicePropertyPhysicalDeviceObjectName => node.PhysicalDeviceObject?.Name is { } name ? RegistryData.String(name) : null,
            Wdm.DevicePropertyEnumeratorName => RegistryData.String(node.InstancePath[..node.InstancePath.IndexOf('\\')]),
            Wdm.DevicePropertyAddress => node.Capabilities.Address == uint.MaxValue ? null : RegistryData.Dword(node.Capabilities.Address),
            Wdm.DevicePropertyUINumber => node.Capabilities.UINumber == uint.MaxValue ? null : RegistryData.Dword(node.Capabilities.UINumber),
            // CM_REMOVAL_POLICY_EXPECT_SURPRISE_REMOVAL (3) for removable devices, else ..._NO_REMOVAL (1).
            Wdm.DevicePropertyRemovalPolicy => RegistryData.Dword(node.Capabilities.Removable ? 3u : 1u),
            Wdm.DevicePropertyContainerID => node.ContainerId is { } container ? RegistryData.String(container) : null,
            _ when (uint)property <= (uint)Wdm.DevicePropertyContainerID => null,
            _ => Unknown(out known),
        };
    }

    /// <summary>A property wdm.h defines but NtSim keeps no value for is not found; a number past
    /// DevicePropertyContainerID is no property at all.</summary>
    private static byte[]? Unknown(out bool known)
    {
        known = false;
        return null;
    }
}
