namespace NtSim;

// The resources a device is given at start (IRP_MN_START_DEVICE's CM_RESOURCE_LISTs).
public sealed partial class Hardware
{
    private readonly Dictionary<string, HardwareResource[]> _assigned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gives every device with hardware ID <paramref name="hardwareId"/> these resources when it starts: they reach its
    /// drivers in the raw and translated CM_RESOURCE_LISTs of IRP_MN_START_DEVICE, as an INF's LogConfig section or a
    /// bus's resource requirements would have them assigned. Set it before the device starts.
    /// </summary>
    public void AssignResources(string hardwareId, params HardwareResource[] resources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hardwareId);
        ArgumentNullException.ThrowIfNull(resources);
        if (resources.Any(r => r.Type is not (Wdm.CmResourceTypePort or Wdm.CmResourceTypeMemory) || r.Length == 0))
        {
            throw new ArgumentException("AssignResources: each resource must be a non-empty port or memory range.", nameof(resources));
        }

        lock (_assigned)
        {
            _assigned[hardwareId] = [.. resources];
        }
    }

    /// <summary>The resources assigned to the first of <paramref name="hardwareIds"/> that has any; empty when none has.</summary>
    internal IReadOnlyList<HardwareResource> ResourcesFor(IReadOnlyList<string> hardwareIds)
    {
        lock (_assigned)
        {
            foreach (var id in hardwareIds)
            {
                if (_assigned.TryGetValue(id, out var resources))
                {
                    return resources;
                }
            }

            return [];
        }
    }
}
