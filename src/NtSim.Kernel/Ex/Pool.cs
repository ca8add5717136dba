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
[DebuggerDisplay("Pool nonpaged={NonPagedBytesInUse} paged={PagedBytesInUse}")]
public sealed partial class ExPool
{
    /// <summary>The largest request served from a small block: PAGE_SIZE less a header and the
    /// smallest block. Larger requests get whole pages.</summary>
    internal const ulong MaxSmallBytes = MmLayout.PageSize - (2 * PoolHeader.Size);

    // Default limits on bytes in use; tests lower them to reach the failure paths.
    private const ulong DefaultNonPagedLimit = 256UL << 20;
    private const ulong DefaultPagedLimit = 512UL << 20;

    private readonly Lock _lock = new();
    private readonly MemoryManager _memory;
    private readonly ResourceTracker _tracker;
    private readonly PoolTagTable _tags = new();
    private readonly PoolBigPages _big = new();

    internal ExPool(MemoryManager memory, ResourceTracker tracker)
    {
        _memory = memory;
        _tracker = tracker;
        NonPaged = new PoolDescriptor("NonPagedPool", memory.NonPagedPool, memory.SystemMap, DefaultNonPagedLimit);
        Paged = new PoolDescriptor("PagedPool", memory.PagedPool, memory.SystemMap, DefaultPagedLimit);
    }

    /// <summary>Bytes of nonpaged pool that may be in use before allocations fail (default 256 MiB).</summary>
    public ulong NonPagedPoolLimit
    {
        get => Locked(() => NonPaged.Limit);
        set => Locked(() => NonPaged.Limit = value);
    }

    /// <summary>Bytes of paged pool that may be in use before allocations fail (default 512 MiB).</summary>
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
