using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A range of system space with one use (nonpaged pool, paged pool). It hands out extents: runs
/// of committed pages backed by one segment, each followed by one page that is never mapped, so
/// that a span never has to cross from one segment into another (touching past the end of an
/// extent faults, as touching an unmapped page does on Windows). A released extent's backing is
/// kept, zeroed, for the next extent committed at the same address (the same physical pages coming
/// back), so a steady stream of big pool allocations allocates no managed memory.
/// </summary>
[DebuggerDisplay("{Name,nq} {Start,h} committed={CommittedPages}")]
internal sealed class SystemRegion
{
    /// <summary>At most 4 MB of released extents are kept for reuse.</summary>
    private const long MaxSparePages = (4 << 20) >> MmLayout.PageShift;

    private readonly PageMap _map;
    private readonly VaAllocator _va;
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, MemorySegment> _spares = [];
    private long _committedPages;
    private long _sparePages;

    internal SystemRegion(string name, PageMap map, ulong start, ulong size, bool paged)
    {
        Name = name;
        _map = map;
        Start = start;
        End = start + size;
        Paged = paged;
        _va = new VaAllocator(start, size, MmLayout.PageSize);
    }

    internal string Name { get; }

    internal ulong Start { get; }

    internal ulong End { get; }

    /// <summary>Whether the region's pages are pageable.</summary>
    internal bool Paged { get; }

    internal long CommittedPages => Interlocked.Read(ref _committedPages);

    internal bool Contains(ulong address) => address >= Start && address < End;

    /// <summary>Commits <paramref name="pages"/> pages in a new extent; null when the region's
    /// address space is exhausted.</summary>
    internal MemorySegment? CommitExtent(int pages)
    {
        var size = (ulong)(pages + 1) << MmLayout.PageShift;
        lock (_lock)
        {
            var start = _va.Allocate(size);
            if (start == 0)
            {
                return null;
            }

            if (!_spares.Remove(start, out var segment) || segment.PageCount != pages)
            {
                if (segment is not null)
                {
                    _sparePages -= segment.PageCount;
                }

                segment = new MemorySegment(start, pages);
            }
            else
            {
                _sparePages -= pages;
            }

            var attributes = Paged ? PageAttributes.Paged : PageAttributes.None;
            for (var i = 0; i < pages; i++)
            {
                ref var pte = ref _map.Ensure(start + ((ulong)i << MmLayout.PageShift));
                pte.Segment = segment;
                pte.Owner = null;
                pte.Attributes = attributes;
                pte.State = PageState.Committed;
            }

            _committedPages += pages;
            return segment;
        }
    }

    /// <summary>Decommits and releases an extent: its pages become unmapped and its range free.</summary>
    internal void ReleaseExtent(MemorySegment segment)
    {
        lock (_lock)
        {
            for (var i = 0; i < segment.PageCount; i++)
            {
                ref var pte = ref _map.Find(segment.Base + ((ulong)i << MmLayout.PageShift));
                pte = default;
            }

            _committedPages -= segment.PageCount;
            _va.Release(segment.Base, (ulong)(segment.PageCount + 1) << MmLayout.PageShift);
            KeepSpare(segment);
        }
    }

    /// <summary>Keeps a released extent's backing (its contents lost, as on decommit) for the next
    /// extent at its address, up to <see cref="MaxSparePages"/> pages in all (another spare makes room).</summary>
    private void KeepSpare(MemorySegment segment)
    {
        if (!segment.IsBacking || segment.PageCount > MaxSparePages || _spares.ContainsKey(segment.Base))
        {
            return;
        }

        while (_sparePages + segment.PageCount > MaxSparePages)
        {
            foreach (var (start, spare) in _spares)
            {
                _spares.Remove(start);
                _sparePages -= spare.PageCount;
                break;
            }
        }

        segment.Zero();
        _spares.Add(segment.Base, segment);
        _sparePages += segment.PageCount;
    }
}
