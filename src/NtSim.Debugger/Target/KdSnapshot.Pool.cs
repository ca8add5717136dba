using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    /// <summary>The pool (!pool, !poolfind, !poolused): regions, the tracker's table, the pages of small blocks and
    /// the big pool table; null in a dump that keeps none (a small dump). The blocks' headers are read from memory.</summary>
    [KdSection("pool")]
    internal KdPoolView? Pool => Section("pool", CapturePool, null);

    private static KdPoolView CapturePool(Machine machine)
    {
        var pool = machine.Pool;
        var memory = machine.Memory;
        return new KdPoolView(
            new KdRegionView(memory.NonPagedPool.Start, memory.NonPagedPool.End),
            new KdRegionView(memory.PagedPool.Start, memory.PagedPool.End),
            [.. pool.TagUsage.Select(u => new KdPoolTagView(u.Tag, u.NonPagedAllocs, u.NonPagedFrees, u.NonPagedBytes, u.PagedAllocs, u.PagedFrees, u.PagedBytes))],
            [.. pool.PagesOf(paged: false).Concat(pool.PagesOf(paged: true)).Select(p => new KdPoolPageView(p.Base, p.Descriptor.Paged))],
            [.. pool.BigAllocations().Select(b => new KdBigPoolView(b.Key, b.Value.PageBytes, b.Value.Tag, PoolTypes.IsPaged(b.Value.Type), b.Value.Bytes))]);
    }
}
