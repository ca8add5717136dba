using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The executive pool of a machine (<c>machine.Pool</c>): nonpaged and paged pool, the big pool
/// table and per-tag accounting. Small blocks live in pool pages behind a real x64 POOL_HEADER,
/// never cross a page and are 16-byte aligned; larger requests get whole pages. What a driver
/// does wrong is caught where Windows catches it: bad IRQL and zero-byte requests at the call,
/// bad and double frees at the free, overruns at the next free or validation of the damaged
/// header (BAD_POOL_HEADER).
/// </summary>
// Fields, not the locked properties: a debugger view never takes the pool lock.
[DebuggerDisplay("Pool nonpaged={NonPaged.BytesInUse} paged={Paged.BytesInUse}")]
public sealed partial class ExPool
{
    /// <summary>The largest request served from a small block: PAGE_SIZE less a header and the
    /// smallest block. Larger requests get whole pages.</summary>
    internal const ulong MaxSmallBytes = MmLayout.PageSize - (2 * PoolHeader.Size);

    // The tracker's lock: a block is recorded with its file and line in the same critical section.
    private readonly Lock _lock;
    private readonly MemoryManager _memory;
    private readonly ResourceTracker _tracker;
    private readonly PoolTagTable _tags = new();
    private readonly PoolBigPages _big = new();

    /// <summary>The pools of a machine with <paramref name="physicalMemory"/> bytes of memory. Limits of
    /// 64-bit Windows 8.1 and later ("Memory Limits for Windows and Windows Server Releases"):
    /// nonpaged pool, RAM or 16 TB, whichever is smaller; paged pool, 15.5 TB or the system commit
    /// limit, whichever is smaller, and the commit limit is RAM here (the machine has no paging file).
    /// Tests lower them to reach the failure paths.</summary>
    internal ExPool(MemoryManager memory, ResourceTracker tracker, ulong physicalMemory)
    {
        _memory = memory;
        _tracker = tracker;
        _lock = tracker.Lock;
        NonPaged = new PoolDescriptor("NonPagedPool", memory.NonPagedPool, memory.SystemMap, Math.Min(physicalMemory, 16UL << 40));
        Paged = new PoolDescriptor("PagedPool", memory.PagedPool, memory.SystemMap, Math.Min(physicalMemory, 31UL << 39));
    }

    /// <summary>Bytes of nonpaged pool that may be in use before allocations fail (the machine's memory by default).</summary>
    public ulong NonPagedPoolLimit
    {
        get => Locked(() => NonPaged.Limit);
        set => Locked(() => NonPaged.Limit = value);
    }

    /// <summary>Bytes of paged pool that may be in use before allocations fail (the machine's memory by default).</summary>
    public ulong PagedPoolLimit
    {
        get => Locked(() => Paged.Limit);
        set => Locked(() => Paged.Limit = value);
    }

    /// <summary>Nonpaged bytes in use: blocks with their headers, and whole pages of big allocations.</summary>
    public ulong NonPagedBytesInUse => Locked(() => NonPaged.BytesInUse);

    /// <summary>Paged bytes in use: blocks with their headers, and whole pages of big allocations.</summary>
    public ulong PagedBytesInUse => Locked(() => Paged.BytesInUse);

    /// <summary>Per-tag use of both pools, sorted by tag (what !poolused and poolmon show).</summary>
    public IReadOnlyList<PoolTagUsage> TagUsage => Locked(_tags.Snapshot);

    /// <summary>The use of one tag (zeros if it was never used).</summary>
    public PoolTagUsage QueryTag(uint tag) => Locked(() => _tags.Query(tag));

    /// <summary>The use of one tag given as text ("Samp").</summary>
    public PoolTagUsage QueryTag(string tag) => QueryTag(PoolTag.FromString(tag));

    internal PoolDescriptor NonPaged { get; }

    internal PoolDescriptor Paged { get; }

    private T Locked<T>(Func<T> read)
    {
        lock (_lock)
        {
            return read();
        }
    }
}
