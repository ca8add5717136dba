namespace NtSim;

/// <summary>The registry on disk (MachineOptions.RegistryFolder): each non-volatile change goes to its
/// hive's log as the call that made it returns. Invariants and file format: docs/registry-persistence.md.</summary>
internal sealed partial class ConfigurationManager
{
    /// <summary>Loads a hive's stored keys and values into its root key, and attaches its files. Boot only.</summary>
    private void Mount(CmKeyNode root)
    {
        var hive = root.Hive;
        hive.Root = root;
        var folder = _machine.Options.HiveFolder;
        if (folder is null || hive.IsVolatile || hive.FileName is null)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        // FileName is a Windows path (System32\config\SYSTEM): the file is named after its last part.
        var store = new CmHiveStore(folder, hive.FileName[(hive.FileName.LastIndexOf('\\') + 1)..]);
        foreach (var batch in store.Load(RepairReport))
        {
            foreach (var operation in batch)
            {
                Apply(root, operation);
            }
        }

        hive.Store = store;
    }

    /// <summary>After the boot layout filled the gaps: every stored hive starts from a base and an empty log. A hive
    /// whose files were just that is left as it is until its first change (the layout adds its gaps again at every
    /// boot); the others are compacted, which is safe: the load refused, or moved aside for a repair, any log it did
    /// not apply whole.</summary>
    private void CompactStoredHives()
    {
        foreach (var hive in _hives)
        {
            if (hive.Store is not { } store)
            {
                continue;
            }

            if (!store.LoadedClean)
            {
                store.Compact(StoredState(hive.Root!));
            }
        }
    }

    /// <summary>What a boot with MachineOptions.RepairRegistry found and did; null without it.</summary>
    internal RegistryRepairReport? RepairReport { get; }

    /// <summary>Shuts the hive files down (the machine is disposed): each hive that changed is compacted, so that the
    /// folder of a machine shut down holds every value in its base and an empty log, where any damage
    /// shows. Later changes stay in memory.</summary>
    internal void CloseStore()
    {
        lock (_lock)
        {
            foreach (var hive in _hives)
            {
                if (hive.Store is not { } store)
                {
                    continue;
                }

                try
                {
                    if (store.HasChanges)
                    {
                        store.Compact(StoredState(hive.Root!));
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The log already holds every change: the folder is as a crash would have left it.
                }

                store.Dispose();
                hive.Store = null;
            }
        }
    }

    /// <summary>Records a change of a non-volatile key for its hive's log. Lock held.</summary>
    private static void Journal(CmKeyNode node, CmLogKind kind, string? valueName = null, uint type = 0, byte[]? data = null, long? time = null)
    {
        if (node.IsVolatile || node.Hive.Store is not { } store)
        {
            return;
        }

        store.Add(new CmLogOperation(kind, RelativePath(node), time ?? node.LastWriteTime, node.Flags & CmKeyFlags.SymbolicLink,
            node.Class, valueName, type, data));
    }

    /// <summary>Writes what this call changed, one record per hive, before the lock is released. Lock held.</summary>
    private void Commit()
    {
        foreach (var hive in _hives)
        {
            if (hive.Store is not { } store || !store.HasPending)
            {
                continue;
            }

            if (store.IsLogOpen)
            {
                store.Commit();
            }

            // The first change after a clean boot starts a new generation: the compaction carries it.
            if (!store.IsLogOpen || store.NeedsCompaction)
            {
                store.Compact(StoredState(hive.Root!));
            }
        }
    }

    /// <summary>"ControlSet001\Services\Foo" for a key of the SYSTEM hive; "" for the hive's root.</summary>
    private static string RelativePath(CmKeyNode node)
    {
        var parts = new List<string>();
        for (var key = node; (key.Flags & CmKeyFlags.HiveEntry) == 0; key = key.Parent!)
        {
            parts.Add(key.Name);
        }

        parts.Reverse();
        return string.Join('\\', parts);
    }

    /// <summary>The hive's non-volatile keys and values as operations that rebuild them, a batch per key. Lock held.</summary>
    private static IEnumerable<IEnumerable<CmLogOperation>> StoredState(CmKeyNode root)
    {
        var pending = new Stack<CmKeyNode>();
        pending.Push(root);
        while (pending.Count != 0)
        {
            var node = pending.Pop();
            yield return KeyState(node, root);

            foreach (var child in node.SubKeys.Where(k => !k.IsVolatile).Reverse())
            {
                pending.Push(child);
            }
        }
    }

    private static List<CmLogOperation> KeyState(CmKeyNode node, CmKeyNode root)
    {
        var path = RelativePath(node);
        var batch = new List<CmLogOperation>(node.Values.Count + 1);
        if (node != root)
        {
            batch.Add(new CmLogOperation(CmLogKind.CreateKey, path, node.LastWriteTime, node.Flags & CmKeyFlags.SymbolicLink, node.Class));
        }

        foreach (var value in node.Values)
        {
            batch.Add(new CmLogOperation(CmLogKind.SetValue, path, node.LastWriteTime, ValueName: value.Name, Type: value.Type, Data: value.Data));
        }

        return batch;
    }

    /// <summary>Replays one stored operation on a hive's tree. Boot only.</summary>
    private static void Apply(CmKeyNode root, CmLogOperation operation)
    {
        switch (operation.Kind)
        {
            case CmLogKind.CreateKey:
                StoredKey(root, operation.Path, operation.Time, operation.Flags, operation.Class);
                break;
            case CmLogKind.DeleteKey:
                if (StoredKeyOrNull(root, operation.Path) is { Parent: { } parent } doomed)
                {
                    RemoveTree(doomed);
                    parent.LastWriteTime = operation.Time;
                }

                break;
            case CmLogKind.SetValue:
                var key = StoredKey(root, operation.Path, operation.Time, CmKeyFlags.None, null);
                key.SetValue(operation.ValueName!, operation.Type, operation.Data!);
                key.LastWriteTime = operation.Time;
                break;
            case CmLogKind.DeleteValue:
                if (StoredKeyOrNull(root, operation.Path) is { } owner)
                {
                    owner.DeleteValue(operation.ValueName);
                    owner.LastWriteTime = operation.Time;
                }

                break;
        }
    }

    private static CmKeyNode? StoredKeyOrNull(CmKeyNode root, string path)
    {
        var node = root;
        foreach (var name in path.Split('\\', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.FindSubKey(name);
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The key at a stored path, made (with its parents) if missing.</summary>
    private static CmKeyNode StoredKey(CmKeyNode root, string path, long time, CmKeyFlags flags, string? className)
    {
        var names = path.Split('\\', StringSplitOptions.RemoveEmptyEntries);
        var node = root;
        for (var i = 0; i < names.Length; i++)
        {
            var child = node.FindSubKey(names[i]);
            if (child is null)
            {
                var last = i == names.Length - 1;
                child = new CmKeyNode(names[i], node, node.Hive, last ? flags : CmKeyFlags.None, last ? className : null, time);
                node.AddSubKey(child);
                node.LastWriteTime = time;
            }

            node = child;
        }

        return node;
    }

    private static void RemoveTree(CmKeyNode node)
    {
        foreach (var child in node.SubKeys.ToList())
        {
            RemoveTree(child);
        }

        node.Parent!.RemoveSubKey(node);
        node.Deleted = true;
    }
}
