namespace NtSim;

// Locks, timers, work items, DPCs, collections, strings and the registry: each DDI's IRQL from its page.
internal static partial class WdfDdis
{
    internal static readonly Ddi WdfSpinLockCreate = new(nameof(WdfSpinLockCreate), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfSpinLockAcquire = new(nameof(WdfSpinLockAcquire), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfSpinLockRelease = new(nameof(WdfSpinLockRelease), Wdm.DISPATCH_LEVEL, minIrql: Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfWaitLockCreate = new(nameof(WdfWaitLockCreate), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfWaitLockAcquire = new(nameof(WdfWaitLockAcquire), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfWaitLockRelease = new(nameof(WdfWaitLockRelease), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi WdfTimerCreate = new(nameof(WdfTimerCreate), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfTimerStart = new(nameof(WdfTimerStart), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfTimerStop = new(nameof(WdfTimerStop), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfTimerGetParentObject = new(nameof(WdfTimerGetParentObject), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi WdfWorkItemCreate = new(nameof(WdfWorkItemCreate), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfWorkItemEnqueue = new(nameof(WdfWorkItemEnqueue), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfWorkItemFlush = new(nameof(WdfWorkItemFlush), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfWorkItemGetParentObject = new(nameof(WdfWorkItemGetParentObject), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi WdfDpcCreate = new(nameof(WdfDpcCreate), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDpcEnqueue = new(nameof(WdfDpcEnqueue), Wdm.HIGH_LEVEL);
    internal static readonly Ddi WdfDpcCancel = new(nameof(WdfDpcCancel), Wdm.HIGH_LEVEL);
    internal static readonly Ddi WdfDpcGetParentObject = new(nameof(WdfDpcGetParentObject), Wdm.HIGH_LEVEL);
    internal static readonly Ddi WdfDpcWdmGetDpc = new(nameof(WdfDpcWdmGetDpc), Wdm.HIGH_LEVEL);

    internal static readonly Ddi WdfCollectionCreate = new(nameof(WdfCollectionCreate), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCollectionGetCount = new(nameof(WdfCollectionGetCount), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCollectionAdd = new(nameof(WdfCollectionAdd), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCollectionRemove = new(nameof(WdfCollectionRemove), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCollectionRemoveItem = new(nameof(WdfCollectionRemoveItem), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCollectionGetItem = new(nameof(WdfCollectionGetItem), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCollectionGetFirstItem = new(nameof(WdfCollectionGetFirstItem), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCollectionGetLastItem = new(nameof(WdfCollectionGetLastItem), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi WdfStringCreate = new(nameof(WdfStringCreate), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfStringGetUnicodeString = new(nameof(WdfStringGetUnicodeString), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDriverRetrieveVersionString = new(nameof(WdfDriverRetrieveVersionString), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDriverIsVersionAvailable = new(nameof(WdfDriverIsVersionAvailable), Wdm.PASSIVE_LEVEL);
}

// The registry DDIs: PASSIVE_LEVEL, as their pages say.
internal static partial class WdfDdis
{
    internal static readonly Ddi WdfDriverOpenParametersRegistryKey = new(nameof(WdfDriverOpenParametersRegistryKey), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceOpenRegistryKey = new(nameof(WdfDeviceOpenRegistryKey), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfFdoInitOpenRegistryKey = new(nameof(WdfFdoInitOpenRegistryKey), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryOpenKey = new(nameof(WdfRegistryOpenKey), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryCreateKey = new(nameof(WdfRegistryCreateKey), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryClose = new(nameof(WdfRegistryClose), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryWdmGetHandle = new(nameof(WdfRegistryWdmGetHandle), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryRemoveKey = new(nameof(WdfRegistryRemoveKey), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryRemoveValue = new(nameof(WdfRegistryRemoveValue), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryQueryValue = new(nameof(WdfRegistryQueryValue), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryQueryULong = new(nameof(WdfRegistryQueryULong), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryQueryUnicodeString = new(nameof(WdfRegistryQueryUnicodeString), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryQueryString = new(nameof(WdfRegistryQueryString), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryQueryMultiString = new(nameof(WdfRegistryQueryMultiString), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryAssignValue = new(nameof(WdfRegistryAssignValue), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryAssignULong = new(nameof(WdfRegistryAssignULong), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryAssignUnicodeString = new(nameof(WdfRegistryAssignUnicodeString), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryAssignString = new(nameof(WdfRegistryAssignString), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryAssignMultiString = new(nameof(WdfRegistryAssignMultiString), Wdm.PASSIVE_LEVEL);
}
