namespace NtSim;

public static partial class Wdm
{
    // wdm.h: POOL_TYPE, for ExAllocatePoolWithTag and its kin. Even values are nonpaged, odd paged.
    public const POOL_TYPE NonPagedPool = 0;
    public const POOL_TYPE NonPagedPoolExecute = NonPagedPool;
    public const POOL_TYPE PagedPool = (POOL_TYPE)1;
    public const POOL_TYPE NonPagedPoolMustSucceed = (POOL_TYPE)2;
    public const POOL_TYPE DontUseThisType = (POOL_TYPE)3;
    public const POOL_TYPE NonPagedPoolCacheAligned = (POOL_TYPE)4;
    public const POOL_TYPE PagedPoolCacheAligned = (POOL_TYPE)5;
    public const POOL_TYPE NonPagedPoolCacheAlignedMustS = (POOL_TYPE)6;
    public const POOL_TYPE MaxPoolType = (POOL_TYPE)7;
    public const POOL_TYPE NonPagedPoolBase = 0;
    public const POOL_TYPE NonPagedPoolBaseMustSucceed = (POOL_TYPE)2;
    public const POOL_TYPE NonPagedPoolBaseCacheAligned = (POOL_TYPE)4;
    public const POOL_TYPE NonPagedPoolBaseCacheAlignedMustS = (POOL_TYPE)6;
    public const POOL_TYPE NonPagedPoolSession = (POOL_TYPE)32;
    public const POOL_TYPE PagedPoolSession = (POOL_TYPE)33;
    public const POOL_TYPE NonPagedPoolMustSucceedSession = (POOL_TYPE)34;
    public const POOL_TYPE DontUseThisTypeSession = (POOL_TYPE)35;
    public const POOL_TYPE NonPagedPoolCacheAlignedSession = (POOL_TYPE)36;
    public const POOL_TYPE PagedPoolCacheAlignedSession = (POOL_TYPE)37;
    public const POOL_TYPE NonPagedPoolCacheAlignedMustSSession = (POOL_TYPE)38;
    public const POOL_TYPE NonPagedPoolNx = (POOL_TYPE)512;
    public const POOL_TYPE NonPagedPoolNxCacheAligned = (POOL_TYPE)516;
    public const POOL_TYPE NonPagedPoolSessionNx = (POOL_TYPE)544;

    // Flags a caller may OR into a POOL_TYPE.
    public const POOL_TYPE POOL_QUOTA_FAIL_INSTEAD_OF_RAISE = (POOL_TYPE)8;
    public const POOL_TYPE POOL_RAISE_IF_ALLOCATION_FAILURE = (POOL_TYPE)16;
    public const POOL_TYPE POOL_COLD_ALLOCATION = (POOL_TYPE)256;
    public const POOL_TYPE POOL_NX_ALLOCATION = (POOL_TYPE)512;

    // POOL_FLAGS (a ULONG64), for ExAllocatePool2/3. The low 32 bits are required attributes (the
    // allocation fails if one cannot be met), the high 32 bits optional ones. Not in mingw-w64;
    // values from the WDK docs page "POOL_FLAGS".
    public const ulong POOL_FLAG_REQUIRED_START = 0x0000000000000001;
    public const ulong POOL_FLAG_USE_QUOTA = 0x0000000000000001;
    public const ulong POOL_FLAG_UNINITIALIZED = 0x0000000000000002;
    public const ulong POOL_FLAG_SESSION = 0x0000000000000004;
    public const ulong POOL_FLAG_CACHE_ALIGNED = 0x0000000000000008;
    public const ulong POOL_FLAG_RESERVED1 = 0x0000000000000010;
    public const ulong POOL_FLAG_RAISE_ON_FAILURE = 0x0000000000000020;
    public const ulong POOL_FLAG_NON_PAGED = 0x0000000000000040;
    public const ulong POOL_FLAG_NON_PAGED_EXECUTE = 0x0000000000000080;
    public const ulong POOL_FLAG_PAGED = 0x0000000000000100;
    public const ulong POOL_FLAG_RESERVED2 = 0x0000000000000200;
    public const ulong POOL_FLAG_RESERVED3 = 0x0000000000000400;
    public const ulong POOL_FLAG_REQUIRED_END = 0x0000000080000000;
    public const ulong POOL_FLAG_OPTIONAL_START = 0x0000000100000000;
    public const ulong POOL_FLAG_SPECIAL_POOL = 0x0000000100000000;
    public const ulong POOL_FLAG_OPTIONAL_END = 0x8000000000000000;

    // Lookaside lists (wdm.h).
    public const uint EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL = 0x00000001;
    public const uint EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE = 0x00000002;

    // Memory manager (wdm.h, x64).
    public const ulong PAGE_SIZE = 0x1000;
    public const int PAGE_SHIFT = 12;
}
