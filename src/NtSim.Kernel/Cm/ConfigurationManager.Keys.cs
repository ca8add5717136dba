namespace NtSim;

/// <summary>What the key information classes report about one key, read under the registry lock.</summary>
internal readonly record struct CmKeySnapshot(string Name, string FullName, string? Class, long LastWriteTime, int SubKeys,
    int MaxNameLen, int MaxClassLen, int Values, int MaxValueNameLen, int MaxValueDataLen);

internal sealed partial class ConfigurationManager
{
    /// <summary>CmDeleteKey: takes a key without subkeys out of the tree. Handles to it stay open and
    /// see STATUS_KEY_DELETED. A key with subkeys, or one the system keeps (a hive's root,
    /// <c>\REGISTRY\MACHINE</c>...), is STATUS_CANNOT_DELETE.</summary>
    internal NTSTATUS DeleteKey(CmKeyNode node)
    {
        lock (_lock)
        {
            if (node.Deleted)
            {
                return Wdm.STATUS_KEY_DELETED;
            }

            if ((node.Flags & CmKeyFlags.NoDelete) != 0 || node.SubKeyCount != 0 || node.Parent is null)
            {
                return Wdm.STATUS_CANNOT_DELETE;
            }

            node.Parent.RemoveSubKey(node);
            node.Parent.LastWriteTime = Now;
            node.Deleted = true;
            if (!node.IsVolatile)
            {
                node.Hive.MarkDirty();
                Journal(node, CmLogKind.DeleteKey, time: node.Parent.LastWriteTime);
                Commit();
            }

            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>CmFlushKey: writes the key's hive out (ZwFlushKey flushes the whole hive).</summary>
    internal NTSTATUS Flush(CmKeyNode node)
    {
        lock (_lock)
        {
            if (node.Deleted)
            {
                return Wdm.STATUS_KEY_DELETED;
            }

            Commit();
            node.Hive.Flush();
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>CmSetValueKey: sets (or replaces) a value; <paramref name="data"/> becomes the key's.</summary>
    internal NTSTATUS SetValue(CmKeyNode node, string name, uint type, byte[] data)
    {
        lock (_lock)
        {
            if (node.Deleted)
            {
                return Wdm.STATUS_KEY_DELETED;
            }

            node.SetValue(name, type, data);
            Touch(node);
            Journal(node, CmLogKind.SetValue, name, type, data);
            Commit();
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>CmDeleteValueKey: STATUS_OBJECT_NAME_NOT_FOUND for a value the key does not have.</summary>
    internal NTSTATUS DeleteValue(CmKeyNode node, string name)
    {
        lock (_lock)
        {
            if (node.Deleted)
            {
                return Wdm.STATUS_KEY_DELETED;
            }

            if (!node.DeleteValue(name))
            {
                return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
            }

            Touch(node);
            Journal(node, CmLogKind.DeleteValue, name);
            Commit();
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>The value named <paramref name="name"/>, or STATUS_OBJECT_NAME_NOT_FOUND.</summary>
    internal NTSTATUS QueryValue(CmKeyNode node, string name, out CmKeyValue? value)
    {
        value = null;
        lock (_lock)
        {
            if (node.Deleted)
            {
                return Wdm.STATUS_KEY_DELETED;
            }

            var index = node.FindValue(name);
            if (index < 0)
            {
                return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
            }

            value = node.Values[index];
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>The value at an enumeration index, or STATUS_NO_MORE_ENTRIES past the last.</summary>
    internal NTSTATUS ValueAt(CmKeyNode node, uint index, out CmKeyValue? value)
    {
        value = null;
        lock (_lock)
        {
            if (node.Deleted)
            {
                return Wdm.STATUS_KEY_DELETED;
            }

            if (index >= (uint)node.Values.Count)
            {
                return Wdm.STATUS_NO_MORE_ENTRIES;
            }

            value = node.Values[(int)index];
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>What ZwQueryKey reports about the key itself.</summary>
    internal NTSTATUS QueryKey(CmKeyNode node, out CmKeySnapshot snapshot)
    {
        snapshot = default;
        lock (_lock)
        {
            if (node.Deleted)
            {
                return Wdm.STATUS_KEY_DELETED;
            }

            snapshot = Snapshot(node);
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>What ZwEnumerateKey reports about the subkey at an index, or STATUS_NO_MORE_ENTRIES.</summary>
    internal NTSTATUS SubKeyAt(CmKeyNode node, uint index, out CmKeySnapshot snapshot)
    {
        snapshot = default;
        lock (_lock)
        {
            if (node.Deleted)
            {
                return Wdm.STATUS_KEY_DELETED;
            }

            var child = index <= int.MaxValue ? node.SubKeyAt((int)index) : null;
            if (child is null)
            {
                return Wdm.STATUS_NO_MORE_ENTRIES;
            }

            snapshot = Snapshot(child);
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>Lock held.</summary>
    private static CmKeySnapshot Snapshot(CmKeyNode node) => new(node.Name, node.FullName, node.Class, node.LastWriteTime,
        node.SubKeyCount, node.MaxSubKeyNameBytes, node.MaxSubKeyClassBytes, node.Values.Count, node.MaxValueNameBytes, node.MaxValueDataBytes);

    /// <summary>A key's values changed: its LastWriteTime moves, and its hive needs a flush. Lock held.</summary>
    private void Touch(CmKeyNode node)
    {
        node.LastWriteTime = Now;
        if (!node.IsVolatile)
        {
            node.Hive.MarkDirty();
        }
    }
}
