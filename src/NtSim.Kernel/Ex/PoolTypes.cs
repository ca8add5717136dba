namespace NtSim;

/// <summary>Facts about POOL_TYPE values and the bits callers OR into them.</summary>
internal static class PoolTypes
{
    /// <summary>POOL_ZERO_ALLOCATION (wdm.h, Windows 10 2004): ExAllocatePoolZero's bit, kept internal.</summary>
    internal const POOL_TYPE ZeroAllocation = (POOL_TYPE)1024;

    private const int BaseMask = 1;
    private const int MustSucceedBit = 2;
    private const int CacheAlignedBit = 4;
    private const int SessionBit = 32;

    // Every bit a caller may pass in a POOL_TYPE (wdm.h): the base type, must-succeed,
    // cache-aligned, quota-fail, raise, session, cold, NX and zero.
    private const int KnownBits = BaseMask | MustSucceedBit | CacheAlignedBit | 8 | 16 | SessionBit | 256 | 512 | 1024;

    internal static bool IsPaged(POOL_TYPE type) => ((int)type & BaseMask) != 0;

    internal static bool IsMustSucceed(POOL_TYPE type) => ((int)type & MustSucceedBit) != 0;

    internal static bool IsCacheAligned(POOL_TYPE type) => ((int)type & CacheAlignedBit) != 0;

    internal static bool IsSession(POOL_TYPE type) => ((int)type & SessionBit) != 0;

    internal static bool HasUnknownBits(POOL_TYPE type) => ((int)type & ~KnownBits) != 0;

    /// <summary>The type without the request modifiers (raise, quota-fail, cold, zero).</summary>
    internal static POOL_TYPE Strip(POOL_TYPE type) =>
        type & ~(Wdm.POOL_RAISE_IF_ALLOCATION_FAILURE | Wdm.POOL_QUOTA_FAIL_INSTEAD_OF_RAISE | Wdm.POOL_COLD_ALLOCATION | ZeroAllocation);

    /// <summary>"NonPagedPoolNx", "PagedPool", ...; a number for combinations without a name.</summary>
    internal static string Name(POOL_TYPE type) => (int)type switch
    {
        0 => "NonPagedPool",
        1 => "PagedPool",
        2 => "NonPagedPoolMustSucceed",
        4 => "NonPagedPoolCacheAligned",
        5 => "PagedPoolCacheAligned",
        6 => "NonPagedPoolCacheAlignedMustS",
        32 => "NonPagedPoolSession",
        33 => "PagedPoolSession",
        36 => "NonPagedPoolCacheAlignedSession",
        37 => "PagedPoolCacheAlignedSession",
        512 => "NonPagedPoolNx",
        516 => "NonPagedPoolNxCacheAligned",
        544 => "NonPagedPoolSessionNx",
        _ => $"POOL_TYPE {(int)type}",
    };
}
