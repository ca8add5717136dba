using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The system PTE region: system-space ranges whose pages are views of physical pages that
/// belong elsewhere, as MmMapLockedPagesSpecifyCache makes them for an MDL. Each mapping is
/// followed by one page that is never mapped, so a touch past its end faults.
/// </summary>
[DebuggerDisplay("system PTEs mapped={MappedPages}")]
internal sealed class SystemPtes
{
    private readonly PageMap _map;
    private readonly VaAllocator _va = new(MmLayout.SystemPteStart, MmLayout.SystemPteRegionSize, MmLayout.PageSize);
    private readonly Lock _lock = new();
    private long _mappedPages;

    internal SystemPtes(PageMap map)
    {
        _map = map;
    }

    internal long MappedPages => Interlocked.Read(ref _mappedPages);

    internal static bool Contains(ulong address) =>
        address >= MmLayout.SystemPteStart && address < MmLayout.SystemPteStart + MmLayout.SystemPteRegionSize;

    /// <summary>Maps <paramref name="frames"/> at consecutive pages with the given attributes and
    /// returns the first page's address, or 0 when the region is full.</summary>
    internal ulong Map(IReadOnlyList<PageFrame> frames, PageAttributes attributes, object owner)
    {
        lock (_lock)
        {
            var start = _va.Allocate((ulong)(frames.Count + 1) << MmLayout.PageShift);
            if (start == 0)
            {
                return 0;
            }

            // One view segment per run of consecutive pages of one source segment, so that a span
            // over the mapping is one span over the source's bytes.
            var i = 0;
            while (i < frames.Count)
            {
                var j = i + 1;
                while (j < frames.Count && frames[j].Segment == frames[i].Segment && frames[j].Index == frames[j - 1].Index + 1)
                {
                    j++;
                }

                var runBase = start + ((ulong)i << MmLayout.PageShift);
                var view = new MemorySegment(runBase, frames[i].Segment, frames[i].Index, j - i);
                for (var k = i; k < j; k++)
                {
                    ref var pte = ref _map.Ensure(start + ((ulong)k << MmLayout.PageShift));
                    pte.Segment = view;
                    pte.Owner = owner;
                    pte.Attributes = attributes;
                    pte.State = PageState.Committed;
                }

                i = j;
            }

            _mappedPages += frames.Count;
            return start;
        }
    }

    /// <summary>Unmaps a mapping of <paramref name="pageCount"/> pages made by <see cref="Map"/>.</summary>
    internal void Unmap(ulong start, int pageCount)
    {
        lock (_lock)
        {
            for (var i = 0; i < pageCount; i++)
            {
                ref var pte = ref _map.Find(start + ((ulong)i << MmLayout.PageShift));
                pte = default;
            }

            _mappedPages -= pageCount;
            _va.Release(start, (ulong)(pageCount + 1) << MmLayout.PageShift);
        }
    }
}
