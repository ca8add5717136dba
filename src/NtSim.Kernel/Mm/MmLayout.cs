namespace NtSim;

/// <summary>The x64 virtual address layout NtSim uses: 48-bit canonical addresses, the user half
/// per process and one system half, 4 KiB pages.</summary>
internal static class MmLayout
{
    internal const int PageShift = 12;
    internal const ulong PageSize = 1UL << PageShift;
    internal const ulong PageMask = PageSize - 1;

    // MM_LOWEST_USER_ADDRESS and MM_HIGHEST_USER_ADDRESS on x64: the first and last 64 KiB of the
    // user half are never mapped.
    internal const ulong LowestUserAddress = 0x0000_0000_0001_0000;
    internal const ulong HighestUserAddress = 0x0000_7FFF_FFFE_FFFF;

    /// <summary>The first address of the user half's canonical range (one past the last).</summary>
    internal const ulong UserSpaceEnd = 0x0000_8000_0000_0000;

    /// <summary>MM_SYSTEM_RANGE_START on x64: the system half starts here.</summary>
    internal const ulong SystemRangeStart = 0xFFFF_8000_0000_0000;

    // Pool regions. Windows 10 places them at randomized bases (KASLR); these look like what
    // WinDbg shows: nonpaged pool at ffffa50f`..., paged pool at ffffc40e`...
    internal const ulong NonPagedPoolStart = 0xFFFF_A50F_0000_0000;
    internal const ulong PagedPoolStart = 0xFFFF_C40E_0000_0000;

    /// <summary>System PTEs: where MDLs are mapped into system space (MmGetSystemAddressForMdlSafe).</summary>
    internal const ulong SystemPteStart = 0xFFFF_B80F_0000_0000;

    /// <summary>Virtual size of the system PTE region (64 GiB).</summary>
    internal const ulong SystemPteRegionSize = 64UL << 30;

    /// <summary>Virtual size of each pool region (64 GiB); backing memory is allocated on demand.</summary>
    internal const ulong PoolRegionSize = 64UL << 30;

    /// <summary>Allocation granularity of user address space (64 KiB, as VirtualAlloc).</summary>
    internal const ulong AllocationGranularity = 0x1_0000;

    internal static ulong PageBase(ulong address) => address & ~PageMask;

    internal static bool IsUser(ulong address) => address < UserSpaceEnd;

    internal static bool IsSystem(ulong address) => address >= SystemRangeStart;
}
