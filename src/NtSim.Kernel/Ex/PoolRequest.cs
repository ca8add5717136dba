namespace NtSim;

/// <summary>An allocation request after its flags or POOL_TYPE have been decoded.</summary>
internal readonly record struct PoolRequest(POOL_TYPE Type, bool Zero, bool Raise, bool CacheAligned, bool Quota = false)
{
    internal bool Paged => PoolTypes.IsPaged(Type);

    // The POOL_FLAG_* bits ExAllocatePool2 knows in the required half (docs page "POOL_FLAGS").
    private const ulong KnownRequired = Wdm.POOL_FLAG_USE_QUOTA | Wdm.POOL_FLAG_UNINITIALIZED | Wdm.POOL_FLAG_SESSION
        | Wdm.POOL_FLAG_CACHE_ALIGNED | Wdm.POOL_FLAG_RAISE_ON_FAILURE | Wdm.POOL_FLAG_NON_PAGED
        | Wdm.POOL_FLAG_NON_PAGED_EXECUTE | Wdm.POOL_FLAG_PAGED;

    /// <summary>Decodes POOL_FLAGS. False when a required bit is unknown or the flags name not
    /// exactly one of NON_PAGED, NON_PAGED_EXECUTE and PAGED (ExAllocatePool2 then fails).</summary>
    internal static bool TryFromFlags(ulong flags, out PoolRequest request)
    {
        request = default;
        var required = flags & 0xFFFF_FFFF;
        if ((required & ~KnownRequired) != 0)
        {
            return false;
        }

        POOL_TYPE type;
        switch (required & (Wdm.POOL_FLAG_NON_PAGED | Wdm.POOL_FLAG_NON_PAGED_EXECUTE | Wdm.POOL_FLAG_PAGED))
        {
            case Wdm.POOL_FLAG_NON_PAGED:
                type = Wdm.NonPagedPoolNx;
                break;
            case Wdm.POOL_FLAG_NON_PAGED_EXECUTE:
                type = Wdm.NonPagedPool;
                break;
            case Wdm.POOL_FLAG_PAGED:
                type = Wdm.PagedPool;
                break;
            default:
                return false;
        }

        var cacheAligned = (required & Wdm.POOL_FLAG_CACHE_ALIGNED) != 0;
        if (cacheAligned)
        {
            type |= Wdm.NonPagedPoolCacheAligned;
        }

        if ((required & Wdm.POOL_FLAG_SESSION) != 0)
        {
            type |= Wdm.NonPagedPoolSession;
        }

        request = new PoolRequest(type, Zero: (required & Wdm.POOL_FLAG_UNINITIALIZED) == 0,
            Raise: (required & Wdm.POOL_FLAG_RAISE_ON_FAILURE) != 0, CacheAligned: cacheAligned, Quota: (required & Wdm.POOL_FLAG_USE_QUOTA) != 0);
        return true;
    }

    /// <summary>Decodes a POOL_TYPE with its modifier bits (ExAllocatePoolWithTag and kin).</summary>
    internal static PoolRequest FromType(POOL_TYPE type, bool zero) => new(
        PoolTypes.Strip(type),
        Zero: zero || (type & PoolTypes.ZeroAllocation) != 0,
        Raise: (type & Wdm.POOL_RAISE_IF_ALLOCATION_FAILURE) != 0,
        CacheAligned: PoolTypes.IsCacheAligned(type));
}
