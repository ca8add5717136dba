using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{

    /// <summary>
    /// IoAllocateMdl: an MDL for the buffer [<paramref name="VirtualAddress"/>, +<paramref name="Length"/>),
    /// its pages not yet locked; NULL if Length is more than the documented maximum (4 GB - PAGE_SIZE).
    /// With an <paramref name="Irp"/>, the MDL becomes its MdlAddress (or, for a
    /// <paramref name="SecondaryBuffer"/>, the end of its MDL chain). IRQL &lt;= DISPATCH_LEVEL.
    /// Tracked until IoFreeMdl with the caller's line.
    /// </summary>
    public static MDL? IoAllocateMdl(PVOID VirtualAddress, uint Length, bool SecondaryBuffer, bool ChargeQuota, IRP? Irp,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoAllocateMdl);
        if (Length > MDL.MaximumLength || DdiGate.InjectFault(thread, DdiTable.IoAllocateMdl))
        {
            return null;
        }

        var machine = thread.Machine;
        var mdl = new MDL { FromIoAllocateMdl = true };
        machine.Memory.InitializeMdl(machine, mdl, VirtualAddress, Length);
        if (Irp is IMdlList list)
        {
            LinkMdl(list, mdl, SecondaryBuffer);
        }

        mdl.TrackHandle = machine.Tracking.Track(ResourceKind.Mdl, thread.CurrentModule, mdl.Address, 0, Length, default, file, line,
            string.Create(CultureInfo.InvariantCulture, $"MDL for {Length} bytes at {VirtualAddress}"));
        DdiGate.Leave(thread, DdiTable.IoAllocateMdl);
        return mdl;
    }

    /// <summary>
    /// IoFreeMdl: frees an MDL IoAllocateMdl made. A mapped MDL must be unmapped (or unlocked) first:
    /// freeing it bug checks with 0xC4/0xB8 under Driver Verifier (without it the mapping outlives
    /// the MDL). The pages of a locked MDL stay locked, as on Windows,
    /// until the process ends (DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS). IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static void IoFreeMdl(MDL Mdl)
    {
        var thread = DdiGate.Enter(DdiTable.IoFreeMdl);
        KeContext.NotNull(Mdl, nameof(Mdl));
        if (!Mdl.FromIoAllocateMdl || Mdl.Freed)
        {
            throw new InvalidOperationException(Mdl.Freed
                ? $"IoFreeMdl: {Mdl} was already freed."
                : $"IoFreeMdl: {Mdl} was not allocated by IoAllocateMdl (an MDL a driver initialized with MmInitializeMdl is the driver's own storage).");
        }

        thread.Machine.Memory.FreeMdl(thread, Mdl);
        DdiGate.Leave(thread, DdiTable.IoFreeMdl);
    }

    /// <summary>
    /// IoBuildPartialMdl: makes <paramref name="TargetMdl"/> (from IoAllocateMdl, large enough for the
    /// subrange's pages: TARGET_MDL_TOO_SMALL otherwise) describe [<paramref name="VirtualAddress"/>,
    /// +<paramref name="Length"/>) of <paramref name="SourceMdl"/>'s buffer (the rest of it when Length is
    /// 0; INVALID_MDL_RANGE outside it). The target gets the source's pages, which the source must hold
    /// locked (or built for nonpaged pool), and shares its system mapping if it has one; otherwise
    /// MmGetSystemAddressForMdlSafe maps it and IoFreeMdl releases that mapping. IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static void IoBuildPartialMdl(MDL SourceMdl, MDL TargetMdl, PVOID VirtualAddress, uint Length)
    {
        var thread = DdiGate.Enter(DdiTable.IoBuildPartialMdl);
        var source = CheckLive(SourceMdl, nameof(SourceMdl));
        var target = CheckLive(TargetMdl, nameof(TargetMdl));
        thread.Machine.Memory.BuildPartial(thread, source, target, VirtualAddress, Length);
    }

    /// <summary>MmPrepareMdlForReuse (a macro): releases the system mapping a partial MDL got of its own
    /// (MmGetSystemAddressForMdlSafe), so IoBuildPartialMdl can build it again without leaking it; a mapping
    /// it shares with its source, or an MDL that is not partial, is left alone.</summary>
    public static void MmPrepareMdlForReuse(MDL MDL)
    {
        var mdl = KeContext.NotNull(MDL, nameof(MDL));
        if (mdl.Has(MDL_PARTIAL_HAS_BEEN_MAPPED))
        {
            MmUnmapLockedPages(mdl.MappedSystemVa, mdl);
        }
    }

    /// <summary>
    /// MmProbeAndLockPages: checks in the calling thread's context that every page of the MDL's buffer
    /// permits <paramref name="Operation"/> and locks the pages, so they stay resident and can be
    /// mapped. Raises STATUS_ACCESS_VIOLATION (call it in try/catch) for a bad buffer, or a user-mode
    /// probe of a kernel address. IRQL &lt;= APC_LEVEL for pageable memory, &lt;= DISPATCH_LEVEL
    /// otherwise (0xC4/0x70 above).
    /// </summary>
    public static void MmProbeAndLockPages(MDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode, LOCK_OPERATION Operation,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.MmProbeAndLockPages, MemoryDescriptorList?.Address ?? 0, (ulong)AccessMode);
        var mdl = CheckLive(MemoryDescriptorList, nameof(MemoryDescriptorList));
        if (AccessMode != KernelMode && AccessMode != UserMode)
        {
            throw new ArgumentOutOfRangeException(nameof(AccessMode), AccessMode, "MmProbeAndLockPages: AccessMode must be KernelMode or UserMode.");
        }

        if (Operation != IoReadAccess && Operation != IoWriteAccess && Operation != IoModifyAccess)
        {
            throw new ArgumentOutOfRangeException(nameof(Operation), Operation, "MmProbeAndLockPages: Operation must be IoReadAccess, IoWriteAccess or IoModifyAccess.");
        }

        thread.Machine.Memory.ProbeAndLockPages(thread, mdl, AccessMode, Operation != IoReadAccess, file, line);
        DdiGate.Leave(thread, DdiTable.MmProbeAndLockPages);
    }

    /// <summary>
    /// MmUnlockPages: unlocks the pages MmProbeAndLockPages locked, releasing the system-space mapping
    /// first if there is one. Works in any process context. IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static void MmUnlockPages(MDL MemoryDescriptorList)
    {
        var thread = DdiGate.Enter(DdiTable.MmUnlockPages, MemoryDescriptorList?.Address ?? 0);
        var mdl = CheckLive(MemoryDescriptorList, nameof(MemoryDescriptorList));
        thread.Machine.Memory.UnlockPages(thread, mdl);
        DdiGate.Leave(thread, DdiTable.MmUnlockPages);
    }

    /// <summary>
    /// MmGetSystemAddressForMdlSafe: a nonpaged system-space address for the MDL's buffer, usable at
    /// DISPATCH_LEVEL and from any process: its pages are the same physical pages as the buffer's,
    /// so a write through it is a write to the buffer. Maps the locked pages on the first call and
    /// returns the same address after; a nonpaged pool MDL's address is the buffer itself. NULL if
    /// the mapping fails. <paramref name="Priority"/> is an MM_PAGE_PRIORITY, optionally with
    /// MdlMappingNoWrite (the mapping is read-only) and MdlMappingNoExecute. IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static PVOID MmGetSystemAddressForMdlSafe(MDL Mdl, uint Priority)
    {
        var thread = DdiGate.Enter(DdiTable.MmGetSystemAddressForMdlSafe);
        var mdl = CheckLive(Mdl, nameof(Mdl));
        if (mdl.Has((short)(MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL)))
        {
            return mdl.MappedSystemVa;
        }

        // The macro calls MmMapLockedPagesSpecifyCache in kernel mode: 0xC4/0x76 above DISPATCH_LEVEL (P4 the access mode).
        DdiGate.Enter(DdiTable.MmMapLockedPagesSpecifyCache, mdl.Address, (ulong)KernelMode);
        var priority = Priority & ~(MdlMappingNoWrite | MdlMappingNoExecute);
        if (priority != LowPagePriority && priority != NormalPagePriority && priority != HighPagePriority)
        {
            throw new ArgumentOutOfRangeException(nameof(Priority), Priority,
                "MmGetSystemAddressForMdlSafe: Priority must be LowPagePriority, NormalPagePriority or HighPagePriority, optionally ORed with MdlMappingNoWrite and MdlMappingNoExecute.");
        }

        MemoryManager.RequireLockedToMap(thread, mdl);
        if (DdiGate.InjectFault(thread, DdiTable.MmMapLockedPagesSpecifyCache))
        {
            // The mapping failed (low resources): the macro returns NULL.
            return default;
        }

        var machine = thread.Machine;
        var address = machine.Memory.MapLocked(mdl, readOnly: (Priority & MdlMappingNoWrite) != 0);
        DdiGate.Leave(thread, DdiTable.MmGetSystemAddressForMdlSafe);
        return address;
    }

    /// <summary>MmUnmapLockedPages: releases the system-space mapping at <paramref name="BaseAddress"/>
    /// (the address MmGetSystemAddressForMdlSafe returned for the MDL); touching it afterwards faults.
    /// IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void MmUnmapLockedPages(PVOID BaseAddress, MDL MemoryDescriptorList)
    {
        var thread = DdiGate.Enter(DdiTable.MmUnmapLockedPages, BaseAddress.Address, MemoryDescriptorList?.Address ?? 0);
        var mdl = CheckLive(MemoryDescriptorList, nameof(MemoryDescriptorList));
        if (!mdl.Has(MDL_MAPPED_TO_SYSTEM_VA))
        {
            throw new InvalidOperationException(mdl.Has(MDL_SOURCE_IS_NONPAGED_POOL)
                ? $"MmUnmapLockedPages: {mdl} describes nonpaged pool, whose address is not a mapping; there is nothing to unmap."
                : $"MmUnmapLockedPages: {mdl} is not mapped into system space.");
        }

        if (!MemoryManager.OwnsMapping(mdl))
        {
            throw new InvalidOperationException($"MmUnmapLockedPages: the partial {mdl} shares the mapping of its source MDL; the source's mapping is the source's to release.");
        }

        if (BaseAddress != mdl.MappedSystemVa)
        {
            throw new ArgumentException($"MmUnmapLockedPages: BaseAddress {BaseAddress} is not the address {mdl} is mapped at ({mdl.MappedSystemVa}).", nameof(BaseAddress));
        }

        var machine = thread.Machine;
        machine.Memory.UnmapLocked(mdl);
        DdiGate.Leave(thread, DdiTable.MmUnmapLockedPages);
    }

    /// <summary>
    /// MmBuildMdlForNonPagedPool: fills in the pages of an MDL whose buffer is in nonpaged memory (they
    /// are resident already: no locking, no unlocking). MappedSystemVa becomes the buffer's address.
    /// A pageable buffer bug checks with 0xC4/0x7F under Driver Verifier. IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static void MmBuildMdlForNonPagedPool(MDL MemoryDescriptorList)
    {
        var thread = DdiGate.Enter(DdiTable.MmBuildMdlForNonPagedPool);
        var mdl = CheckLive(MemoryDescriptorList, nameof(MemoryDescriptorList));
        if (mdl.Has((short)(MDL_PAGES_LOCKED | MDL_MAPPED_TO_SYSTEM_VA | MDL_PARTIAL)))
        {
            throw new InvalidOperationException($"MmBuildMdlForNonPagedPool: {mdl} is locked, mapped or partial; build a fresh MDL.");
        }

        thread.Machine.Memory.BuildForNonPagedPool(thread, mdl);
    }

    /// <summary>MmInitializeMdl: makes <paramref name="MemoryDescriptorList"/> (the driver's own MDL
    /// storage) describe [<paramref name="BaseVa"/>, +<paramref name="Length"/>).</summary>
    public static void MmInitializeMdl(MDL MemoryDescriptorList, PVOID BaseVa, ulong Length)
    {
        var thread = DdiGate.Enter(DdiTable.MmInitializeMdl);
        var mdl = KeContext.NotNull(MemoryDescriptorList, nameof(MemoryDescriptorList));
        if (mdl.FromIoAllocateMdl || mdl.Lock is not null || mdl.Has(MDL_MAPPED_TO_SYSTEM_VA))
        {
            throw new InvalidOperationException($"MmInitializeMdl: {mdl} is in use (allocated by IoAllocateMdl, locked or mapped); initialize only the driver's own, idle MDL storage.");
        }

        thread.Machine.Memory.InitializeMdl(thread.Machine, mdl, BaseVa, Length);
    }

    /// <summary>MmSizeOfMdl: the bytes an MDL for [<paramref name="Base"/>, +<paramref name="Length"/>)
    /// needs: sizeof(MDL) and one PFN_NUMBER per page.</summary>
    public static ulong MmSizeOfMdl(PVOID Base, ulong Length) =>
        MDL.HeaderSize + ((ulong)ADDRESS_AND_SIZE_TO_SPAN_PAGES(Base, Length) * sizeof(ulong));

    /// <summary>MmGetMdlVirtualAddress: the buffer's virtual address (StartVa + ByteOffset).</summary>
    public static PVOID MmGetMdlVirtualAddress(MDL Mdl) => KeContext.NotNull(Mdl, nameof(Mdl)).VirtualAddress;

    /// <summary>MmGetMdlByteCount: the buffer's length.</summary>
    public static uint MmGetMdlByteCount(MDL Mdl) => KeContext.NotNull(Mdl, nameof(Mdl)).ByteCount;

    /// <summary>MmGetMdlByteOffset: the buffer's offset in its first page.</summary>
    public static uint MmGetMdlByteOffset(MDL Mdl) => KeContext.NotNull(Mdl, nameof(Mdl)).ByteOffset;

    /// <summary>MmGetMdlBaseVa: the page-aligned start of the buffer.</summary>
    public static PVOID MmGetMdlBaseVa(MDL Mdl) => KeContext.NotNull(Mdl, nameof(Mdl)).StartVa;

    /// <summary>MmGetMdlPfnArray: the page frame numbers of the buffer's pages (meaningful once the
    /// MDL is locked or built).</summary>
    public static ReadOnlySpan<ulong> MmGetMdlPfnArray(MDL Mdl) => KeContext.NotNull(Mdl, nameof(Mdl)).PfnArray;

    private static MDL CheckLive([NotNull] MDL? mdl, string argument, [CallerMemberName] string ddi = "")
    {
        KeContext.NotNull(mdl, argument, ddi);
        if (mdl.Freed)
        {
            throw new InvalidOperationException($"{ddi}: {mdl} was freed with IoFreeMdl.");
        }

        Uninitialized.Require(mdl.Address != 0, "MDL", "IoAllocateMdl or MmInitializeMdl", ddi);

        return mdl;
    }

    private static void LinkMdl(IMdlList irp, MDL mdl, bool secondaryBuffer)
    {
        // The primary buffer's MDL becomes Irp->MdlAddress; a secondary buffer's goes at the end of the chain.
        if (!secondaryBuffer || irp.MdlAddress is null)
        {
            irp.MdlAddress = mdl;
            return;
        }

        var last = irp.MdlAddress;
        while (last.Next is not null)
        {
            last = last.Next;
        }

        last.Next = mdl;
    }
}
