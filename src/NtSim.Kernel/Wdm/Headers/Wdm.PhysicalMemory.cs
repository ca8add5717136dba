namespace NtSim;

/// <summary>MEMORY_CACHING_TYPE (wdm.h): how a mapping or an allocation may be cached. Values are <c>Wdm.Mm*</c>.</summary>
public enum MEMORY_CACHING_TYPE { }

/// <summary>MM_SYSTEMSIZE (wdm.h): MmQuerySystemSize's estimate. Values are <c>Wdm.Mm*System</c>.</summary>
public enum MM_SYSTEMSIZE { }

public static partial class Wdm
{
    // wdm.h: MEMORY_CACHING_TYPE. NtSim's memory has no cache attributes a driver can observe: every type is accepted.
    public const MEMORY_CACHING_TYPE MmNonCached = 0;
    public const MEMORY_CACHING_TYPE MmCached = (MEMORY_CACHING_TYPE)1;
    public const MEMORY_CACHING_TYPE MmWriteCombined = (MEMORY_CACHING_TYPE)2;
    public const MEMORY_CACHING_TYPE MmHardwareCoherentCached = (MEMORY_CACHING_TYPE)3;
    public const MEMORY_CACHING_TYPE MmNonCachedUnordered = (MEMORY_CACHING_TYPE)4;
    public const MEMORY_CACHING_TYPE MmUSWCCached = (MEMORY_CACHING_TYPE)5;
    public const MEMORY_CACHING_TYPE MmMaximumCacheType = (MEMORY_CACHING_TYPE)6;
    public const MEMORY_CACHING_TYPE MmFrameBufferCached = MmWriteCombined;

    // wdm.h: MM_SYSTEMSIZE.
    public const MM_SYSTEMSIZE MmSmallSystem = 0;
    public const MM_SYSTEMSIZE MmMediumSystem = (MM_SYSTEMSIZE)1;
    public const MM_SYSTEMSIZE MmLargeSystem = (MM_SYSTEMSIZE)2;

    // wdm.h: the Flags of MmAllocatePagesForMdlEx (its WDK page).
    public const uint MM_DONT_ZERO_ALLOCATION = 0x00000001;
    public const uint MM_ALLOCATE_FROM_LOCAL_NODE_ONLY = 0x00000002;
    public const uint MM_ALLOCATE_FULLY_REQUIRED = 0x00000004;
    public const uint MM_ALLOCATE_NO_WAIT = 0x00000008;
    public const uint MM_ALLOCATE_PREFER_CONTIGUOUS = 0x00000010;
    public const uint MM_ALLOCATE_REQUIRE_CONTIGUOUS_CHUNKS = 0x00000020;
    public const uint MM_ALLOCATE_FAST_LARGE_PAGES = 0x00000040;
    public const uint MM_ALLOCATE_TRIM_IF_NECESSARY = 0x00000080;
    public const uint MM_ALLOCATE_AND_HOT_REMOVE = 0x00000100;
}
