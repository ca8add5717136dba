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

    // Time zone conversions: "Any level".
    internal static readonly Ddi ExSystemTimeToLocalTime = new(nameof(ExSystemTimeToLocalTime), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExLocalTimeToSystemTime = new(nameof(ExLocalTimeToSystemTime), Wdm.HIGH_LEVEL);
}

// The interlocked list routines (wdm.h): any IRQL (nf-wdm-exinterlockedinsertheadlist and its siblings:
// "can be called at any IRQL"). Those with a spin lock release it as KeReleaseSpinLock does: a scheduling point.
internal static partial class DdiTable
{
    internal static readonly Ddi ExInterlockedInsertHeadList = new(nameof(ExInterlockedInsertHeadList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInterlockedInsertTailList = new(nameof(ExInterlockedInsertTailList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInterlockedRemoveHeadList = new(nameof(ExInterlockedRemoveHeadList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInterlockedPushEntryList = new(nameof(ExInterlockedPushEntryList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInterlockedPopEntryList = new(nameof(ExInterlockedPopEntryList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInterlockedAddUlong = new(nameof(ExInterlockedAddUlong), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInterlockedAddLargeInteger = new(nameof(ExInterlockedAddLargeInteger), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi InterlockedPushEntrySList = new(nameof(InterlockedPushEntrySList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi InterlockedPopEntrySList = new(nameof(InterlockedPopEntrySList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi InterlockedFlushSList = new(nameof(InterlockedFlushSList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInterlockedPushEntrySList = new(nameof(ExInterlockedPushEntrySList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInterlockedPopEntrySList = new(nameof(ExInterlockedPopEntrySList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInterlockedFlushSList = new(nameof(ExInterlockedFlushSList), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExAcquireSharedStarveExclusive = new(nameof(ExAcquireSharedStarveExclusive), Wdm.APC_LEVEL);

    internal static readonly Ddi ExAcquireSharedWaitForExclusive = new(nameof(ExAcquireSharedWaitForExclusive), Wdm.APC_LEVEL);

    internal static readonly Ddi ExReinitializeResourceLite = new(nameof(ExReinitializeResourceLite), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi ExSetResourceOwnerPointer = new(nameof(ExSetResourceOwnerPointer), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi ExSetResourceOwnerPointerEx = new(nameof(ExSetResourceOwnerPointerEx), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi ExReleaseResourceForThreadLite = new(nameof(ExReleaseResourceForThreadLite), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi ExEnterCriticalRegionAndAcquireResourceExclusive = new(nameof(ExEnterCriticalRegionAndAcquireResourceExclusive), Wdm.APC_LEVEL);

    internal static readonly Ddi ExEnterCriticalRegionAndAcquireResourceShared = new(nameof(ExEnterCriticalRegionAndAcquireResourceShared), Wdm.APC_LEVEL);

    internal static readonly Ddi ExEnterCriticalRegionAndAcquireSharedWaitForExclusive = new(nameof(ExEnterCriticalRegionAndAcquireSharedWaitForExclusive), Wdm.APC_LEVEL);

    internal static readonly Ddi ExReleaseResourceAndLeaveCriticalRegion = new(nameof(ExReleaseResourceAndLeaveCriticalRegion), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi ExEnterCriticalRegionAndAcquireFastMutexUnsafe = new(nameof(ExEnterCriticalRegionAndAcquireFastMutexUnsafe), Wdm.APC_LEVEL, VerifierRules.FastMutexAcquiredAboveApc);

    internal static readonly Ddi ExReleaseFastMutexUnsafeAndLeaveCriticalRegion = new(nameof(ExReleaseFastMutexUnsafeAndLeaveCriticalRegion), Wdm.APC_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExInitializeRundownProtection = new(nameof(ExInitializeRundownProtection), Wdm.APC_LEVEL);

    internal static readonly Ddi ExReInitializeRundownProtection = new(nameof(ExReInitializeRundownProtection), Wdm.APC_LEVEL);

    internal static readonly Ddi ExAcquireRundownProtection = new(nameof(ExAcquireRundownProtection), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi ExAcquireRundownProtectionEx = new(nameof(ExAcquireRundownProtectionEx), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi ExReleaseRundownProtection = new(nameof(ExReleaseRundownProtection), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExReleaseRundownProtectionEx = new(nameof(ExReleaseRundownProtectionEx), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExWaitForRundownProtectionRelease = new(nameof(ExWaitForRundownProtectionRelease), Wdm.APC_LEVEL);

    internal static readonly Ddi ExRundownCompleted = new(nameof(ExRundownCompleted), Wdm.APC_LEVEL);

    internal static readonly Ddi ExSizeOfRundownProtectionCacheAware = new(nameof(ExSizeOfRundownProtectionCacheAware), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExInitializeRundownProtectionCacheAware = new(nameof(ExInitializeRundownProtectionCacheAware), Wdm.APC_LEVEL);

    internal static readonly Ddi ExReInitializeRundownProtectionCacheAware = new(nameof(ExReInitializeRundownProtectionCacheAware), Wdm.APC_LEVEL);

    internal static readonly Ddi ExAcquireRundownProtectionCacheAware = new(nameof(ExAcquireRundownProtectionCacheAware), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi ExReleaseRundownProtectionCacheAware = new(nameof(ExReleaseRundownProtectionCacheAware), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExWaitForRundownProtectionReleaseCacheAware = new(nameof(ExWaitForRundownProtectionReleaseCacheAware), Wdm.APC_LEVEL);

    internal static readonly Ddi ExRundownCompletedCacheAware = new(nameof(ExRundownCompletedCacheAware), Wdm.APC_LEVEL);

    internal static readonly Ddi ExAllocateTimer = new(nameof(ExAllocateTimer), Wdm.DISPATCH_LEVEL, traits: DdiTraits.CanFail);

    internal static readonly Ddi ExSetTimer = new(nameof(ExSetTimer), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi ExCancelTimer = new(nameof(ExCancelTimer), Wdm.DISPATCH_LEVEL);

    // "IRQL <= APC_LEVEL with Wait, <= DISPATCH_LEVEL without": the row holds the wider bound, the DDI the other.
    internal static readonly Ddi ExDeleteTimer = new(nameof(ExDeleteTimer), Wdm.DISPATCH_LEVEL);
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

// More pool allocators (IRQL <= DISPATCH_LEVEL; the pool checks paged pool's APC_LEVEL itself, as for ExAllocatePoolWithTag).
internal static partial class DdiTable
{
    internal static readonly Ddi ExAllocatePoolWithTagPriority = new(nameof(ExAllocatePoolWithTagPriority), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi ExAllocatePoolWithQuota = new(nameof(ExAllocatePoolWithQuota), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi ExQueryPoolBlockSize = new(nameof(ExQueryPoolBlockSize), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql);
}

// System information: PASSIVE_LEVEL only, DDI rule IrqlZwPassive.
internal static partial class DdiTable
{
    internal static readonly Ddi ZwQuerySystemInformation = new(nameof(ZwQuerySystemInformation), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);
}

// ExAllocatePool3 (any IRQL the pool type allows, as ExAllocatePool2) and the secure pool routines. Secure pools came with
// Windows 10 2004 (the first server with them is Windows Server 2022); their pages give no IRQL line: DISPATCH_LEVEL is allowed.
internal static partial class DdiTable
{
    internal static readonly Ddi ExAllocatePool3 = new(nameof(ExAllocatePool3), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi ExCreatePool = new(nameof(ExCreatePool), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, since: WindowsVersion.Windows10_2004);

    internal static readonly Ddi ExDestroyPool = new(nameof(ExDestroyPool), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, since: WindowsVersion.Windows10_2004);

    internal static readonly Ddi ExSecurePoolUpdate = new(nameof(ExSecurePoolUpdate), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, since: WindowsVersion.Windows10_2004);

    internal static readonly Ddi ExSecurePoolValidate = new(nameof(ExSecurePoolValidate), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, since: WindowsVersion.Windows10_2004);
}

// Push locks (wdm.h, "Minimum supported client: Windows 10 version 1809"): initialized at any IRQL; the
// acquire and release routines run inside a critical region, so at IRQL <= APC_LEVEL. The macros without
// Ex (ExAcquirePushLockExclusive ...) expand to these with EX_DEFAULT_PUSH_LOCK_FLAGS and enter under them.
internal static partial class DdiTable
{
    internal static readonly Ddi ExInitializePushLock = new(nameof(ExInitializePushLock), Wdm.HIGH_LEVEL, since: WindowsVersion.Windows10_1809);

    internal static readonly Ddi ExAcquirePushLockExclusiveEx = new(nameof(ExAcquirePushLockExclusiveEx), Wdm.APC_LEVEL, traits: DdiTraits.SchedulingPoint, since: WindowsVersion.Windows10_1809);

    internal static readonly Ddi ExAcquirePushLockSharedEx = new(nameof(ExAcquirePushLockSharedEx), Wdm.APC_LEVEL, traits: DdiTraits.SchedulingPoint, since: WindowsVersion.Windows10_1809);

    internal static readonly Ddi ExTryAcquirePushLockExclusiveEx = new(nameof(ExTryAcquirePushLockExclusiveEx), Wdm.APC_LEVEL, since: WindowsVersion.Windows10_1809);

    internal static readonly Ddi ExTryAcquirePushLockSharedEx = new(nameof(ExTryAcquirePushLockSharedEx), Wdm.APC_LEVEL, since: WindowsVersion.Windows10_1809);

    internal static readonly Ddi ExReleasePushLockExclusiveEx = new(nameof(ExReleasePushLockExclusiveEx), Wdm.APC_LEVEL, traits: DdiTraits.SchedulingPoint, since: WindowsVersion.Windows10_1809);

    internal static readonly Ddi ExReleasePushLockSharedEx = new(nameof(ExReleasePushLockSharedEx), Wdm.APC_LEVEL, traits: DdiTraits.SchedulingPoint, since: WindowsVersion.Windows10_1809);
}
