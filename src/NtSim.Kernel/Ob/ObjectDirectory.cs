namespace NtSim;

/// <summary>
/// OBJECT_DIRECTORY: a container of named objects. A lookup ignores case or not as the caller's
/// lookup says (OBJ_CASE_INSENSITIVE, ObCaseInsensitive and the type); names keep the case they
/// were created with, and names that differ only in case can live side by side (two events "A" and
/// "a" created without OBJ_CASE_INSENSITIVE). Guarded by the object manager's lock.
/// </summary>
internal sealed class ObjectDirectory : IObjectBody
{
    // Names folded by case; a bucket holds the entries whose names differ only in case, oldest first.
    private readonly Dictionary<string, List<ObjectHeader>> _entries = new(StringComparer.OrdinalIgnoreCase);

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal int Count { get; private set; }

    /// <summary>The entry named <paramref name="name"/>: the exact spelling first, then, when
    /// <paramref name="ignoreCase"/>, the oldest entry that differs only in case.</summary>
    internal bool TryGet(ReadOnlySpan<char> name, bool ignoreCase, out ObjectHeader entry)
    {
        entry = null!;
        if (!_entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var bucket))
        {
            return false;
        }

        foreach (var candidate in bucket)
        {
            if (name.SequenceEqual(candidate.Name))
            {
                entry = candidate;
                return true;
            }
        }

        if (ignoreCase)
        {
            entry = bucket[0];
            return true;
        }

        return false;
    }

    internal void Add(string name, ObjectHeader entry)
    {
        if (!_entries.TryGetValue(name, out var bucket))
        {
            bucket = [];
            _entries.Add(name, bucket);
        }

        bucket.Add(entry);
        Count++;
    }

    internal bool Remove(string name, ObjectHeader entry)
    {
        if (!_entries.TryGetValue(name, out var bucket) || !bucket.Remove(entry))
        {
            return false;
        }

        if (bucket.Count == 0)
        {
            _entries.Remove(name);
        }

        Count--;
        return true;
    }

    /// <summary>The entries, ordered by name (WinDbg orders them by hash bucket; tests want a stable order).</summary>
    internal IEnumerable<ObjectHeader> Entries => _entries.Values.SelectMany(b => b)
        .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Name, StringComparer.Ordinal);
}
