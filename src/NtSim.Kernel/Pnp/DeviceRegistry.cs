namespace NtSim;

/// <summary>
/// A device node's registry keys: its hardware key <c>Enum\&lt;device ID&gt;\&lt;instance ID&gt;</c>
/// (HardwareID, CompatibleIDs, Service, ClassGUID, Driver, ConfigFlags, filters...), its class key
/// <c>Control\Class\{guid}</c> (class filters) and its driver key <c>Control\Class\{guid}\NNNN</c>.
/// The PnP manager reads a hardware key whole (<see cref="Read"/>) and writes it in one call.
/// </summary>
internal static class DeviceRegistry
{
    internal const string EnumPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Enum";
    internal const string ClassPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\Class";

    // cfgmgr32.h: ConfigFlags bits.
    internal const uint CONFIGFLAG_DISABLED = 0x00000001;

    internal static string HardwareKey(DeviceNode node) => EnumPath + @"\" + node.InstancePath;

    /// <summary>The values of the node's hardware key (none if it has no key).</summary>
    internal static DeviceKeyValues Read(MachineRegistry registry, DeviceNode node) => new(registry.ValuesIfAnyShared(HardwareKey(node)));

    /// <summary>Writes what the bus reported into the node's hardware key and reads back what setup put there.</summary>
    internal static void Record(MachineRegistry registry, DeviceNode node)
    {
        var stored = Read(registry, node);
        var values = new List<KeyValuePair<string, object>>
        {
            new("HardwareID", node.HardwareIds.ToArray()),
            new("CompatibleIDs", node.CompatibleIds.ToArray()),
            new("Capabilities", CapabilityBits(node.Capabilities)),
        };
        if (node.ContainerId is { } container)
        {
            values.Add(new("ContainerID", container));
        }

        if (node.Description is { } description)
        {
            values.Add(new("DeviceDesc", description));
        }
        else if (stored.Get("DeviceDesc")?.String is { Length: > 0 } storedDescription)
        {
            node.Description = storedDescription;
        }

        if (node.Location is { } location)
        {
            values.Add(new("LocationInformation", location));
        }

        if (stored.Get("ConfigFlags") is null)
        {
            values.Add(new("ConfigFlags", 0u));
        }

        registry.SetValues(HardwareKey(node), values);
        node.ClassGuid = ClassGuid(stored);
        node.Service = Service(stored);
    }

    internal static bool IsDisabled(DeviceKeyValues key) =>
        ((key.Get("ConfigFlags")?.Dword ?? 0) & CONFIGFLAG_DISABLED) != 0;

    internal static void SetDisabled(MachineRegistry registry, DeviceNode node, bool disabled)
    {
        var key = HardwareKey(node);
        var flags = registry.GetValue(key, "ConfigFlags")?.Dword ?? 0;
        registry.SetValue(key, "ConfigFlags", disabled ? flags | CONFIGFLAG_DISABLED : flags & ~CONFIGFLAG_DISABLED);
    }

    /// <summary>Whether setup has chosen a driver (a Service, or a Driver key for a raw device).</summary>
    internal static bool IsInstalled(DeviceKeyValues key) => key.Get("Service") is not null || key.Get("Driver") is not null;

    internal static string? Service(DeviceKeyValues key) =>
        key.Get("Service")?.String is { Length: > 0 } service ? service : null;

    internal static Guid? ClassGuid(DeviceKeyValues key) =>
        Guid.TryParse(key.Get("ClassGUID")?.String, out var guid) ? guid : null;

    internal static string ClassKey(Guid guid) => ClassPath + @"\" + guid.ToString("B").ToUpperInvariant();

    /// <summary>The node's UpperFilters or LowerFilters: those of its hardware key, then those of its class key.</summary>
    internal static IEnumerable<string> Filters(MachineRegistry registry, DeviceKeyValues key, string valueName)
    {
        var device = key.Get(valueName)?.MultiString ?? [];
        var cls = ClassGuid(key) is { } guid ? registry.GetValue(ClassKey(guid), valueName)?.MultiString ?? [] : [];
        return device.Concat(cls).Where(s => s.Length > 0);
    }

    /// <summary>CM_DEVCAP_* bits of the Capabilities value.</summary>
    private static uint CapabilityBits(DEVICE_CAPABILITIES c) =>
        (c.LockSupported ? 0x1u : 0) | (c.EjectSupported ? 0x2u : 0) | (c.Removable ? 0x4u : 0) | (c.DockDevice ? 0x8u : 0)
        | (c.UniqueID ? 0x10u : 0) | (c.SilentInstall ? 0x20u : 0) | (c.RawDeviceOK ? 0x40u : 0) | (c.SurpriseRemovalOK ? 0x80u : 0)
        | (c.HardwareDisabled ? 0x100u : 0) | (c.NonDynamic ? 0x200u : 0);
}
