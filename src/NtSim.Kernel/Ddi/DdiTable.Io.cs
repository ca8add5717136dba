namespace NtSim;

// The DDI table: the I/O manager (Io): devices, IRPs, completion, cancellation, remove locks, work items. One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi IoBuildDeviceIoControlRequest = new(nameof(IoBuildDeviceIoControlRequest), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoBuildSynchronousFsdRequest = new(nameof(IoBuildSynchronousFsdRequest), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoBuildAsynchronousFsdRequest = new(nameof(IoBuildAsynchronousFsdRequest), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoAcquireCancelSpinLock = new(nameof(IoAcquireCancelSpinLock), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoReleaseCancelSpinLock = new(nameof(IoReleaseCancelSpinLock), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoCancelIrp = new(nameof(IoCancelIrp), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi IoCreateDevice = new(nameof(IoCreateDevice), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoDeleteDevice = new(nameof(IoDeleteDevice), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoCreateSymbolicLink = new(nameof(IoCreateSymbolicLink), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoDeleteSymbolicLink = new(nameof(IoDeleteSymbolicLink), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoAttachDeviceToDeviceStack = new(nameof(IoAttachDeviceToDeviceStack), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoDetachDevice = new(nameof(IoDetachDevice), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoGetAttachedDeviceReference = new(nameof(IoGetAttachedDeviceReference), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoGetAttachedDevice = new(nameof(IoGetAttachedDevice), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ZwCreateFile = new(nameof(ZwCreateFile), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ZwReadFile = new(nameof(ZwReadFile), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ZwWriteFile = new(nameof(ZwWriteFile), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ZwDeviceIoControlFile = new(nameof(ZwDeviceIoControlFile), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ZwFlushBuffersFile = new(nameof(ZwFlushBuffersFile), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi IoGetRelatedDeviceObject = new(nameof(IoGetRelatedDeviceObject), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoForwardIrpSynchronously = new(nameof(IoForwardIrpSynchronously), Wdm.PASSIVE_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi IoAllocateIrp = new(nameof(IoAllocateIrp), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoFreeIrp = new(nameof(IoFreeIrp), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoCallDriver = new(nameof(IoCallDriver), Wdm.HIGH_LEVEL, traits: DdiTraits.TracesArguments);

    internal static readonly Ddi IoCompleteRequest = new(nameof(IoCompleteRequest), Wdm.HIGH_LEVEL, traits: DdiTraits.TracesArguments);

    internal static readonly Ddi IoInitializeRemoveLock = new(nameof(IoInitializeRemoveLock), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoReleaseRemoveLockAndWait = new(nameof(IoReleaseRemoveLockAndWait), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoRegisterShutdownNotification = new(nameof(IoRegisterShutdownNotification), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoUnregisterShutdownNotification = new(nameof(IoUnregisterShutdownNotification), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoStartPacket = new(nameof(IoStartPacket), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi IoStartNextPacket = new(nameof(IoStartNextPacket), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi IoAllocateWorkItem = new(nameof(IoAllocateWorkItem), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoFreeWorkItem = new(nameof(IoFreeWorkItem), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoAcquireRemoveLock = new(nameof(IoAcquireRemoveLock), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoReleaseRemoveLock = new(nameof(IoReleaseRemoveLock), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoQueueWorkItem = new(nameof(IoQueueWorkItem), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoCheckShareAccess = new(nameof(IoCheckShareAccess), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoSetShareAccess = new(nameof(IoSetShareAccess), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoUpdateShareAccess = new(nameof(IoUpdateShareAccess), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoRemoveShareAccess = new(nameof(IoRemoveShareAccess), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeRemoveEntryDeviceQueue = new(nameof(KeRemoveEntryDeviceQueue), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoReuseIrp = new(nameof(IoReuseIrp), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoSetCompletionRoutineEx = new(nameof(IoSetCompletionRoutineEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoGetDeviceObjectPointer = new(nameof(IoGetDeviceObjectPointer), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoAttachDeviceToDeviceStackSafe = new(nameof(IoAttachDeviceToDeviceStackSafe), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoCsqInsertIrp = new(nameof(IoCsqInsertIrp), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoCsqInsertIrpEx = new(nameof(IoCsqInsertIrpEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoCsqRemoveNextIrp = new(nameof(IoCsqRemoveNextIrp), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoCsqRemoveIrp = new(nameof(IoCsqRemoveIrp), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoGetTopLevelIrp = new(nameof(IoGetTopLevelIrp), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoSetTopLevelIrp = new(nameof(IoSetTopLevelIrp), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoIsSystemThread = new(nameof(IoIsSystemThread), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoGetCurrentProcess = new(nameof(IoGetCurrentProcess), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoGetRequestorProcess = new(nameof(IoGetRequestorProcess), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoGetRequestorProcessId = new(nameof(IoGetRequestorProcessId), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoIs32bitProcess = new(nameof(IoIs32bitProcess), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoGetStackLimits = new(nameof(IoGetStackLimits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoGetRemainingStackSize = new(nameof(IoGetRemainingStackSize), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoGetIoPriorityHint = new(nameof(IoGetIoPriorityHint), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoSetIoPriorityHint = new(nameof(IoSetIoPriorityHint), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoAllocateDriverObjectExtension = new(nameof(IoAllocateDriverObjectExtension), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoGetDriverObjectExtension = new(nameof(IoGetDriverObjectExtension), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoIsWdmVersionAvailable = new(nameof(IoIsWdmVersionAvailable), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi IoAcquireVpbSpinLock = new(nameof(IoAcquireVpbSpinLock), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoReleaseVpbSpinLock = new(nameof(IoReleaseVpbSpinLock), Wdm.DISPATCH_LEVEL, traits: DdiTraits.SchedulingPoint, minIrql: Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoGetDeviceToVerify = new(nameof(IoGetDeviceToVerify), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoSetDeviceToVerify = new(nameof(IoSetDeviceToVerify), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoSetHardErrorOrVerifyDevice = new(nameof(IoSetHardErrorOrVerifyDevice), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoInitializeTimer = new(nameof(IoInitializeTimer), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi IoStartTimer = new(nameof(IoStartTimer), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoStopTimer = new(nameof(IoStopTimer), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoMakeAssociatedIrp = new(nameof(IoMakeAssociatedIrp), Wdm.DISPATCH_LEVEL, traits: DdiTraits.CanFail);

    // IoCreateNotificationEvent, IoCreateSynchronizationEvent: IRQL PASSIVE_LEVEL (DDI rule IrqlIoPassive4).
    internal static readonly Ddi IoCreateNotificationEvent = new(nameof(IoCreateNotificationEvent), Wdm.PASSIVE_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi IoCreateSynchronizationEvent = new(nameof(IoCreateSynchronizationEvent), Wdm.PASSIVE_LEVEL, traits: DdiTraits.SchedulingPoint);

    internal static readonly Ddi IoWithinStackLimits = new(nameof(IoWithinStackLimits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoThreadToProcess = new(nameof(IoThreadToProcess), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoGetPagingIoPriority = new(nameof(IoGetPagingIoPriority), Wdm.HIGH_LEVEL);
}

// The error log: IoAllocateErrorLogEntry, IoWriteErrorLogEntry and IoFreeErrorLogEntry are IRQL <= DISPATCH_LEVEL (their WDK pages).
internal static partial class DdiTable
{
    internal static readonly Ddi IoAllocateErrorLogEntry = new(nameof(IoAllocateErrorLogEntry), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.CanFail);

    internal static readonly Ddi IoWriteErrorLogEntry = new(nameof(IoWriteErrorLogEntry), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql, DdiTraits.SchedulingPoint);

    internal static readonly Ddi IoFreeErrorLogEntry = new(nameof(IoFreeErrorLogEntry), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql);
}

// Hard errors: IoRaiseHardError and IoRaiseInformationalHardError are IRQL <= APC_LEVEL (their WDK pages).
internal static partial class DdiTable
{
    internal static readonly Ddi IoRaiseHardError = new(nameof(IoRaiseHardError), Wdm.APC_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi IoRaiseInformationalHardError = new(nameof(IoRaiseInformationalHardError), Wdm.APC_LEVEL, VerifierRules.ApiAtWrongIrql);
}

// File information: PASSIVE_LEVEL only (their WDK pages), DDI rule IrqlZwPassive.
internal static partial class DdiTable
{
    internal static readonly Ddi ZwQueryInformationFile = new(nameof(ZwQueryInformationFile), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ZwSetInformationFile = new(nameof(ZwSetInformationFile), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);
}

// IoInitializeIrp: it only writes the caller's memory (any IRQL).
internal static partial class DdiTable
{
    internal static readonly Ddi IoInitializeIrp = new(nameof(IoInitializeIrp), Wdm.HIGH_LEVEL);
}

// The remove lock exports behind wdm.h's macros: "IRQL: <= DISPATCH_LEVEL" on the acquire and release
// pages, PASSIVE_LEVEL on IoReleaseRemoveLockAndWait's and IoInitializeRemoveLock's.
internal static partial class DdiTable
{
    internal static readonly Ddi IoInitializeRemoveLockEx = new(nameof(IoInitializeRemoveLockEx), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi IoAcquireRemoveLockEx = new(nameof(IoAcquireRemoveLockEx), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoReleaseRemoveLockEx = new(nameof(IoReleaseRemoveLockEx), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi IoReleaseRemoveLockAndWaitEx = new(nameof(IoReleaseRemoveLockAndWaitEx), Wdm.PASSIVE_LEVEL);
}
