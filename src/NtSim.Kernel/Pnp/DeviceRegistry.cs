namespace NtSim;

/// <summary>
/// A device node's registry keys: its hardware key <c>Enum\&lt;device ID&gt;\&lt;instance ID&gt;</c>
/// (HardwareID, CompatibleIDs, Service, ClassGUID, Driver, ConfigFlags, filters...), its class key
/// <c>Control\Class\{guid}</c> (class filters) and its driver key <c>Control\Class\{guid}\NNNN</c>.
/// </summary>
internal static class DeviceRegistry
{
    internal const string EnumPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Enum";
    internal const string ClassPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\Class";

    // cfgmgr32.h: ConfigFlags bits.
    internal const uint CONFIGFLAG_DISABLED = 0x00000001;

    internal static string HardwareKey(DeviceNode node) => EnumPath + @"\" + node.InstancePath;

    /// <summary>Writes what the bus reported into the node's hardware key and reads back what setup put there.</summary>
    internal static void Record(MachineRegistry registry, DeviceNode node)
    {
        var key = HardwareKey(node);
        registry.CreateKey(key);
        registry.SetValue(key, "HardwareID", node.HardwareIds.ToArray());
        registry.SetValue(key, "CompatibleIDs", node.CompatibleIds.ToArray());
        if (node.ContainerId is { } container)
        {
            registry.SetValue(key, "ContainerID", container);
        }

        if (node.Description is { } description)
        {
            registry.SetValue(key, "DeviceDesc", description);
        }
        else if (registry.GetValue(key, "DeviceDesc")?.String is { Length: > 0 } stored)
        {
            node.Description = stored;
        }

        if (node.Location is { } location)
        {
            registry.SetValue(key, "LocationInformation", location);
        }

        registry.SetValue(key, "Capabilities", CapabilityBits(node.Capabilities));
        if (registry.GetValue(key, "ConfigFlags") is null)
        {
            registry.SetValue(key, "ConfigFlags", 0u);
        }

        node.ClassGuid = ClassGuid(registry, node);
        node.Service = Service(registry, node);
    }

    internal static bool IsDisabled(MachineRegistry registry, DeviceNode node) =>
        ((registry.GetValue(HardwareKey(node), "ConfigFlags")?.Dword ?? 0) & CONFIGFLAG_DISABLED) != 0;

    internal static void SetDisabled(MachineRegistry registry, DeviceNode node, bool disabled)
    {
        var key = HardwareKey(node);
        var flags = registry.GetValue(key, "ConfigFlags")?.Dword ?? 0;
        registry.SetValue(key, "ConfigFlags", disabled ? flags | CONFIGFLAG_DISABLED : flags & ~CONFIGFLAG_DISABLED);
    }

    /// <summary>Whether setup has chosen a driver (a Service, or a Driver key for a raw device).</summary>
    internal static bool IsInstalled(MachineRegistry registry, DeviceNode node) =>
        registry.GetValue(HardwareKey(node), "Service") is not null || registry.GetValue(HardwareKey(node), "Driver") is not null;

    internal static string? Service(MachineRegistry registry, DeviceNode node) =>
        registry.GetValue(HardwareKey(node), "Service")?.String is { Length: > 0 } service ? service : null;

    internal static Guid? ClassGuid(MachineRegistry registry, DeviceNode node) =>
        Guid.TryParse(registry.GetValue(HardwareKey(node), "ClassGUID")?.String, out var guid) ? guid : null;

    internal static string ClassKey(Guid guid) => ClassPath + @"\" + guid.ToString("B").ToUpperInvariant();

    /// <summary>The node's UpperFilters or LowerFilters: those of its hardware key, then those of its class key.</summary>
    internal static IEnumerable<string> Filters(MachineRegistry registry, DeviceNode node, string valueName)
    {
        var device = registry.GetValue(HardwareKey(node), valueName)?.MultiString ?? [];
        var cls = node.ClassGuid is { } guid ? registry.GetValue(ClassKey(guid), valueName)?.MultiString ?? [] : [];
        return device.Concat(cls).Where(s => s.Length > 0);
    }

    /// <summary>CM_DEVCAP_* bits of the Capabilities value.</summary>
    private static uint CapabilityBits(DEVICE_CAPABILITIES c) =>
        (c.LockSupported ? 0x1u : 0) | (c.EjectSupported ? 0x2u : 0) | (c.Removable ? 0x4u : 0) | (c.DockDevice ? 0x8u : 0)
        | (c.UniqueID ? 0x10u : 0) | (c.SilentInstall ? 0x20u : 0) | (c.RawDeviceOK ? 0x40u : 0) | (c.SurpriseRemovalOK ? 0x80u : 0)
        | (c.HardwareDisabled ? 0x100u : 0) | (c.NonDynamic ? 0x200u : 0);
}
