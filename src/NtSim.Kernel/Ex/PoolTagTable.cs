using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// Per-tag pool use, as the pool tracker keeps it for poolmon and !poolused: allocations, frees
/// and bytes in use, for paged and nonpaged pool. Bytes count whole blocks (the 16-byte header
/// included) for small allocations and whole pages for big ones.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct PoolTagUsage(
    uint Tag,
    long NonPagedAllocs,
    long NonPagedFrees,
    long NonPagedBytes,
    long PagedAllocs,
    long PagedFrees,
    long PagedBytes)
{
    /// <summary>The tag as text ("Samp").</summary>
    public string TagText => PoolTag.Format(Tag);

    /// <summary>Allocations not freed yet, both pools.</summary>
    public long Outstanding => NonPagedAllocs - NonPagedFrees + PagedAllocs - PagedFrees;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{TagText} NonPaged {NonPagedAllocs}/{NonPagedFrees} {NonPagedBytes} bytes, Paged {PagedAllocs}/{PagedFrees} {PagedBytes} bytes");
}

/// <summary>The counters behind <see cref="PoolTagUsage"/>; a dictionary of tag to slot in an
/// array that only grows, so counting allocates nothing once a tag has been seen.</summary>
internal sealed class PoolTagTable
{
    private readonly Dictionary<uint, int> _index = [];
    private PoolTagUsage[] _rows = new PoolTagUsage[64];

    internal void Allocated(uint tag, bool paged, ulong bytes)
    {
        ref var row = ref Row(tag);
        row = paged
            ? row with { PagedAllocs = row.PagedAllocs + 1, PagedBytes = row.PagedBytes + (long)bytes }
            : row with { NonPagedAllocs = row.NonPagedAllocs + 1, NonPagedBytes = row.NonPagedBytes + (long)bytes };
    }

    internal void Freed(uint tag, bool paged, ulong bytes)
    {
        ref var row = ref Row(tag);
        row = paged
            ? row with { PagedFrees = row.PagedFrees + 1, PagedBytes = row.PagedBytes - (long)bytes }
            : row with { NonPagedFrees = row.NonPagedFrees + 1, NonPagedBytes = row.NonPagedBytes - (long)bytes };
    }

    internal PoolTagUsage Query(uint tag) => _index.TryGetValue(tag, out var i) ? _rows[i] : new PoolTagUsage { Tag = tag };

    internal List<PoolTagUsage> Snapshot()
    {
        var list = new List<PoolTagUsage>(_index.Count);
        foreach (var i in _index.Values)
        {
            list.Add(_rows[i]);
        }

        list.Sort((a, b) => string.CompareOrdinal(a.TagText, b.TagText));
        return list;
    }

    private ref PoolTagUsage Row(uint tag)
    {
        if (!_index.TryGetValue(tag, out var i))
        {
            i = _index.Count;
            if (i == _rows.Length)
            {
                Array.Resize(ref _rows, _rows.Length * 2);
            }

            _rows[i] = new PoolTagUsage { Tag = tag };
            _index.Add(tag, i);
        }

        return ref _rows[i];
    }
}
