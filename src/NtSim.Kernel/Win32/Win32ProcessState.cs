namespace NtSim;

/// <summary>What setupapi keeps per process: its device information sets, by HDEVINFO value.</summary>
internal sealed class Win32ProcessState
{
    private readonly Dictionary<ulong, DeviceInfoSet> _deviceInfoSets = [];
    private readonly Lock _lock = new();
    private ulong _next = 0x10000;

    internal HDEVINFO Add(DeviceInfoSet set)
    {
        lock (_lock)
        {
            _next += 0x10;
            _deviceInfoSets.Add(_next, set);
            return new HDEVINFO(_next);
        }
    }

    internal DeviceInfoSet? Find(HDEVINFO handle)
    {
        lock (_lock)
        {
            return _deviceInfoSets.GetValueOrDefault(handle.Value);
        }
    }

    internal bool Remove(HDEVINFO handle)
    {
        lock (_lock)
        {
            return _deviceInfoSets.Remove(handle.Value);
        }
    }
}

/// <summary>A device information set of interfaces: each interface with its device path, its
/// device instance and whether it was enabled when the set was made.</summary>
internal sealed class DeviceInfoSet(Guid classGuid, IReadOnlyList<DeviceInterfaceInstance> interfaces)
{
    internal Guid ClassGuid { get; } = classGuid;

    internal IReadOnlyList<DeviceInterfaceInstance> Interfaces { get; } = interfaces;

    /// <summary>The devices of the set, in order of first appearance (DevInst is the index + 1).</summary>
    internal IReadOnlyList<string> Devices { get; } =
        [.. interfaces.Select(i => i.Name.InstancePath).Distinct(StringComparer.OrdinalIgnoreCase)];

    internal uint DevInstOf(DeviceInterfaceInstance instance) =>
        (uint)Devices.ToList().FindIndex(d => string.Equals(d, instance.Name.InstancePath, StringComparison.OrdinalIgnoreCase)) + 1;
}
