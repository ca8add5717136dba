using System.Diagnostics;

namespace NtSim;

/// <summary>
/// POOL_DESCRIPTOR: the small-block allocator of one pool (nonpaged or paged). Pages come from the
/// pool's system region in extents of <see cref="ExtentPages"/>; blocks are taken from the free
/// list of their exact size, else carved from the current page's tail. Guarded by the pool lock.
/// </summary>
[DebuggerDisplay("{Name,nq} pages={Pages.Count} inUse={BytesInUse}")]
internal sealed class PoolDescriptor
{
    internal const int ExtentPages = 16;

    private readonly PoolFreeList?[] _free = new PoolFreeList?[PoolPage.Units];
    private readonly PageMap _map;
    private MemorySegment? _extent;
    private int _extentNext;
    private PoolPage? _frontier;

    internal PoolDescriptor(string name, SystemRegion region, PageMap map, ulong limit)
    {
        Name = name;
        Region = region;
        _map = map;
        Limit = limit;
    }

    internal string Name { get; }

    internal SystemRegion Region { get; }

    internal bool Paged => Region.Paged;

    /// <summary>Every page that ever held small blocks, in the order they were taken.</summary>
    internal List<PoolPage> Pages { get; } = [];

    /// <summary>Bytes of blocks in use (headers included) plus whole pages of big allocations.</summary>
    internal ulong BytesInUse { get; set; }

    /// <summary>Allocations fail once <see cref="BytesInUse"/> would pass this.</summary>
    internal ulong Limit { get; set; }

    internal bool WouldExceed(ulong bytes) => BytesInUse + bytes > Limit || BytesInUse + bytes < BytesInUse;

    /// <summary>A free block of exactly <paramref name="units"/>, if one is listed.</summary>
    internal bool TryTakeFree(int units, out PoolFreeBlock block)
    {
        var list = _free[units];
        if (list is not null && list.TryPop(out block))
        {
            return true;
        }

        block = default;
        return false;
    }

    /// <summary>The free list of blocks of <paramref name="units"/>, if one was ever made.</summary>
    internal PoolFreeList? FreeList(int units) => _free[units];

    internal void AddFree(PoolPage page, int unit, int units)
    {
        if (units >= 2)
        {
            (_free[units] ??= new PoolFreeList()).Push(new PoolFreeBlock(page, unit));
        }
    }

    /// <summary>The page whose tail the next carve comes from, with room for <paramref name="units"/>
    /// after <paramref name="padding"/>; a fresh page if the current one is full. Null when the
    /// region is exhausted.</summary>
    internal PoolPage? FrontierFor(int units, bool cacheAligned, out int padding)
    {
        var page = _frontier;
        if (page is not null)
        {
            padding = cacheAligned ? CachePadding(page.UsedUnits) : 0;
            if (page.UsedUnits + padding + units <= PoolPage.Units)
            {
                return page;
            }
        }

        page = NewPage();
        padding = page is not null && cacheAligned ? CachePadding(0) : 0;
        return page;
    }

    /// <summary>The current frontier page is full: its tail becomes an ordinary free block.</summary>
    internal void RetireFrontier()
    {
        var page = _frontier;
        if (page is not null && page.HasTail)
        {
            var unit = page.UsedUnits;
            ref var slot = ref page.Slots[unit];
            slot = new PoolSlot { Units = (byte)(PoolPage.Units - unit), PrevUnits = (byte)page.LastUnits, State = PoolSlotState.Remainder };
            AddFree(page, unit, slot.Units);
            page.UsedUnits = PoolPage.Units;
        }

        _frontier = null;
    }

    // A cache-aligned block's body starts on a 64-byte line: its header sits one unit before one.
    private static int CachePadding(int unit) => (4 - ((unit + 1) % 4)) % 4;

    private PoolPage? NewPage()
    {
        RetireFrontier();
        if (_extent is null || _extentNext == _extent.PageCount)
        {
            _extent = Region.CommitExtent(ExtentPages);
            _extentNext = 0;
            if (_extent is null)
            {
                return null;
            }
        }

        var address = _extent.Base + ((ulong)_extentNext++ << MmLayout.PageShift);
        var page = new PoolPage(this, _extent, address);
        _map.Find(address).Owner = page;
        Pages.Add(page);
        _frontier = page;
        return page;
    }
}
