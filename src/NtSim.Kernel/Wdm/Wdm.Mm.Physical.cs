using System.Globalization;
using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// MmAllocateContiguousMemory: <paramref name="NumberOfBytes"/> of nonpaged memory whose physical pages
    /// are contiguous and lie at or below <paramref name="HighestAcceptableAddress"/>, mapped into system
    /// space and cached; NULL when no such range can be had. Free it with MmFreeContiguousMemory.
    /// IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static PVOID MmAllocateContiguousMemory(ulong NumberOfBytes, LARGE_INTEGER HighestAcceptableAddress,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AllocateContiguous(DdiTable.MmAllocateContiguousMemory, NumberOfBytes, 0, HighestAcceptableAddress, 0, file, line);

    /// <summary>
    /// MmAllocateContiguousMemorySpecifyCache: MmAllocateContiguousMemory with a lowest acceptable
    /// physical address, a boundary the range must not cross (0 for none) and a caching type (any
    /// MEMORY_CACHING_TYPE; NtSim's memory has no cache to observe). IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static PVOID MmAllocateContiguousMemorySpecifyCache(ulong NumberOfBytes, LARGE_INTEGER LowestAcceptableAddress,
        LARGE_INTEGER HighestAcceptableAddress, LARGE_INTEGER BoundaryAddressMultiple, MEMORY_CACHING_TYPE CacheType,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (CacheType < MmNonCached || CacheType >= MmMaximumCacheType)
        {
            throw new ArgumentOutOfRangeException(nameof(CacheType), CacheType, "MmAllocateContiguousMemorySpecifyCache: CacheType must be a MEMORY_CACHING_TYPE below MmMaximumCacheType.");
        }

        return AllocateContiguous(DdiTable.MmAllocateContiguousMemorySpecifyCache, NumberOfBytes, LowestAcceptableAddress,
            HighestAcceptableAddress, BoundaryAddressMultiple, file, line);
    }

    /// <summary>MmFreeContiguousMemory: frees a buffer from MmAllocateContiguousMemory(SpecifyCache); any other
    /// address, or a second free, is BAD_POOL_CALLER 0x60. IRQL &lt;= DISPATCH_LEVEL (Windows Server 2008 and later).</summary>
    public static void MmFreeContiguousMemory(PVOID BaseAddress)
    {
        var thread = DdiGate.Enter(DdiTable.MmFreeContiguousMemory);
        thread.Machine.PhysicalMemory.FreeContiguous(thread, BaseAddress.Address);
        DdiGate.Leave(thread, DdiTable.MmFreeContiguousMemory);
    }

    /// <summary>MmGetPhysicalAddress: the physical address behind a valid nonpaged (or locked) virtual
    /// address; 0 for an address nothing backs. Any IRQL.</summary>
    public static LARGE_INTEGER MmGetPhysicalAddress(PVOID BaseAddress)
    {
        var thread = DdiGate.Enter(DdiTable.MmGetPhysicalAddress);
        return thread.Machine.PhysicalMemory.PhysicalAddress(thread, BaseAddress.Address);
    }

    /// <summary>
    /// MmAllocatePagesForMdl: zeroed physical pages in [<paramref name="LowAddress"/>, <paramref name="HighAddress"/>]
    /// for up to <paramref name="TotalBytes"/>, described by a new MDL that is not mapped (map it with
    /// MmGetSystemAddressForMdlSafe). The MDL may describe fewer bytes than asked: check MmGetMdlByteCount.
    /// NULL when no page can be had. Free with MmFreePagesFromMdl, then ExFreePool(Mdl). IRQL &lt;= APC_LEVEL.
    /// NtSim's pages come from one physical range: <paramref name="SkipBytes"/> (a multiple of PAGE_SIZE) never
    /// has to be used.
    /// </summary>
    public static MDL? MmAllocatePagesForMdl(LARGE_INTEGER LowAddress, LARGE_INTEGER HighAddress, LARGE_INTEGER SkipBytes, ulong TotalBytes,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AllocatePagesForMdl(DdiTable.MmAllocatePagesForMdl, LowAddress, HighAddress, SkipBytes, TotalBytes, MmCached, 0, file, line);

    /// <summary>
    /// MmAllocatePagesForMdlEx: MmAllocatePagesForMdl with a caching type and MM_ALLOCATE_* flags:
    /// MM_ALLOCATE_FULLY_REQUIRED gives NULL rather than a short MDL; MM_ALLOCATE_NO_WAIT allows
    /// DISPATCH_LEVEL (otherwise IRQL &lt;= APC_LEVEL); MM_DONT_ZERO_ALLOCATION is accepted (NtSim's fresh
    /// pages are zero anyway); the NUMA and large-page hints change nothing on NtSim's one node.
    /// </summary>
    public static MDL? MmAllocatePagesForMdlEx(LARGE_INTEGER LowAddress, LARGE_INTEGER HighAddress, LARGE_INTEGER SkipBytes, ulong TotalBytes,
        MEMORY_CACHING_TYPE CacheType, uint Flags, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AllocatePagesForMdl(DdiTable.MmAllocatePagesForMdlEx, LowAddress, HighAddress, SkipBytes, TotalBytes, CacheType, Flags, file, line);

    /// <summary>MmFreePagesFromMdl: frees the pages of an MDL from MmAllocatePagesForMdl(Ex) (not the MDL:
    /// ExFreePool it after). Any other MDL, or a second call, is PFN_LIST_CORRUPT (0x4E). IRQL &lt;= DISPATCH_LEVEL
    /// (Windows Server 2008 and later).</summary>
    public static void MmFreePagesFromMdl(MDL MemoryDescriptorList)
    {
        var thread = DdiGate.Enter(DdiTable.MmFreePagesFromMdl);
        var mdl = KeContext.NotNull(MemoryDescriptorList, nameof(MemoryDescriptorList));
        thread.Machine.PhysicalMemory.FreePagesFromMdl(thread, mdl);
        DdiGate.Leave(thread, DdiTable.MmFreePagesFromMdl);
    }

    private static PVOID AllocateContiguous(Ddi ddi, ulong bytes, LARGE_INTEGER lowest, LARGE_INTEGER highest, LARGE_INTEGER boundary, string file, int line)
    {
        var thread = DdiGate.Enter(ddi);
        if (DdiGate.Hooked(thread))
        {
            DdiGate.Arguments(thread, ddi, $"{bytes}, 0x{highest.QuadPart:X}");
        }

        if (DdiGate.InjectFault(thread, ddi))
        {
            return PVOID.NULL;
        }

        var result = thread.Machine.PhysicalMemory.AllocateContiguous(thread, bytes, lowest.QuadPart, highest.QuadPart, boundary.QuadPart, file, line);
        DdiGate.Leave(thread, ddi);
        return result;
    }

    private static MDL? AllocatePagesForMdl(Ddi ddi, LARGE_INTEGER low, LARGE_INTEGER high, LARGE_INTEGER skip, ulong totalBytes,
        MEMORY_CACHING_TYPE cacheType, uint flags, string file, int line)
    {
        var thread = DdiGate.Enter(ddi);
        var irql = thread.Processor!.Irql;
        if (irql > APC_LEVEL && (flags & MM_ALLOCATE_NO_WAIT) == 0)
        {
            // "IRQL <= APC_LEVEL; with MM_ALLOCATE_NO_WAIT, <= DISPATCH_LEVEL" (nf-wdm-mmallocatepagesformdlex).
            thread.Machine.Verifier.Violation(VerifierRules.ApiAtWrongIrql, (ulong)irql, 0, 0, string.Create(CultureInfo.InvariantCulture,
                $"{ddi.Name} was called at IRQL {(int)irql} without MM_ALLOCATE_NO_WAIT; it waits for pages and needs IRQL <= APC_LEVEL"));
        }

        if (cacheType < MmNonCached || cacheType >= MmMaximumCacheType || ((ulong)skip.QuadPart & MmLayout.PageMask) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(skip), $"{ddi.Name}: CacheType must be a MEMORY_CACHING_TYPE and SkipBytes a multiple of PAGE_SIZE.");
        }

        if (DdiGate.InjectFault(thread, ddi))
        {
            return null;
        }

        var mdl = thread.Machine.PhysicalMemory.AllocatePagesForMdl(thread, low.QuadPart, high.QuadPart, totalBytes,
            (flags & MM_ALLOCATE_FULLY_REQUIRED) != 0, ddi.Name, file, line);
        DdiGate.Leave(thread, ddi);
        return mdl;
    }
}
