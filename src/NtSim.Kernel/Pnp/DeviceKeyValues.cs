namespace NtSim;

/// <summary>The values of a device's hardware key as read at one moment, looked up by name
/// (case-insensitive; a handful of values, so a scan).</summary>
internal readonly struct DeviceKeyValues(IReadOnlyList<RegistryValue> values)
{
    internal RegistryValue? Get(string name)
    {
        foreach (var value in values)
        {
            if (string.Equals(value.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
