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

    /// <summary>The tag's allocations, frees and bytes in each pool, on one line.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{TagText} NonPaged {NonPagedAllocs}/{NonPagedFrees} {NonPagedBytes} bytes, Paged {PagedAllocs}/{PagedFrees} {PagedBytes} bytes");
}

/// <summary>
/// The counters behind <see cref="PoolTagUsage"/>, kept as Windows keeps PoolTrackTable: a table
/// the tag is hashed into (POOLTAG_HASH, open addressing), so counting an allocation is a hash and
/// a probe, not a dictionary lookup. Rows never move, so a block remembers its row and its free
/// counts without a lookup. Guarded by the pool lock; allocates nothing once a tag has been seen.
/// </summary>
internal sealed class PoolTagTable
{
    private int[] _buckets = NewBuckets(128);
    private Row[] _rows = new Row[64];
    private int _count;

    /// <summary>Counts an allocation; returns the tag's row for <see cref="Freed"/>.</summary>
    internal int Allocated(uint tag, bool paged, ulong bytes)
    {
        var index = RowOf(tag);
        ref var row = ref _rows[index];
        if (paged)
        {
            row.PagedAllocs++;
            row.PagedBytes += (long)bytes;
        }
        else
        {
            row.NonPagedAllocs++;
            row.NonPagedBytes += (long)bytes;
        }

        return index;
    }

    /// <summary>Counts the free of a block whose allocation returned <paramref name="index"/>.</summary>
    internal void Freed(int index, bool paged, ulong bytes)
    {
        ref var row = ref _rows[index];
        if (paged)
        {
            row.PagedFrees++;
            row.PagedBytes -= (long)bytes;
        }
        else
        {
            row.NonPagedFrees++;
            row.NonPagedBytes -= (long)bytes;
        }
    }

    internal PoolTagUsage Query(uint tag) => Find(tag) is var index and >= 0 ? _rows[index].ToUsage() : new PoolTagUsage { Tag = tag };

    internal List<PoolTagUsage> Snapshot()
    {
        var list = new List<PoolTagUsage>(_count);
        for (var i = 0; i < _count; i++)
        {
            list.Add(_rows[i].ToUsage());
        }

        list.Sort((a, b) => string.CompareOrdinal(a.TagText, b.TagText));
        return list;
    }

    // POOLTAG_HASH (ntoskrnl): the four tag bytes folded, times 40543.
    private static int Hash(uint tag)
    {
        var folded = tag & 0xFF;
        folded = (folded << 2) ^ ((tag >> 8) & 0xFF);
        folded = (folded << 2) ^ ((tag >> 16) & 0xFF);
        folded = (folded << 2) ^ (tag >> 24);
        return (int)(unchecked(40543 * folded) >> 2);
    }

    private static int[] NewBuckets(int size)
    {
        var buckets = new int[size];
        Array.Fill(buckets, -1);
        return buckets;
    }

    private int Find(uint tag)
    {
        var mask = _buckets.Length - 1;
        for (var b = Hash(tag) & mask; ; b = (b + 1) & mask)
        {
            var index = _buckets[b];
            if (index < 0 || _rows[index].Tag == tag)
            {
                return index;
            }
        }
    }

    private int RowOf(uint tag)
    {
        var index = Find(tag);
        if (index >= 0)
        {
            return index;
        }

        if (_count == _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
        }

        index = _count++;
        _rows[index].Tag = tag;
        if (_count * 2 > _buckets.Length)
        {
            // Kept at most half full, so a probe ends soon at an empty bucket.
            _buckets = NewBuckets(_buckets.Length * 2);
            for (var i = 0; i < _count; i++)
            {
                Insert(i);
            }
        }
        else
        {
            Insert(index);
        }

        return index;
    }

    private void Insert(int index)
    {
        var mask = _buckets.Length - 1;
        var b = Hash(_rows[index].Tag) & mask;
        while (_buckets[b] >= 0)
        {
            b = (b + 1) & mask;
        }

        _buckets[b] = index;
    }

    private struct Row
    {
        internal uint Tag;
        internal long NonPagedAllocs;
        internal long NonPagedFrees;
        internal long NonPagedBytes;
        internal long PagedAllocs;
        internal long PagedFrees;
        internal long PagedBytes;

        internal readonly PoolTagUsage ToUsage() =>
            new(Tag, NonPagedAllocs, NonPagedFrees, NonPagedBytes, PagedAllocs, PagedFrees, PagedBytes);
    }
}
