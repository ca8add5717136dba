namespace NtSim;

// The framework's rows in the DDI table: each DDI's IRQL range from its page's "IRQL" line.
internal static partial class WdfDdis
{
    internal static readonly Ddi WdfObjectDelete = new(nameof(WdfObjectDelete), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfObjectReference = new(nameof(WdfObjectReference), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfObjectDereference = new(nameof(WdfObjectDereference), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfObjectGetTypedContextWorker = new(nameof(WdfObjectGetTypedContextWorker), Wdm.HIGH_LEVEL);
    internal static readonly Ddi WdfObjectAllocateContext = new(nameof(WdfObjectAllocateContext), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfObjectContextGetObject = new(nameof(WdfObjectContextGetObject), Wdm.HIGH_LEVEL);
    internal static readonly Ddi WdfObjectCreate = new(nameof(WdfObjectCreate), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfObjectAcquireLock = new(nameof(WdfObjectAcquireLock), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfObjectReleaseLock = new(nameof(WdfObjectReleaseLock), Wdm.DISPATCH_LEVEL);
}

internal static partial class WdfDdis
{
    internal static readonly Ddi WdfDriverCreate = new(nameof(WdfDriverCreate), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfGetDriver = new(nameof(WdfGetDriver), Wdm.HIGH_LEVEL);
    internal static readonly Ddi WdfDriverWdmGetDriverObject = new(nameof(WdfDriverWdmGetDriverObject), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfWdmDriverGetWdfDriverHandle = new(nameof(WdfWdmDriverGetWdfDriverHandle), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDriverGetRegistryPath = new(nameof(WdfDriverGetRegistryPath), Wdm.PASSIVE_LEVEL);
}

internal static partial class WdfDdis
{
    internal static readonly Ddi WdfControlDeviceInitAllocate = new(nameof(WdfControlDeviceInitAllocate), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfControlDeviceInitSetShutdownNotification = new(nameof(WdfControlDeviceInitSetShutdownNotification), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfControlFinishInitializing = new(nameof(WdfControlFinishInitializing), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceConfigureRequestDispatching = new(nameof(WdfDeviceConfigureRequestDispatching), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceCreate = new(nameof(WdfDeviceCreate), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceCreateDeviceInterface = new(nameof(WdfDeviceCreateDeviceInterface), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceCreateSymbolicLink = new(nameof(WdfDeviceCreateSymbolicLink), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceEnqueueRequest = new(nameof(WdfDeviceEnqueueRequest), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceGetDefaultQueue = new(nameof(WdfDeviceGetDefaultQueue), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceGetDriver = new(nameof(WdfDeviceGetDriver), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceGetFileObject = new(nameof(WdfDeviceGetFileObject), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceInitAssignName = new(nameof(WdfDeviceInitAssignName), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitAssignSDDLString = new(nameof(WdfDeviceInitAssignSDDLString), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitAssignWdmIrpPreprocessCallback = new(nameof(WdfDeviceInitAssignWdmIrpPreprocessCallback), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitFree = new(nameof(WdfDeviceInitFree), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetCharacteristics = new(nameof(WdfDeviceInitSetCharacteristics), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetDeviceClass = new(nameof(WdfDeviceInitSetDeviceClass), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetDeviceType = new(nameof(WdfDeviceInitSetDeviceType), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetExclusive = new(nameof(WdfDeviceInitSetExclusive), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetFileObjectConfig = new(nameof(WdfDeviceInitSetFileObjectConfig), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetIoInCallerContextCallback = new(nameof(WdfDeviceInitSetIoInCallerContextCallback), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetIoType = new(nameof(WdfDeviceInitSetIoType), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetPnpPowerEventCallbacks = new(nameof(WdfDeviceInitSetPnpPowerEventCallbacks), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetPowerNotPageable = new(nameof(WdfDeviceInitSetPowerNotPageable), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetPowerPageable = new(nameof(WdfDeviceInitSetPowerPageable), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetPowerPolicyEventCallbacks = new(nameof(WdfDeviceInitSetPowerPolicyEventCallbacks), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetPowerPolicyOwnership = new(nameof(WdfDeviceInitSetPowerPolicyOwnership), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceInitSetRequestAttributes = new(nameof(WdfDeviceInitSetRequestAttributes), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceSetDeviceInterfaceState = new(nameof(WdfDeviceSetDeviceInterfaceState), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceWdmDispatchPreprocessedIrp = new(nameof(WdfDeviceWdmDispatchPreprocessedIrp), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceWdmGetAttachedDevice = new(nameof(WdfDeviceWdmGetAttachedDevice), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceWdmGetDeviceObject = new(nameof(WdfDeviceWdmGetDeviceObject), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceWdmGetPhysicalDevice = new(nameof(WdfDeviceWdmGetPhysicalDevice), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfFdoInitSetFilter = new(nameof(WdfFdoInitSetFilter), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfFileObjectGetDevice = new(nameof(WdfFileObjectGetDevice), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfFileObjectGetFileName = new(nameof(WdfFileObjectGetFileName), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfFileObjectWdmGetFileObject = new(nameof(WdfFileObjectWdmGetFileObject), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueueCreate = new(nameof(WdfIoQueueCreate), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfIoQueueGetDevice = new(nameof(WdfIoQueueGetDevice), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueueGetState = new(nameof(WdfIoQueueGetState), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueuePurge = new(nameof(WdfIoQueuePurge), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfIoQueueStart = new(nameof(WdfIoQueueStart), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestComplete = new(nameof(WdfRequestComplete), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestCompleteWithInformation = new(nameof(WdfRequestCompleteWithInformation), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestCompleteWithPriorityBoost = new(nameof(WdfRequestCompleteWithPriorityBoost), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestGetFileObject = new(nameof(WdfRequestGetFileObject), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestGetInformation = new(nameof(WdfRequestGetInformation), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestGetIoQueue = new(nameof(WdfRequestGetIoQueue), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestGetParameters = new(nameof(WdfRequestGetParameters), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestGetRequestorMode = new(nameof(WdfRequestGetRequestorMode), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestGetStatus = new(nameof(WdfRequestGetStatus), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestRetrieveInputBuffer = new(nameof(WdfRequestRetrieveInputBuffer), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestRetrieveOutputBuffer = new(nameof(WdfRequestRetrieveOutputBuffer), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestSetInformation = new(nameof(WdfRequestSetInformation), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRequestWdmGetIrp = new(nameof(WdfRequestWdmGetIrp), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfWdmDeviceGetWdfDeviceHandle = new(nameof(WdfWdmDeviceGetWdfDeviceHandle), Wdm.DISPATCH_LEVEL);
}
