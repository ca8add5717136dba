namespace NtSim;

// The DDI table: the kernel (Ke): IRQL, spin locks, DPCs, timers, dispatcher objects, waits, APC regions. One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi KeEnterCriticalRegion = new(nameof(KeEnterCriticalRegion), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeLeaveCriticalRegion = new(nameof(KeLeaveCriticalRegion), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeEnterGuardedRegion = new(nameof(KeEnterGuardedRegion), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeLeaveGuardedRegion = new(nameof(KeLeaveGuardedRegion), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeAreApcsDisabled = new(nameof(KeAreApcsDisabled), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeAreAllApcsDisabled = new(nameof(KeAreAllApcsDisabled), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeInitializeDpc = new(nameof(KeInitializeDpc), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeInsertQueueDpc = new(nameof(KeInsertQueueDpc), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeRemoveQueueDpc = new(nameof(KeRemoveQueueDpc), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeSetTargetProcessorDpc = new(nameof(KeSetTargetProcessorDpc), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeInitializeEvent = new(nameof(KeInitializeEvent), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeSetEvent = new(nameof(KeSetEvent), Wdm.DISPATCH_LEVEL, VerifierRules.SetEventAboveDispatch, DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeResetEvent = new(nameof(KeResetEvent), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeFlushQueuedDpcs = new(nameof(KeFlushQueuedDpcs), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeInitializeGuardedMutex = new(nameof(KeInitializeGuardedMutex), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeAcquireGuardedMutex = new(nameof(KeAcquireGuardedMutex), Wdm.APC_LEVEL, VerifierRules.FastMutexAcquiredAboveApc);

    internal static readonly Ddi KeTryToAcquireGuardedMutex = new(nameof(KeTryToAcquireGuardedMutex), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeReleaseGuardedMutex = new(nameof(KeReleaseGuardedMutex), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeGetCurrentIrql = new(nameof(KeGetCurrentIrql), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeRaiseIrql = new(nameof(KeRaiseIrql), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeLowerIrql = new(nameof(KeLowerIrql), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeRaiseIrqlToDpcLevel = new(nameof(KeRaiseIrqlToDpcLevel), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeGetCurrentProcessorNumber = new(nameof(KeGetCurrentProcessorNumber), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeGetCurrentProcessorNumberEx = new(nameof(KeGetCurrentProcessorNumberEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeQueryActiveProcessorCount = new(nameof(KeQueryActiveProcessorCount), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeGetCurrentThread = new(nameof(KeGetCurrentThread), Wdm.HIGH_LEVEL);

    internal static readonly Ddi PsGetCurrentThread = new(nameof(PsGetCurrentThread), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeBugCheckEx = new(nameof(KeBugCheckEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeInitializeMutex = new(nameof(KeInitializeMutex), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeReleaseMutex = new(nameof(KeReleaseMutex), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeStackAttachProcess = new(nameof(KeStackAttachProcess), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeUnstackDetachProcess = new(nameof(KeUnstackDetachProcess), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ExGetPreviousMode = new(nameof(ExGetPreviousMode), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeGetPreviousMode = new(nameof(KeGetPreviousMode), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeInitializeSemaphore = new(nameof(KeInitializeSemaphore), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeReleaseSemaphore = new(nameof(KeReleaseSemaphore), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeInitializeSpinLock = new(nameof(KeInitializeSpinLock), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeAcquireSpinLock = new(nameof(KeAcquireSpinLock), Wdm.DISPATCH_LEVEL, VerifierRules.AcquireSpinLockAboveDispatch);

    internal static readonly Ddi KeReleaseSpinLock = new(nameof(KeReleaseSpinLock), Wdm.SYNCH_LEVEL, VerifierRules.ReleaseSpinLockNotAtDispatch, DdiTraits.SchedulingPoint, minIrql: Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeAcquireSpinLockAtDpcLevel = new(nameof(KeAcquireSpinLockAtDpcLevel), Wdm.HIGH_LEVEL, VerifierRules.AcquireAtDpcLevelBelowDispatch, minIrql: Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeReleaseSpinLockFromDpcLevel = new(nameof(KeReleaseSpinLockFromDpcLevel), Wdm.HIGH_LEVEL, VerifierRules.ReleaseFromDpcLevelBelowDispatch, DdiTraits.SchedulingPoint, minIrql: Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeTryToAcquireSpinLockAtDpcLevel = new(nameof(KeTryToAcquireSpinLockAtDpcLevel), Wdm.HIGH_LEVEL, VerifierRules.AcquireAtDpcLevelBelowDispatch, DdiTraits.SchedulingPoint, minIrql: Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeAcquireInStackQueuedSpinLock = new(nameof(KeAcquireInStackQueuedSpinLock), Wdm.DISPATCH_LEVEL, VerifierRules.AcquireSpinLockAboveDispatch);

    internal static readonly Ddi KeInitializeTimerEx = new(nameof(KeInitializeTimerEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeSetTimerEx = new(nameof(KeSetTimerEx), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeCancelTimer = new(nameof(KeCancelTimer), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeQuerySystemTime = new(nameof(KeQuerySystemTime), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeQueryInterruptTime = new(nameof(KeQueryInterruptTime), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeQueryPerformanceCounter = new(nameof(KeQueryPerformanceCounter), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeQueryTickCount = new(nameof(KeQueryTickCount), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeDelayExecutionThread = new(nameof(KeDelayExecutionThread), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeStallExecutionProcessor = new(nameof(KeStallExecutionProcessor), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeWaitForSingleObject = new(nameof(KeWaitForSingleObject), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeWaitForMultipleObjects = new(nameof(KeWaitForMultipleObjects), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeSetImportanceDpc = new(nameof(KeSetImportanceDpc), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeSaveFloatingPointState = new(nameof(KeSaveFloatingPointState), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeRestoreFloatingPointState = new(nameof(KeRestoreFloatingPointState), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeGetRecommendedSharedDataAlignment = new(nameof(KeGetRecommendedSharedDataAlignment), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeAcquireSpinLockForDpc = new(nameof(KeAcquireSpinLockForDpc), Wdm.DISPATCH_LEVEL, VerifierRules.AcquireSpinLockAboveDispatch);

    internal static readonly Ddi KeReleaseSpinLockForDpc = new(nameof(KeReleaseSpinLockForDpc), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint, minIrql: Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeAcquireInStackQueuedSpinLockForDpc = new(nameof(KeAcquireInStackQueuedSpinLockForDpc), Wdm.DISPATCH_LEVEL, VerifierRules.AcquireSpinLockAboveDispatch);

    internal static readonly Ddi KeRaiseIrqlToSynchLevel = new(nameof(KeRaiseIrqlToSynchLevel), Wdm.SYNCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeQueryUnbiasedInterruptTime = new(nameof(KeQueryUnbiasedInterruptTime), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeInitializeThreadedDpc = new(nameof(KeInitializeThreadedDpc), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeSetCoalescableTimer = new(nameof(KeSetCoalescableTimer), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);
}

// Bug check callbacks: "IRQL: Any level" on their WDK pages.
internal static partial class DdiTable
{
    internal static readonly Ddi KeRegisterBugCheckCallback = new(nameof(KeRegisterBugCheckCallback), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeDeregisterBugCheckCallback = new(nameof(KeDeregisterBugCheckCallback), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeRegisterBugCheckReasonCallback = new(nameof(KeRegisterBugCheckReasonCallback), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeDeregisterBugCheckReasonCallback = new(nameof(KeDeregisterBugCheckReasonCallback), Wdm.HIGH_LEVEL);

    // KePulseEvent: IRQL <= DISPATCH_LEVEL, as KeSetEvent.
    internal static readonly Ddi KePulseEvent = new(nameof(KePulseEvent), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeQueryActiveProcessorCountEx = new(nameof(KeQueryActiveProcessorCountEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeGetCurrentNodeNumber = new(nameof(KeGetCurrentNodeNumber), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeQueryHighestNodeNumber = new(nameof(KeQueryHighestNodeNumber), Wdm.HIGH_LEVEL);
}

// APC objects (docs/apcs.md). The WDK does not document these four: KeInitializeApc only fills the
// object (any IRQL, as KeInitializeDpc); the others take the thread's APC queue lock and run at
// IRQL <= DISPATCH_LEVEL, as KeInsertQueueDpc's neighbours do.
internal static partial class DdiTable
{
    internal static readonly Ddi KeInitializeApc = new(nameof(KeInitializeApc), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeInsertQueueApc = new(nameof(KeInsertQueueApc), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeRemoveQueueApc = new(nameof(KeRemoveQueueApc), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeTestAlertThread = new(nameof(KeTestAlertThread), Wdm.DISPATCH_LEVEL);
}

// Thread priorities: "IRQL: PASSIVE_LEVEL" on the pages of KeSetPriorityThread, KeQueryPriorityThread
// and KeSetBasePriorityThread. A change of priority can make another thread run: a scheduling point.
internal static partial class DdiTable
{
    internal static readonly Ddi KeSetPriorityThread = new(nameof(KeSetPriorityThread), Wdm.PASSIVE_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeQueryPriorityThread = new(nameof(KeQueryPriorityThread), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi KeSetBasePriorityThread = new(nameof(KeSetBasePriorityThread), Wdm.PASSIVE_LEVEL, traits: DdiTraits.SchedulingPoint);
}

// SYNCH_LEVEL spin locks and the kernel's numbered queued spin locks. KeAcquireSpinLockRaiseToSynch and the
// KeAcquireQueuedSpinLock family are "reserved for system use" (ntifs.h pages, no IRQL line): the acquires
// raise, so they are callable at or below the level they raise to (0xC4/0xE5 above it, P3 the lock or its
// number); the releases at DISPATCH_LEVEL..SYNCH_LEVEL, as KeReleaseSpinLock, which frees a lock taken at
// SYNCH_LEVEL too (its row allows SYNCH_LEVEL for that).
internal static partial class DdiTable
{
    internal static readonly Ddi KeAcquireSpinLockRaiseToSynch = new(nameof(KeAcquireSpinLockRaiseToSynch), Wdm.SYNCH_LEVEL);

    internal static readonly Ddi KeAcquireQueuedSpinLock = new(nameof(KeAcquireQueuedSpinLock), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeAcquireQueuedSpinLockRaiseToSynch = new(nameof(KeAcquireQueuedSpinLockRaiseToSynch), Wdm.SYNCH_LEVEL);

    internal static readonly Ddi KeReleaseQueuedSpinLock = new(nameof(KeReleaseQueuedSpinLock), Wdm.SYNCH_LEVEL, traits: DdiTraits.SchedulingPoint, minIrql: Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeTryToAcquireQueuedSpinLock = new(nameof(KeTryToAcquireQueuedSpinLock), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeTryToAcquireQueuedSpinLockRaiseToSynch = new(nameof(KeTryToAcquireQueuedSpinLockRaiseToSynch), Wdm.SYNCH_LEVEL, traits: DdiTraits.SchedulingPoint);
}

// KeAcquireGuardedMutexUnsafe, KeReleaseGuardedMutexUnsafe: "IRQL: <= APC_LEVEL" on their WDK pages.
internal static partial class DdiTable
{
    internal static readonly Ddi KeAcquireGuardedMutexUnsafe = new(nameof(KeAcquireGuardedMutexUnsafe), Wdm.APC_LEVEL, VerifierRules.FastMutexAcquiredAboveApc);

    internal static readonly Ddi KeReleaseGuardedMutexUnsafe = new(nameof(KeReleaseGuardedMutexUnsafe), Wdm.APC_LEVEL, traits: DdiTraits.SchedulingPoint);
}

// Affinity: "IRQL: <= DISPATCH_LEVEL" on KeSetSystemAffinityThread's page, <= APC_LEVEL on the Ex forms'
// and KeRevertToUserAffinityThread's; the queries run at any IRQL. A change of processor is a scheduling point.
internal static partial class DdiTable
{
    internal static readonly Ddi KeSetSystemAffinityThread = new(nameof(KeSetSystemAffinityThread), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeSetSystemAffinityThreadEx = new(nameof(KeSetSystemAffinityThreadEx), Wdm.APC_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeRevertToUserAffinityThread = new(nameof(KeRevertToUserAffinityThread), Wdm.APC_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeRevertToUserAffinityThreadEx = new(nameof(KeRevertToUserAffinityThreadEx), Wdm.APC_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeQueryActiveProcessors = new(nameof(KeQueryActiveProcessors), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeQueryMaximumProcessorCount = new(nameof(KeQueryMaximumProcessorCount), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeQueryMaximumProcessorCountEx = new(nameof(KeQueryMaximumProcessorCountEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeQueryGroupAffinity = new(nameof(KeQueryGroupAffinity), Wdm.HIGH_LEVEL);
}

// KeGenericCallDpc (_IRQL_requires_max_(APC_LEVEL)) and its signals (_IRQL_requires_(DISPATCH_LEVEL)):
// exports without a WDK page, IRQLs from their SAL annotations.
internal static partial class DdiTable
{
    internal static readonly Ddi KeGenericCallDpc = new(nameof(KeGenericCallDpc), Wdm.APC_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeSignalCallDpcSynchronize = new(nameof(KeSignalCallDpcSynchronize), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint, minIrql: Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeSignalCallDpcDone = new(nameof(KeSignalCallDpcDone), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint, minIrql: Wdm.DISPATCH_LEVEL);
}

// Queue objects (ntifs.h): every routine "IRQL <= DISPATCH_LEVEL" (a remove may wait at DISPATCH_LEVEL only with a zero
// timeout: Waits.RequireWaitIrql); KeReadStateQueue at any IRQL.
internal static partial class DdiTable
{
    internal static readonly Ddi KeInitializeQueue = new(nameof(KeInitializeQueue), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeInsertQueue = new(nameof(KeInsertQueue), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeInsertHeadQueue = new(nameof(KeInsertHeadQueue), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi KeRemoveQueue = new(nameof(KeRemoveQueue), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi KeReadStateQueue = new(nameof(KeReadStateQueue), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeRundownQueue = new(nameof(KeRundownQueue), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);
}
