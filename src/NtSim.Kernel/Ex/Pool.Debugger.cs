using System.Runtime.CompilerServices;

namespace NtSim;

public sealed partial class ExPool
{
    /// <summary>The pool page of small blocks that holds <paramref name="address"/>, or null (a debugger's
    /// !pool and !poolfind read its headers from the page's bytes).</summary>
    internal PoolPage? PageAt(ulong address)
    {
        lock (_lock)
        {
            ref var pte = ref _memory.SystemMap.Find(address);
            return Unsafe.IsNullRef(ref pte) ? null : pte.Owner as PoolPage;
        }
    }

    /// <summary>The live big allocations (the big pool table), by address.</summary>
    internal List<KeyValuePair<ulong, BigPoolEntry>> BigAllocations()
    {
        lock (_lock)
        {
            return [.. _big.Live.OrderBy(e => e.Key)];
        }
    }

    /// <summary>The pages of small blocks of one pool, in the order they were taken.</summary>
    internal List<PoolPage> PagesOf(bool paged)
    {
        lock (_lock)
        {
            return [.. (paged ? Paged : NonPaged).Pages];
        }
    }
}
