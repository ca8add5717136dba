namespace NtSim;

/// <summary>
/// The registry of a machine, for the host: set up what a driver will read (a service key and its
/// Parameters), look at what it wrote, print a tree. Paths are absolute: <c>\Registry\Machine\...</c>,
/// or <c>HKLM\...</c>, <c>HKEY_LOCAL_MACHINE\...</c>, <c>HKU\...</c>; case does not matter and
/// symbolic links (CurrentControlSet) are followed. Callable from any host thread, while the
/// machine runs too. Drivers use the Zw and Rtl registry routines instead.
/// </summary>
public sealed class MachineRegistry
{
    /// <summary>Where service keys live: the RegistryPath of a driver is a subkey of it.</summary>
    public const string ServicesPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Services";

    private readonly ConfigurationManager _cm;

    internal MachineRegistry(ConfigurationManager cm)
    {
        _cm = cm;
    }

    /// <summary>What the boot repaired in the registry folder (MachineOptions.RepairRegistry): the damage found,
    /// what it lost, the files moved aside; empty when nothing was damaged, null without RepairRegistry.</summary>
    public RegistryRepairReport? RepairReport => _cm.RepairReport;

    /// <summary>Creates a key and its missing parents, as <c>reg add</c> does; false if it already existed.</summary>
    public bool CreateKey(string path, bool isVolatile = false) => _cm.HostCreateKey(path, isVolatile);

    /// <summary>Whether the key exists (a path such as <c>HKLM\System\CurrentControlSet\Services\Sample</c>).</summary>
    public bool KeyExists(string path) => _cm.HostKeyExists(path);

    /// <summary>Deletes a key (with its subkeys when <paramref name="recursive"/>); false if there is no such key.
    /// A symbolic link key is deleted itself, not its target.</summary>
    public bool DeleteKey(string path, bool recursive = false) => _cm.HostDeleteKey(path, recursive);

    /// <summary>Sets a value of type <paramref name="type"/> (REG_*), creating the key if needed.</summary>
    public void SetValue(string keyPath, string valueName, uint type, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(valueName);
        ArgumentNullException.ThrowIfNull(data);
        _cm.HostSetValue(keyPath, valueName, type, data);
    }

    /// <summary>Sets a value, its type from the C# type: uint or int REG_DWORD, ulong or long REG_QWORD,
    /// string REG_SZ, string[] REG_MULTI_SZ, byte[] REG_BINARY.</summary>
    public void SetValue(string keyPath, string valueName, object value)
    {
        var (type, data) = TypeOf(value);
        SetValue(keyPath, valueName, type, data);
    }

    /// <summary>Sets several values of one key (created if needed) at once, their types as
    /// <see cref="SetValue(string, string, object)"/> gives them.</summary>
    public void SetValues(string keyPath, IEnumerable<KeyValuePair<string, object>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _cm.HostSetValues(keyPath, [.. values.Select(v =>
        {
            var (type, data) = TypeOf(v.Value);
            return (v.Key, type, data);
        })]);
    }

    /// <summary>The values of a key, or none when there is no such key, sharing the registry's data
    /// arrays (read-only use by the kernel's own components).</summary>
    internal IReadOnlyList<RegistryValue> ValuesIfAnyShared(string path) => _cm.ValuesIfAnyShared(path);

    private static (uint Type, byte[] Data) TypeOf(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            uint u => (Wdm.REG_DWORD, RegistryData.Dword(u)),
            int i => (Wdm.REG_DWORD, RegistryData.Dword(unchecked((uint)i))),
            ulong u => (Wdm.REG_QWORD, RegistryData.Qword(u)),
            long l => (Wdm.REG_QWORD, RegistryData.Qword(unchecked((ulong)l))),
            string s => (Wdm.REG_SZ, RegistryData.String(s)),
            string[] m => (Wdm.REG_MULTI_SZ, RegistryData.MultiString(m)),
            byte[] b => (Wdm.REG_BINARY, b),
            _ => throw new ArgumentException($"Registry.SetValue: a {value.GetType().Name} has no registry type; pass the REG_* type and the bytes.", nameof(value)),
        };
    }

    /// <summary>The value, or null if the key or the value does not exist.</summary>
    public RegistryValue? GetValue(string keyPath, string valueName) => _cm.HostGetValue(keyPath, valueName);

    /// <summary>Deletes a value; false if the key or the value does not exist.</summary>
    public bool DeleteValue(string keyPath, string valueName) => _cm.HostDeleteValue(keyPath, valueName);

    /// <summary>The names of the subkeys, in ZwEnumerateKey's order.</summary>
    public IReadOnlyList<string> GetSubKeyNames(string path) => _cm.HostSubKeyNames(path);

    /// <summary>The values, in ZwEnumerateValueKey's order.</summary>
    public IReadOnlyList<RegistryValue> GetValues(string path) => _cm.HostValues(path);

    /// <summary>LastWriteTime, volatility, link target, counts; <paramref name="openLink"/> describes a link key itself.</summary>
    public RegistryKeyInfo GetKeyInfo(string path, bool openLink = false) => _cm.HostKeyInfo(path, openLink);

    /// <summary>The tree under a key as text, values and subkeys, one a line.</summary>
    public string Dump(string path = @"\Registry", bool recursive = true) => _cm.Dump(path, recursive);
}
