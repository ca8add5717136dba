namespace NtSim;

public static partial class Wdm
{
    // wdm.h: POOL_TYPE, for ExAllocatePoolWithTag and its kin. Even values are nonpaged, odd paged.
    /// <summary>POOL_TYPE 0: nonpaged pool, resident and usable at any IRQL (executable; prefer NonPagedPoolNx).</summary>
    public const POOL_TYPE NonPagedPool = 0;
    /// <summary>POOL_TYPE 0: executable nonpaged pool, the same as NonPagedPool.</summary>
    public const POOL_TYPE NonPagedPoolExecute = NonPagedPool;
    /// <summary>POOL_TYPE 1: paged pool, usable only below DISPATCH_LEVEL.</summary>
    public const POOL_TYPE PagedPool = (POOL_TYPE)1;
    /// <summary>POOL_TYPE 2: reserved for the system at startup; a must-succeed request that cannot be met bug checks.</summary>
    public const POOL_TYPE NonPagedPoolMustSucceed = (POOL_TYPE)2;
    /// <summary>POOL_TYPE 3: reserved for the system.</summary>
    public const POOL_TYPE DontUseThisType = (POOL_TYPE)3;
    /// <summary>POOL_TYPE 4: nonpaged pool aligned on a processor cache line.</summary>
    public const POOL_TYPE NonPagedPoolCacheAligned = (POOL_TYPE)4;
    /// <summary>POOL_TYPE 5: paged pool aligned on a processor cache line.</summary>
    public const POOL_TYPE PagedPoolCacheAligned = (POOL_TYPE)5;
    /// <summary>POOL_TYPE 6: reserved for the system.</summary>
    public const POOL_TYPE NonPagedPoolCacheAlignedMustS = (POOL_TYPE)6;
    /// <summary>One past the last basic POOL_TYPE (7).</summary>
    public const POOL_TYPE MaxPoolType = (POOL_TYPE)7;
    /// <summary>POOL_TYPE 0: the base of the nonpaged types, the same as NonPagedPool.</summary>
    public const POOL_TYPE NonPagedPoolBase = 0;
    /// <summary>POOL_TYPE 2: the base value of NonPagedPoolMustSucceed.</summary>
    public const POOL_TYPE NonPagedPoolBaseMustSucceed = (POOL_TYPE)2;
    /// <summary>POOL_TYPE 4: the base value of NonPagedPoolCacheAligned.</summary>
    public const POOL_TYPE NonPagedPoolBaseCacheAligned = (POOL_TYPE)4;
    /// <summary>POOL_TYPE 6: the base value of NonPagedPoolCacheAlignedMustS.</summary>
    public const POOL_TYPE NonPagedPoolBaseCacheAlignedMustS = (POOL_TYPE)6;
    /// <summary>POOL_TYPE 32: nonpaged session pool (reserved for the system).</summary>
    public const POOL_TYPE NonPagedPoolSession = (POOL_TYPE)32;
    /// <summary>POOL_TYPE 33: paged session pool (reserved for the system).</summary>
    public const POOL_TYPE PagedPoolSession = (POOL_TYPE)33;
    /// <summary>POOL_TYPE 34: reserved for the system.</summary>
    public const POOL_TYPE NonPagedPoolMustSucceedSession = (POOL_TYPE)34;
    /// <summary>POOL_TYPE 35: reserved for the system.</summary>
    public const POOL_TYPE DontUseThisTypeSession = (POOL_TYPE)35;
    /// <summary>POOL_TYPE 36: cache-aligned nonpaged session pool (reserved for the system).</summary>
    public const POOL_TYPE NonPagedPoolCacheAlignedSession = (POOL_TYPE)36;
    /// <summary>POOL_TYPE 37: cache-aligned paged session pool (reserved for the system).</summary>
    public const POOL_TYPE PagedPoolCacheAlignedSession = (POOL_TYPE)37;
    /// <summary>POOL_TYPE 38: reserved for the system.</summary>
    public const POOL_TYPE NonPagedPoolCacheAlignedMustSSession = (POOL_TYPE)38;
    /// <summary>POOL_TYPE 512: nonpaged pool that is not executable; the type to use for nonpaged data since Windows 8.</summary>
    public const POOL_TYPE NonPagedPoolNx = (POOL_TYPE)512;
    /// <summary>POOL_TYPE 516: cache-aligned, non-executable nonpaged pool.</summary>
    public const POOL_TYPE NonPagedPoolNxCacheAligned = (POOL_TYPE)516;
    /// <summary>POOL_TYPE 544: non-executable nonpaged session pool (reserved for the system).</summary>
    public const POOL_TYPE NonPagedPoolSessionNx = (POOL_TYPE)544;

    // Flags a caller may OR into a POOL_TYPE.
    /// <summary>Pool type flag 8 for ExAllocatePoolWithQuotaTag: return NULL instead of raising an exception when the allocation fails.</summary>
    public const POOL_TYPE POOL_QUOTA_FAIL_INSTEAD_OF_RAISE = (POOL_TYPE)8;
    /// <summary>Pool type flag 16: raise an exception instead of returning NULL when the allocation fails.</summary>
    public const POOL_TYPE POOL_RAISE_IF_ALLOCATION_FAILURE = (POOL_TYPE)16;
    /// <summary>Pool type flag 256: the memory is rarely used (a hint to the allocator).</summary>
    public const POOL_TYPE POOL_COLD_ALLOCATION = (POOL_TYPE)256;
    /// <summary>Pool type flag 512: allocate non-executable memory.</summary>
    public const POOL_TYPE POOL_NX_ALLOCATION = (POOL_TYPE)512;

    // POOL_FLAGS (a ULONG64), for ExAllocatePool2/3. The low 32 bits are required attributes (the
    // allocation fails if one cannot be met), the high 32 bits optional ones. Not in mingw-w64;
    // values from the WDK docs page "POOL_FLAGS".
    /// <summary>The first of the required POOL_FLAGS bits (0x0000000000000001).</summary>
    public const ulong POOL_FLAG_REQUIRED_START = 0x0000000000000001;
    /// <summary>POOL_FLAGS 0x0000000000000001: charge the allocation to the current process's quota.</summary>
    public const ulong POOL_FLAG_USE_QUOTA = 0x0000000000000001;
    /// <summary>POOL_FLAGS 0x0000000000000002: do not zero the allocation (ExAllocatePool2 zeroes it otherwise).</summary>
    public const ulong POOL_FLAG_UNINITIALIZED = 0x0000000000000002;
    /// <summary>POOL_FLAGS 0x0000000000000004: allocate from session pool.</summary>
    public const ulong POOL_FLAG_SESSION = 0x0000000000000004;
    /// <summary>POOL_FLAGS 0x0000000000000008: align the allocation on a processor cache line.</summary>
    public const ulong POOL_FLAG_CACHE_ALIGNED = 0x0000000000000008;
    /// <summary>POOL_FLAGS 0x0000000000000010: reserved; do not use.</summary>
    public const ulong POOL_FLAG_RESERVED1 = 0x0000000000000010;
    /// <summary>POOL_FLAGS 0x0000000000000020: raise an exception instead of returning NULL when the allocation fails.</summary>
    public const ulong POOL_FLAG_RAISE_ON_FAILURE = 0x0000000000000020;
    /// <summary>POOL_FLAGS 0x0000000000000040: nonpaged, non-executable pool.</summary>
    public const ulong POOL_FLAG_NON_PAGED = 0x0000000000000040;
    /// <summary>POOL_FLAGS 0x0000000000000080: nonpaged executable pool.</summary>
    public const ulong POOL_FLAG_NON_PAGED_EXECUTE = 0x0000000000000080;
    /// <summary>POOL_FLAGS 0x0000000000000100: paged pool.</summary>
    public const ulong POOL_FLAG_PAGED = 0x0000000000000100;
    /// <summary>POOL_FLAGS 0x0000000000000200: reserved; do not use.</summary>
    public const ulong POOL_FLAG_RESERVED2 = 0x0000000000000200;
    /// <summary>POOL_FLAGS 0x0000000000000400: reserved; do not use.</summary>
    public const ulong POOL_FLAG_RESERVED3 = 0x0000000000000400;
    /// <summary>The last of the required POOL_FLAGS bits (0x0000000080000000).</summary>
    public const ulong POOL_FLAG_REQUIRED_END = 0x0000000080000000;
    /// <summary>The first of the optional POOL_FLAGS bits (0x0000000100000000).</summary>
    public const ulong POOL_FLAG_OPTIONAL_START = 0x0000000100000000;
    /// <summary>Optional POOL_FLAGS 0x0000000100000000: allocate from special pool, to catch overruns and use after free.</summary>
    public const ulong POOL_FLAG_SPECIAL_POOL = 0x0000000100000000;
    /// <summary>The last of the optional POOL_FLAGS bits (0x8000000000000000).</summary>
    public const ulong POOL_FLAG_OPTIONAL_END = 0x8000000000000000;

    // Lookaside lists (wdm.h).
    /// <summary>ExInitializeLookasideListEx flag 0x00000001: raise an exception when an allocation from the list fails.</summary>
    public const uint EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL = 0x00000001;
    /// <summary>ExInitializeLookasideListEx flag 0x00000002: a quota charge failure returns NULL instead of raising.</summary>
    public const uint EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE = 0x00000002;

    // Memory manager (wdm.h, x64).
    /// <summary>The size of a page on x64 (0x1000, 4 KB).</summary>
    public const ulong PAGE_SIZE = 0x1000;
    /// <summary>log2(PAGE_SIZE) (12): shift an address right by it to get a page number.</summary>
    public const int PAGE_SHIFT = 12;
}
