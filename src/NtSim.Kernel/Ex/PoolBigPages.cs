namespace NtSim;

/// <summary>A big pool allocation: whole pages, no header (PoolBigPageTable entry).</summary>
internal readonly record struct BigPoolEntry(MemorySegment Segment, uint Tag, POOL_TYPE Type, ulong Bytes, int Handle, int TagRow)
{
    internal ulong PageBytes => (ulong)Segment.PageCount << MmLayout.PageShift;
}

/// <summary>
/// The big pool table: allocations larger than a small block get whole pages, page-aligned, and
/// are found here by address. Freed addresses are remembered (until the range is handed out
/// again) so that a second free is told apart from a free of an address never allocated.
/// </summary>
internal sealed class PoolBigPages
{
    private readonly Dictionary<ulong, BigPoolEntry> _live = [];
    private readonly Dictionary<ulong, uint> _freed = [];

    internal int Count => _live.Count;

    internal IEnumerable<KeyValuePair<ulong, BigPoolEntry>> Live => _live;

    internal void Add(ulong address, BigPoolEntry entry)
    {
        _live.Add(address, entry);
        _freed.Remove(address);
    }

    /// <summary>The whole pages the live big allocations of one pool hold.</summary>
    internal ulong PageBytes(bool paged)
    {
        ulong bytes = 0;
        foreach (var entry in _live.Values)
        {
            if (PoolTypes.IsPaged(entry.Type) == paged)
            {
                bytes += entry.PageBytes;
            }
        }

        return bytes;
    }

    internal bool TryGet(ulong address, out BigPoolEntry entry) => _live.TryGetValue(address, out entry);

    internal void Remove(ulong address, uint tag)
    {
        _live.Remove(address);
        _freed[address] = tag;
    }

    internal bool WasFreed(ulong address, out uint tag) => _freed.TryGetValue(address, out tag);
}
