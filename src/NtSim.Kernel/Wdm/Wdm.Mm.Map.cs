namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// MmMapLockedPagesSpecifyCache: maps the locked pages of an MDL (MmProbeAndLockPages,
    /// MmBuildMdlForNonPagedPool's, or MmAllocatePagesForMdl's) into system space and returns the
    /// address of the buffer there. On failure: NULL, or with <paramref name="BugCheckOnFailure"/> a
    /// bug check (NO_MORE_SYSTEM_PTES). <paramref name="Priority"/> is an MM_PAGE_PRIORITY, optionally with
    /// MdlMappingNoWrite and MdlMappingNoExecute. An MDL is mapped once: a second mapping while the first
    /// stands is refused (MmGetSystemAddressForMdlSafe returns the standing one). NtSim maps in
    /// <see cref="KernelMode"/> only: a UserMode mapping into the current process is not supported
    /// (NotSupportedException). IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static PVOID MmMapLockedPagesSpecifyCache(MDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode, MEMORY_CACHING_TYPE CacheType,
        PVOID RequestedAddress, uint BugCheckOnFailure, uint Priority)
    {
        var thread = DdiGate.Enter(DdiTable.MmMapLockedPagesSpecifyCache, MemoryDescriptorList?.Address ?? 0, (ulong)AccessMode);
        var mdl = CheckLive(MemoryDescriptorList, nameof(MemoryDescriptorList));
        if (AccessMode != KernelMode)
        {
            throw new NotSupportedException(AccessMode == UserMode
                ? "MmMapLockedPagesSpecifyCache: NtSim maps MDLs into system space only (KernelMode); a UserMode mapping into the current process is not supported."
                : "MmMapLockedPagesSpecifyCache: AccessMode must be KernelMode or UserMode.");
        }

        var priority = Priority & ~(MdlMappingNoWrite | MdlMappingNoExecute);
        if (CacheType < MmNonCached || CacheType >= MmMaximumCacheType
            || (priority != LowPagePriority && priority != NormalPagePriority && priority != HighPagePriority))
        {
            throw new ArgumentOutOfRangeException(nameof(Priority), Priority,
                "MmMapLockedPagesSpecifyCache: CacheType must be a MEMORY_CACHING_TYPE and Priority an MM_PAGE_PRIORITY, optionally ORed with MdlMappingNoWrite and MdlMappingNoExecute.");
        }

        if (mdl.Has((short)(MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL)))
        {
            throw new InvalidOperationException($"MmMapLockedPagesSpecifyCache: {mdl} is mapped into system space already (at {mdl.MappedSystemVa}); unmap it first, or use MmGetSystemAddressForMdlSafe.");
        }

        MemoryManager.RequireLockedToMap(thread, mdl);
        var address = DdiGate.InjectFault(thread, DdiTable.MmMapLockedPagesSpecifyCache)
            ? PVOID.NULL
            : thread.Machine.Memory.MapLocked(mdl, readOnly: (Priority & MdlMappingNoWrite) != 0);
        if (address.IsNull && BugCheckOnFailure != 0)
        {
            // NO_MORE_SYSTEM_PTES (0x3F): P1 the PTE type (0, system PTEs), P2 the pages asked for; P3 and P4
            // (free and total system PTEs) are not counted by NtSim and are 0.
            thread.Machine.RaiseBugCheck(NO_MORE_SYSTEM_PTES, 0, (ulong)mdl.PageCount, 0, 0,
                $"MmMapLockedPagesSpecifyCache could not map {mdl} and BugCheckOnFailure was set");
        }

        DdiGate.Leave(thread, DdiTable.MmMapLockedPagesSpecifyCache);
        return address;
    }

    /// <summary>MmMapLockedPages (obsolete; use MmGetSystemAddressForMdlSafe): MmMapLockedPagesSpecifyCache with
    /// MmCached and NormalPagePriority; a kernel-mode mapping that fails bug checks. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static PVOID MmMapLockedPages(MDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode)
    {
        DdiGate.Enter(DdiTable.MmMapLockedPages, MemoryDescriptorList?.Address ?? 0, (ulong)AccessMode);
        return MmMapLockedPagesSpecifyCache(MemoryDescriptorList!, AccessMode, MmCached, PVOID.NULL, 1, NormalPagePriority);
    }
}
