namespace NtSim;

/// <summary>
/// OBJECT_DIRECTORY: a container of named objects. Names are compared case-insensitively, as
/// Windows does by default (the ObCaseInsensitive setting is 1); they keep the case they were
/// created with. Guarded by the object manager's lock.
/// </summary>
internal sealed class ObjectDirectory : IObjectBody
{
    private readonly Dictionary<string, ObjectHeader> _entries = new(StringComparer.OrdinalIgnoreCase);

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal int Count => _entries.Count;

    internal bool TryGet(ReadOnlySpan<char> name, out ObjectHeader entry) =>
        _entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out entry!);

    internal void Add(string name, ObjectHeader entry) => _entries.Add(name, entry);

    internal bool Remove(string name) => _entries.Remove(name);

    /// <summary>The entries, ordered by name (WinDbg orders them by hash bucket; tests want a stable order).</summary>
    internal IEnumerable<ObjectHeader> Entries => _entries.Values.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase);
}
