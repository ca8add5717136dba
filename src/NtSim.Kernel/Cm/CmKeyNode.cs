using System.Diagnostics;
using System.Text;

namespace NtSim;

/// <summary>The flags of a key node (CM_KEY_NODE.Flags, as the regf format documents them).</summary>
[Flags]
internal enum CmKeyFlags : ushort
{
    None = 0,
    Volatile = 0x0001,
    HiveExit = 0x0002,
    HiveEntry = 0x0004,
    NoDelete = 0x0008,
    SymbolicLink = 0x0010,
}

/// <summary>
/// CM_KEY_NODE with its control block: one key. Names are case-insensitive and keep their case.
/// Subkeys are kept as a hive keeps them: a stable list and a volatile list (CM_KEY_NODE
/// SubKeyLists[Stable] and [Volatile]; the regf format's "Number of subkeys" / "Number of volatile
/// subkeys" and their two list offsets), each sorted by upcased name so that lookups are binary
/// searches (the lf/lh leaves carry hints and hashes of the uppercase name); enumeration walks the
/// stable list, then the volatile one. Values keep the order they were first set in (the key values
/// list is a plain array of cells: a deleted value's successors move down).
/// Sources: msuhanov/regf "Windows registry file format specification"; the order RegEnumKeyEx and
/// ZwEnumerateKey return on Windows. Guarded by the registry lock.
/// </summary>
[DebuggerDisplay("{FullName,nq}")]
internal sealed class CmKeyNode
{
    /// <summary>The value that holds a symbolic link's target (REG_LINK).</summary>
    internal const string SymbolicLinkValueName = "SymbolicLinkValue";

    private readonly List<CmKeyNode> _stable = [];
    private (byte[] Data, string Target)? _linkCache;
    private readonly List<CmKeyNode> _volatile = [];
    private readonly List<CmKeyValue> _values = [];

    internal CmKeyNode(string name, CmKeyNode? parent, CmHive hive, CmKeyFlags flags, string? className, long lastWriteTime)
    {
        Name = name;
        Parent = parent;
        Hive = hive;
        Flags = flags;
        Class = string.IsNullOrEmpty(className) ? null : className;
        LastWriteTime = lastWriteTime;
    }

    internal string Name { get; }

    internal CmKeyNode? Parent { get; }

    internal CmHive Hive { get; }

    internal CmKeyFlags Flags { get; }

    /// <summary>The class name given to ZwCreateKey, or null.</summary>
    internal string? Class { get; }

    /// <summary>System time (100 ns since 1601) of the last change to the key, its values or its list of subkeys.</summary>
    internal long LastWriteTime { get; set; }

    /// <summary>ZwDeleteKey took the key out of the tree; handles to it see STATUS_KEY_DELETED.</summary>
    internal bool Deleted { get; set; }

    /// <summary>Key objects (CM_KEY_BODY) that refer to this key: the KCB's reference count.</summary>
    internal int OpenCount { get; set; }

    internal bool IsVolatile => (Flags & CmKeyFlags.Volatile) != 0;

    internal bool IsSymbolicLink => (Flags & CmKeyFlags.SymbolicLink) != 0;

    /// <summary>Whether the parent lists the key with its volatile subkeys: a volatile key, or the
    /// root of a hive mounted in a volatile key (HKLM\SYSTEM is a link cell of the volatile master hive).</summary>
    internal bool InVolatileList => IsVolatile || ((Flags & CmKeyFlags.HiveEntry) != 0 && Parent is { IsVolatile: true });

    internal int SubKeyCount => _stable.Count + _volatile.Count;

    /// <summary>The subkeys in enumeration order: stable ones by name, then volatile ones by name.</summary>
    internal IEnumerable<CmKeyNode> SubKeys => _stable.Concat(_volatile);

    internal IReadOnlyList<CmKeyValue> Values => _values;

    /// <summary>"\REGISTRY\MACHINE\SYSTEM\ControlSet001\Services".</summary>
    internal string FullName
    {
        get
        {
            var parts = new List<string>();
            for (var node = this; node is not null; node = node.Parent)
            {
                parts.Add(node.Name);
            }

            parts.Reverse();
            return "\\" + string.Join('\\', parts);
        }
    }

    /// <summary>The target of a symbolic link key (its REG_LINK SymbolicLinkValue), or null.</summary>
    internal string? LinkTarget
    {
        get
        {
            var index = FindValue(SymbolicLinkValueName);
            if (!IsSymbolicLink || index < 0 || _values[index].Type != Wdm.REG_LINK)
            {
                return null;
            }

            // A link's target is stored without a terminating NUL; tolerate one. Value data is
            // replaced, never changed in place, so the decoded target is kept for the same array.
            var data = _values[index].Data;
            if (_linkCache is not { } cache || !ReferenceEquals(cache.Data, data))
            {
                cache = (data, Encoding.Unicode.GetString(data).TrimEnd('\0'));
                _linkCache = cache;
            }

            return cache.Target;
        }
    }

    /// <summary>The subkey at an enumeration index, or null past the end.</summary>
    internal CmKeyNode? SubKeyAt(int index) =>
        index < 0 ? null
        : index < _stable.Count ? _stable[index]
        : index - _stable.Count < _volatile.Count ? _volatile[index - _stable.Count]
        : null;

    internal CmKeyNode? FindSubKey(ReadOnlySpan<char> name)
    {
        var index = Search(_stable, name);
        if (index >= 0)
        {
            return _stable[index];
        }

        index = Search(_volatile, name);
        return index >= 0 ? _volatile[index] : null;
    }

    internal void AddSubKey(CmKeyNode child)
    {
        Debug.Assert(child.Parent == this && FindSubKey(child.Name) is null);
        var list = child.InVolatileList ? _volatile : _stable;
        list.Insert(~Search(list, child.Name), child);
    }

    internal void RemoveSubKey(CmKeyNode child)
    {
        var list = child.InVolatileList ? _volatile : _stable;
        var index = Search(list, child.Name);
        Debug.Assert(index >= 0 && list[index] == child);
        list.RemoveAt(index);
    }

    /// <summary>The index of the value named <paramref name="name"/> (case-insensitive), or -1.</summary>
    internal int FindValue(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < _values.Count; i++)
        {
            if (name.Equals(_values[i].Name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Sets a value: an existing one keeps its place and its name's case, a new one goes last.</summary>
    internal void SetValue(string name, uint type, byte[] data)
    {
        var index = FindValue(name);
        if (index >= 0)
        {
            _values[index] = new CmKeyValue(_values[index].Name, type, data);
        }
        else
        {
            _values.Add(new CmKeyValue(name, type, data));
        }
    }

    internal bool DeleteValue(ReadOnlySpan<char> name)
    {
        var index = FindValue(name);
        if (index < 0)
        {
            return false;
        }

        _values.RemoveAt(index);
        return true;
    }

    /// <summary>KEY_FULL_INFORMATION.MaxNameLen: the longest subkey name, in bytes.</summary>
    internal int MaxSubKeyNameBytes => SubKeys.Select(k => k.Name.Length * 2).DefaultIfEmpty(0).Max();

    /// <summary>KEY_FULL_INFORMATION.MaxClassLen: the longest subkey class name, in bytes.</summary>
    internal int MaxSubKeyClassBytes => SubKeys.Select(k => (k.Class?.Length ?? 0) * 2).DefaultIfEmpty(0).Max();

    /// <summary>KEY_FULL_INFORMATION.MaxValueNameLen: the longest value name, in bytes.</summary>
    internal int MaxValueNameBytes => _values.Select(v => v.Name.Length * 2).DefaultIfEmpty(0).Max();

    /// <summary>KEY_FULL_INFORMATION.MaxValueDataLen: the largest value data, in bytes.</summary>
    internal int MaxValueDataBytes => _values.Select(v => v.Data.Length).DefaultIfEmpty(0).Max();

    // Binary search by name, ignoring case as the hive does (it compares upcased names).
    private static int Search(List<CmKeyNode> list, ReadOnlySpan<char> name)
    {
        int low = 0, high = list.Count - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            var order = list[mid].Name.AsSpan().CompareTo(name, StringComparison.OrdinalIgnoreCase);
            if (order == 0)
            {
                return mid;
            }

            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }
}
