namespace NtSim;

/// <summary>MEMORY_CACHING_TYPE (wdm.h): how a mapping or an allocation may be cached. Values are <c>Wdm.Mm*</c>.</summary>
public enum MEMORY_CACHING_TYPE { }

/// <summary>MM_SYSTEMSIZE (wdm.h): MmQuerySystemSize's estimate. Values are <c>Wdm.Mm*System</c>.</summary>
public enum MM_SYSTEMSIZE { }

public static partial class Wdm
{
    // wdm.h: MEMORY_CACHING_TYPE. NtSim's memory has no cache attributes a driver can observe: every type is accepted.
    /// <summary>MEMORY_CACHING_TYPE 0: the memory is not cached.</summary>
    public const MEMORY_CACHING_TYPE MmNonCached = 0;
    /// <summary>MEMORY_CACHING_TYPE 1: the memory is cached normally.</summary>
    public const MEMORY_CACHING_TYPE MmCached = (MEMORY_CACHING_TYPE)1;
    /// <summary>MEMORY_CACHING_TYPE 2: writes are combined before they reach the memory (frame buffers).</summary>
    public const MEMORY_CACHING_TYPE MmWriteCombined = (MEMORY_CACHING_TYPE)2;
    /// <summary>MEMORY_CACHING_TYPE 3: cached, kept coherent by the hardware.</summary>
    public const MEMORY_CACHING_TYPE MmHardwareCoherentCached = (MEMORY_CACHING_TYPE)3;
    /// <summary>MEMORY_CACHING_TYPE 4: not cached, with no ordering of accesses.</summary>
    public const MEMORY_CACHING_TYPE MmNonCachedUnordered = (MEMORY_CACHING_TYPE)4;
    /// <summary>MEMORY_CACHING_TYPE 5: uncached speculative write-combining.</summary>
    public const MEMORY_CACHING_TYPE MmUSWCCached = (MEMORY_CACHING_TYPE)5;
    /// <summary>One past the last MEMORY_CACHING_TYPE (6).</summary>
    public const MEMORY_CACHING_TYPE MmMaximumCacheType = (MEMORY_CACHING_TYPE)6;
    /// <summary>MEMORY_CACHING_TYPE 2: the same as MmWriteCombined.</summary>
    public const MEMORY_CACHING_TYPE MmFrameBufferCached = MmWriteCombined;

    // wdm.h: MM_SYSTEMSIZE.
    /// <summary>MM_SYSTEMSIZE 0: a system with little memory.</summary>
    public const MM_SYSTEMSIZE MmSmallSystem = 0;
    /// <summary>MM_SYSTEMSIZE 1: a system with a medium amount of memory.</summary>
    public const MM_SYSTEMSIZE MmMediumSystem = (MM_SYSTEMSIZE)1;
    /// <summary>MM_SYSTEMSIZE 2: a system with much memory.</summary>
    public const MM_SYSTEMSIZE MmLargeSystem = (MM_SYSTEMSIZE)2;

    // wdm.h: the Flags of MmAllocatePagesForMdlEx (its WDK page).
    /// <summary>MmAllocatePagesForMdlEx flag 0x00000001: do not zero the pages.</summary>
    public const uint MM_DONT_ZERO_ALLOCATION = 0x00000001;
    /// <summary>MmAllocatePagesForMdlEx flag 0x00000002: allocate only from the ideal processor's NUMA node.</summary>
    public const uint MM_ALLOCATE_FROM_LOCAL_NODE_ONLY = 0x00000002;
    /// <summary>MmAllocatePagesForMdlEx flag 0x00000004: allocate all the pages asked for, or none.</summary>
    public const uint MM_ALLOCATE_FULLY_REQUIRED = 0x00000004;
    /// <summary>MmAllocatePagesForMdlEx flag 0x00000008: do not wait for pages; fail instead.</summary>
    public const uint MM_ALLOCATE_NO_WAIT = 0x00000008;
    /// <summary>MmAllocatePagesForMdlEx flag 0x00000010: use contiguous pages where possible.</summary>
    public const uint MM_ALLOCATE_PREFER_CONTIGUOUS = 0x00000010;
    /// <summary>MmAllocatePagesForMdlEx flag 0x00000020: the pages must come in contiguous chunks of the size given.</summary>
    public const uint MM_ALLOCATE_REQUIRE_CONTIGUOUS_CHUNKS = 0x00000020;
    /// <summary>MmAllocatePagesForMdlEx flag 0x00000040: allocate large pages quickly, without trying hard to build them.</summary>
    public const uint MM_ALLOCATE_FAST_LARGE_PAGES = 0x00000040;
    /// <summary>MmAllocatePagesForMdlEx flag 0x00000080: trim working sets to find pages if needed.</summary>
    public const uint MM_ALLOCATE_TRIM_IF_NECESSARY = 0x00000080;
    /// <summary>MmAllocatePagesForMdlEx flag 0x00000100: take the pages away from the system (for a hot remove).</summary>
    public const uint MM_ALLOCATE_AND_HOT_REMOVE = 0x00000100;
}
