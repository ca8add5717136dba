namespace NtSim.Cli.Devcon;

/// <summary>Finds the devices a list of devcon IDs names, in tree order: the present ones, and for
/// findall also the instances the registry keeps under Enum that are not in the tree.</summary>
internal static class DeviceCatalog
{
    internal const string EnumPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Enum";

    internal static IReadOnlyList<DeviceEntry> Find(Machine machine, IReadOnlyList<string> ids, bool includeAbsent)
    {
        var patterns = ids.Select(DeviceIdPattern.Parse).ToList();
        var present = machine.Pnp.Nodes;
        var entries = present
            .Where(n => n != machine.Pnp.Root || patterns.Any(p => p.NamesRoot))
            .Select(DeviceEntry.Of)
            .ToList();
        if (includeAbsent)
        {
            var known = new HashSet<string>(present.Select(n => n.InstancePath), StringComparer.OrdinalIgnoreCase);
            entries.AddRange(Absent(machine.Registry, known));
        }

        return [.. entries.Where(e => patterns.Any(p => p.Matches(e)))];
    }

    /// <summary>Enum\&lt;enumerator&gt;\&lt;device&gt;\&lt;instance&gt; keys with no device node.</summary>
    private static IEnumerable<DeviceEntry> Absent(MachineRegistry registry, HashSet<string> present)
    {
        foreach (var enumerator in registry.GetSubKeyNames(EnumPath))
        {
            foreach (var device in registry.GetSubKeyNames($@"{EnumPath}\{enumerator}"))
            {
                foreach (var instance in registry.GetSubKeyNames($@"{EnumPath}\{enumerator}\{device}"))
                {
                    var path = $@"{enumerator}\{device}\{instance}";
                    if (present.Contains(path))
                    {
                        continue;
                    }

                    var key = $@"{EnumPath}\{path}";
                    yield return new DeviceEntry(path, registry.GetValue(key, "DeviceDesc")?.String,
                        registry.GetValue(key, "HardwareID")?.MultiString ?? [],
                        registry.GetValue(key, "CompatibleIDs")?.MultiString ?? [], null);
                }
            }
        }
    }
}
