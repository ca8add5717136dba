namespace NtSim;

// The DDI table: the executive (Ex): pool, lookaside lists, fast mutexes, resources, work items. One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi ExInitializeFastMutex = new(nameof(ExInitializeFastMutex), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExAcquireFastMutex = new(nameof(ExAcquireFastMutex), Wdm.APC_LEVEL, VerifierRules.FastMutexAcquiredAboveApc);

    internal static readonly Ddi ExTryToAcquireFastMutex = new(nameof(ExTryToAcquireFastMutex), Wdm.APC_LEVEL, VerifierRules.FastMutexAcquiredAboveApc);

    internal static readonly Ddi ExReleaseFastMutex = new(nameof(ExReleaseFastMutex), Wdm.APC_LEVEL, VerifierRules.FastMutexReleasedNotAtApc, DdiTraits.SchedulingPoint, minIrql: Wdm.APC_LEVEL);

    internal static readonly Ddi ExAcquireFastMutexUnsafe = new(nameof(ExAcquireFastMutexUnsafe), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExReleaseFastMutexUnsafe = new(nameof(ExReleaseFastMutexUnsafe), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInitializeNPagedLookasideList = new(nameof(ExInitializeNPagedLookasideList), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExInitializePagedLookasideList = new(nameof(ExInitializePagedLookasideList), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExAllocateFromNPagedLookasideList = new(nameof(ExAllocateFromNPagedLookasideList), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExFreeToNPagedLookasideList = new(nameof(ExFreeToNPagedLookasideList), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExDeleteNPagedLookasideList = new(nameof(ExDeleteNPagedLookasideList), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExAllocateFromPagedLookasideList = new(nameof(ExAllocateFromPagedLookasideList), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExFreeToPagedLookasideList = new(nameof(ExFreeToPagedLookasideList), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExDeletePagedLookasideList = new(nameof(ExDeletePagedLookasideList), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExInitializeLookasideListEx = new(nameof(ExInitializeLookasideListEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExAllocateFromLookasideListEx = new(nameof(ExAllocateFromLookasideListEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExFreeToLookasideListEx = new(nameof(ExFreeToLookasideListEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExFlushLookasideListEx = new(nameof(ExFlushLookasideListEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExDeleteLookasideListEx = new(nameof(ExDeleteLookasideListEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExAllocatePool2 = new(nameof(ExAllocatePool2), Wdm.HIGH_LEVEL, traits: DdiTraits.TracesArguments | DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi ExInitializeResourceLite = new(nameof(ExInitializeResourceLite), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExDeleteResourceLite = new(nameof(ExDeleteResourceLite), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExAcquireResourceExclusiveLite = new(nameof(ExAcquireResourceExclusiveLite), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExAcquireResourceSharedLite = new(nameof(ExAcquireResourceSharedLite), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExReleaseResourceLite = new(nameof(ExReleaseResourceLite), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExConvertExclusiveToSharedLite = new(nameof(ExConvertExclusiveToSharedLite), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExIsResourceAcquiredExclusiveLite = new(nameof(ExIsResourceAcquiredExclusiveLite), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExIsResourceAcquiredSharedLite = new(nameof(ExIsResourceAcquiredSharedLite), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExInitializeWorkItem = new(nameof(ExInitializeWorkItem), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExQueueWorkItem = new(nameof(ExQueueWorkItem), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi ExAllocatePoolWithTag = new(nameof(ExAllocatePoolWithTag), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi ExAllocatePoolZero = new(nameof(ExAllocatePoolZero), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi ExAllocatePoolUninitialized = new(nameof(ExAllocatePoolUninitialized), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi ExAllocatePool = new(nameof(ExAllocatePool), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi ExAllocatePoolWithQuotaTag = new(nameof(ExAllocatePoolWithQuotaTag), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi ExFreePoolWithTag = new(nameof(ExFreePoolWithTag), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExFreePool = new(nameof(ExFreePool), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExGetExclusiveWaiterCount = new(nameof(ExGetExclusiveWaiterCount), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExGetSharedWaiterCount = new(nameof(ExGetSharedWaiterCount), Wdm.HIGH_LEVEL);
}

// Callback objects (ExCreateCallback and friends), with the IRQL lines of their WDK pages.
internal static partial class DdiTable
{
    internal static readonly Ddi ExCreateCallback = new(nameof(ExCreateCallback), Wdm.PASSIVE_LEVEL);

    // ExRegisterCallback and ExUnregisterCallback: IRQL <= APC_LEVEL, DDI compliance rule IrqlExApcLte2.
    internal static readonly Ddi ExRegisterCallback = new(nameof(ExRegisterCallback), Wdm.APC_LEVEL, VerifierRules.IrqlExApcLte2,
        parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ExUnregisterCallback = new(nameof(ExUnregisterCallback), Wdm.APC_LEVEL, VerifierRules.IrqlExApcLte2,
        parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ExNotifyCallback = new(nameof(ExNotifyCallback), Wdm.DISPATCH_LEVEL);
}
