namespace NtSim;

// The DDI table: the memory manager (Mm): MDLs, probing, system addresses. One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    // Called by the MmGetSystemAddressForMdlSafe macro when the MDL is not mapped yet.
    internal static readonly Ddi MmMapLockedPagesSpecifyCache = new(nameof(MmMapLockedPagesSpecifyCache), Wdm.DISPATCH_LEVEL, VerifierRules.MapLockedAboveDispatch, traits: DdiTraits.CanFail);

    internal static readonly Ddi IoAllocateMdl = new(nameof(IoAllocateMdl), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi IoBuildPartialMdl = new(nameof(IoBuildPartialMdl), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi IoFreeMdl = new(nameof(IoFreeMdl), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.SchedulingPoint);

    internal static readonly Ddi MmProbeAndLockPages = new(nameof(MmProbeAndLockPages), Wdm.DISPATCH_LEVEL, VerifierRules.ProbeAndLockAboveDispatch, DdiTraits.SchedulingPoint);

    internal static readonly Ddi MmUnlockPages = new(nameof(MmUnlockPages), Wdm.DISPATCH_LEVEL, VerifierRules.UnlockAboveDispatch, DdiTraits.SchedulingPoint);

    internal static readonly Ddi MmGetSystemAddressForMdlSafe = new(nameof(MmGetSystemAddressForMdlSafe), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi MmUnmapLockedPages = new(nameof(MmUnmapLockedPages), Wdm.DISPATCH_LEVEL, VerifierRules.UnmapLockedAboveDispatch, DdiTraits.SchedulingPoint);

    internal static readonly Ddi MmBuildMdlForNonPagedPool = new(nameof(MmBuildMdlForNonPagedPool), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi MmInitializeMdl = new(nameof(MmInitializeMdl), Wdm.HIGH_LEVEL);

    internal static readonly Ddi MmIsAddressValid = new(nameof(MmIsAddressValid), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ProbeForRead = new(nameof(ProbeForRead), Wdm.APC_LEVEL, VerifierRules.IrqlExApcLte2, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ProbeForWrite = new(nameof(ProbeForWrite), Wdm.APC_LEVEL, VerifierRules.IrqlExApcLte2, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi MmIsVerifierEnabled = new(nameof(MmIsVerifierEnabled), Wdm.HIGH_LEVEL);

    internal static readonly Ddi MmIsDriverVerifying = new(nameof(MmIsDriverVerifying), Wdm.HIGH_LEVEL);

    internal static readonly Ddi MmGetSystemRoutineAddress = new(nameof(MmGetSystemRoutineAddress), Wdm.PASSIVE_LEVEL);
}

// Physical memory, mappings and pageable sections (their WDK pages' IRQL lines).
internal static partial class DdiTable
{
    internal static readonly Ddi MmAllocateContiguousMemory = new(nameof(MmAllocateContiguousMemory), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.SchedulingPoint | DdiTraits.CanFail | DdiTraits.TracesArguments);

    internal static readonly Ddi MmAllocateContiguousMemorySpecifyCache = new(nameof(MmAllocateContiguousMemorySpecifyCache), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.SchedulingPoint | DdiTraits.CanFail | DdiTraits.TracesArguments);

    // "IRQL = APC_LEVEL ... and for Windows Server 2008 and later <= DISPATCH_LEVEL" (nf-wdm-mmfreecontiguousmemory).
    internal static readonly Ddi MmFreeContiguousMemory = new(nameof(MmFreeContiguousMemory), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.SchedulingPoint);

    internal static readonly Ddi MmGetPhysicalAddress = new(nameof(MmGetPhysicalAddress), Wdm.HIGH_LEVEL);

    internal static readonly Ddi MmAllocatePagesForMdl = new(nameof(MmAllocatePagesForMdl), Wdm.APC_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    // <= APC_LEVEL, or DISPATCH_LEVEL with MM_ALLOCATE_NO_WAIT: the facade checks the flag.
    internal static readonly Ddi MmAllocatePagesForMdlEx = new(nameof(MmAllocatePagesForMdlEx), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    // "<= APC_LEVEL ... for Windows Server 2008 and later, also DISPATCH_LEVEL" (nf-wdm-mmfreepagesfrommdl).
    internal static readonly Ddi MmFreePagesFromMdl = new(nameof(MmFreePagesFromMdl), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.SchedulingPoint);

    internal static readonly Ddi MmMapLockedPages = new(nameof(MmMapLockedPages), Wdm.DISPATCH_LEVEL, VerifierRules.MapLockedAboveDispatch);

    internal static readonly Ddi MmQuerySystemSize = new(nameof(MmQuerySystemSize), Wdm.HIGH_LEVEL);

    internal static readonly Ddi MmPageEntireDriver = new(nameof(MmPageEntireDriver), Wdm.PASSIVE_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi MmResetDriverPaging = new(nameof(MmResetDriverPaging), Wdm.PASSIVE_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi MmLockPagableCodeSection = new(nameof(MmLockPagableCodeSection), Wdm.APC_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi MmLockPagableDataSection = new(nameof(MmLockPagableDataSection), Wdm.APC_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi MmLockPagableSectionByHandle = new(nameof(MmLockPagableSectionByHandle), Wdm.APC_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi MmUnlockPagableImageSection = new(nameof(MmUnlockPagableImageSection), Wdm.APC_LEVEL, VerifierRules.ApiAtWrongIrql);
}

// User virtual memory: PASSIVE_LEVEL only (their WDK pages), DDI rule IrqlZwPassive.
internal static partial class DdiTable
{
    internal static readonly Ddi ZwAllocateVirtualMemory = new(nameof(ZwAllocateVirtualMemory), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ZwFreeVirtualMemory = new(nameof(ZwFreeVirtualMemory), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);
}

// I/O space mappings (their WDK pages' IRQL lines: MmMapIoSpace, MmMapIoSpaceEx and MmUnmapIoSpace "<= DISPATCH_LEVEL").
internal static partial class DdiTable
{
    internal static readonly Ddi MmMapIoSpace = new(nameof(MmMapIoSpace), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.CanFail | DdiTraits.TracesArguments);

    internal static readonly Ddi MmMapIoSpaceEx = new(nameof(MmMapIoSpaceEx), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.CanFail | DdiTraits.TracesArguments);

    internal static readonly Ddi MmUnmapIoSpace = new(nameof(MmUnmapIoSpace), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql);
}
