using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A range of system space with one use (nonpaged pool, paged pool). It hands out extents: runs
/// of committed pages backed by one segment, each followed by one page that is never mapped, so
/// that a span never has to cross from one segment into another (touching past the end of an
/// extent faults, as touching an unmapped page does on Windows).
/// </summary>
[DebuggerDisplay("{Name,nq} {Start,h} committed={CommittedPages}")]
internal sealed class SystemRegion
{
    private readonly PageMap _map;
    private readonly VaAllocator _va;
    private readonly Lock _lock = new();
    private long _committedPages;

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

            var segment = new MemorySegment(start, pages);
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
        }
    }
}
