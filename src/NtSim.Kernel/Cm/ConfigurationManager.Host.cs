namespace NtSim;

/// <summary>The host's view of the registry (<see cref="MachineRegistry"/>): by path, without key
/// objects or handles, from any thread. Paths are absolute ("\Registry\Machine\...", "HKLM\...");
/// symbolic links are followed.</summary>
internal sealed partial class ConfigurationManager
{
    /// <summary>Creates a key and any missing parents (as reg add does); false if it existed.</summary>
    internal bool HostCreateKey(string path, bool isVolatile)
    {
        lock (_lock)
        {
            var created = EnsureKey(Canonical(path), isVolatile, out _);
            Commit();
            return created;
        }
    }

    internal bool HostKeyExists(string path)
    {
        lock (_lock)
        {
            return Find(path) is not null;
        }
    }

    /// <summary>Deletes a key (and, with <paramref name="recursive"/>, its subkeys); false if there is none.</summary>
    internal bool HostDeleteKey(string path, bool recursive)
    {
        lock (_lock)
        {
            var node = Find(path, openLink: true);
            if (node is null)
            {
                return false;
            }

            if (node.SubKeyCount != 0 && !recursive)
            {
                throw new InvalidOperationException($"Registry.DeleteKey({path}): the key has {node.SubKeyCount} subkey(s); pass recursive: true to delete them too.");
            }

            if (Protected(node) is { } kept)
            {
                throw new InvalidOperationException($"Registry.DeleteKey({path}): {kept.FullName} belongs to the system and cannot be deleted.");
            }

            Journal(node, CmLogKind.DeleteKey, time: Now);
            DeleteTree(node);
            Commit();
            return true;
        }
    }

    /// <summary>Sets a value, creating the key and its parents if needed.</summary>
    internal void HostSetValue(string path, string name, uint type, byte[] data)
    {
        lock (_lock)
        {
            EnsureKey(Canonical(path), isVolatile: false, out var node);
            var copy = (byte[])data.Clone();
            node.SetValue(name, type, copy);
            Touch(node);
            Journal(node, CmLogKind.SetValue, name, type, copy);
            Commit();
        }
    }

    /// <summary>Several values of one key set in one call (one lookup, one log record).</summary>
    internal void HostSetValues(string path, IReadOnlyList<(string Name, uint Type, byte[] Data)> values)
    {
        lock (_lock)
        {
            EnsureKey(Canonical(path), isVolatile: false, out var node);
            foreach (var (name, type, data) in values)
            {
                var copy = (byte[])data.Clone();
                node.SetValue(name, type, copy);
                Journal(node, CmLogKind.SetValue, name, type, copy);
            }

            Touch(node);
            Commit();
        }
    }

    /// <summary>The values of a key, or an empty list when there is no such key. The data arrays
    /// are the registry's own (a value's array is replaced, never changed, when it is set), so the
    /// caller must only read them: for the kernel's own readers (the PnP manager).</summary>
    internal IReadOnlyList<RegistryValue> ValuesIfAnyShared(string path)
    {
        lock (_lock)
        {
            return Find(path) is { } node ? [.. node.Values.Select(v => new RegistryValue(v.Name, v.Type, v.Data))] : [];
        }
    }

    internal RegistryValue? HostGetValue(string path, string name)
    {
        lock (_lock)
        {
            var node = Find(path);
            var index = node?.FindValue(name) ?? -1;
            return index < 0 ? null : ToHost(node!.Values[index]);
        }
    }

    internal bool HostDeleteValue(string path, string name)
    {
        lock (_lock)
        {
            var node = Find(path);
            if (node is null || !node.DeleteValue(name))
            {
                return false;
            }

            Touch(node);
            Journal(node, CmLogKind.DeleteValue, name);
            Commit();
            return true;
        }
    }

    internal IReadOnlyList<string> HostSubKeyNames(string path)
    {
        lock (_lock)
        {
            return [.. Existing(path).SubKeys.Select(k => k.Name)];
        }
    }

    internal IReadOnlyList<RegistryValue> HostValues(string path)
    {
        lock (_lock)
        {
            return [.. Existing(path).Values.Select(ToHost)];
        }
    }

    internal RegistryKeyInfo HostKeyInfo(string path, bool openLink)
    {
        lock (_lock)
        {
            var node = Find(path, openLink) ?? throw NoSuchKey(path);
            return new RegistryKeyInfo(node.FullName, DateTime.FromFileTimeUtc(node.LastWriteTime), node.IsVolatile, node.IsSymbolicLink,
                node.LinkTarget, node.Class, node.SubKeyCount, node.Values.Count, node.OpenCount, node.Hive.Name);
        }
    }

    private CmKeyNode Existing(string path) => Find(path) ?? throw NoSuchKey(path);

    private static ArgumentException NoSuchKey(string path) =>
        new($"The registry has no key {path} (paths start with \\Registry\\Machine, \\Registry\\User, HKLM or HKU).", nameof(path));

    private static RegistryValue ToHost(CmKeyValue value) => new(value.Name, value.Type, (byte[])value.Data.Clone());

    /// <summary>The key at a canonical path, created with its missing parents. Lock held.</summary>
    private bool EnsureKey(string path, bool isVolatile, out CmKeyNode node)
    {
        if (Find(path) is { } existing)
        {
            node = existing;
            return false;
        }

        var trimmed = path.TrimEnd('\\');
        var split = trimmed.LastIndexOf('\\');
        if (split <= 0 || !trimmed.StartsWith("\\" + RootName + "\\", StringComparison.OrdinalIgnoreCase))
        {
            throw NoSuchKey(path);
        }

        EnsureKey(trimmed[..split], isVolatile, out var parent);
        var name = trimmed[(split + 1)..];
        if (parent.FindSubKey(name) is { IsSymbolicLink: true } link)
        {
            // The key exists but Find followed it: a link to nowhere.
            throw new InvalidOperationException($"Registry: {link.FullName} is a symbolic link to {link.LinkTarget ?? "nothing"}, which does not exist.");
        }

        var status = CreateSubKey(parent, name, isVolatile ? Wdm.REG_OPTION_VOLATILE : 0, null, out var created);
        if (status != Wdm.STATUS_SUCCESS)
        {
            throw new InvalidOperationException(
                $"Registry.CreateKey({path}): {parent.FullName} is volatile, so its subkeys must be volatile too (STATUS_CHILD_MUST_BE_VOLATILE).");
        }

        node = created!;
        return true;
    }

    /// <summary>A key of the tree that the system keeps (a hive root...), or null. Lock held.</summary>
    private static CmKeyNode? Protected(CmKeyNode node) =>
        (node.Flags & CmKeyFlags.NoDelete) != 0 || node.Parent is null ? node : node.SubKeys.Select(Protected).FirstOrDefault(k => k is not null);

    /// <summary>Deletes a key and its subkeys, deepest first. Lock held.</summary>
    private void DeleteTree(CmKeyNode node)
    {
        foreach (var child in node.SubKeys.ToList())
        {
            DeleteTree(child);
        }

        node.Parent!.RemoveSubKey(node);
        node.Parent.LastWriteTime = Now;
        node.Deleted = true;
        node.Hive.MarkDirty();
    }
}
