using System.Diagnostics;

namespace NtSim.Debugger.Target.Views;

/// <summary>The pool as !pool, !poolfind and !poolused read it: the two pools' regions, the pool tracker's table, the
/// pages of small blocks (whose headers are read from memory, as WinDbg reads them) and the big pool table.</summary>
internal sealed record KdPoolView(KdRegionView NonPaged, KdRegionView Paged, IReadOnlyList<KdPoolTagView> Tags,
    IReadOnlyList<KdPoolPageView> Pages, IReadOnlyList<KdBigPoolView> BigAllocations)
{
    /// <summary>The page of small blocks at <paramref name="pageBase"/>, or null.</summary>
    public KdPoolPageView? PageAt(ulong pageBase) => Pages.FirstOrDefault(p => p.Base == pageBase);
}

/// <summary>A pool's system region, [Start, End).</summary>
internal sealed record KdRegionView(ulong Start, ulong End)
{
    /// <summary>True if <paramref name="address"/> is in the region.</summary>
    public bool Contains(ulong address) => address >= Start && address < End;
}

/// <summary>One row of the pool tracker's table (PoolTagUsage's fields): allocations, frees and bytes per pool.</summary>
[DebuggerDisplay("{TagText,nq}")]
internal sealed record KdPoolTagView(uint Tag, long NonPagedAllocs, long NonPagedFrees, long NonPagedBytes, long PagedAllocs,
    long PagedFrees, long PagedBytes)
{
    /// <summary>The tag as text ("Irp ").</summary>
    public string TagText => PoolTag.Format(Tag);

    /// <summary>Allocations not freed yet, both pools.</summary>
    public long Outstanding => NonPagedAllocs - NonPagedFrees + PagedAllocs - PagedFrees;
}

/// <summary>A page of small pool blocks, in the pool it belongs to.</summary>
internal sealed record KdPoolPageView(ulong Base, bool Paged);

/// <summary>A big allocation (the big pool table's entry): its start, the whole pages it holds, tag, pool and the bytes asked for.</summary>
internal sealed record KdBigPoolView(ulong Start, ulong PageBytes, uint Tag, bool Paged, ulong Bytes)
{
    /// <summary>True if <paramref name="address"/> is in the allocation's pages.</summary>
    public bool Contains(ulong address) => address >= Start && address < Start + PageBytes;
}
