namespace NtSim;

// Resource lists, device properties, query interfaces and device names (wdfresource.h, wdfdevice.h, wdffdo.h):
// the maximum IRQL of each DDI's page.
internal static partial class WdfDdis
{
    internal static readonly Ddi WdfCmResourceListGetCount = new(nameof(WdfCmResourceListGetCount), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCmResourceListGetDescriptor = new(nameof(WdfCmResourceListGetDescriptor), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceQueryProperty = new(nameof(WdfDeviceQueryProperty), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceAllocAndQueryProperty = new(nameof(WdfDeviceAllocAndQueryProperty), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfFdoInitQueryProperty = new(nameof(WdfFdoInitQueryProperty), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfFdoInitAllocAndQueryProperty = new(nameof(WdfFdoInitAllocAndQueryProperty), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceRetrieveDeviceName = new(nameof(WdfDeviceRetrieveDeviceName), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceRetrieveDeviceInterfaceString = new(nameof(WdfDeviceRetrieveDeviceInterfaceString), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceSetAlignmentRequirement = new(nameof(WdfDeviceSetAlignmentRequirement), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceGetAlignmentRequirement = new(nameof(WdfDeviceGetAlignmentRequirement), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfRegistryQueryMemory = new(nameof(WdfRegistryQueryMemory), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfRegistryAssignMemory = new(nameof(WdfRegistryAssignMemory), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceAddQueryInterface = new(nameof(WdfDeviceAddQueryInterface), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfFdoQueryForInterface = new(nameof(WdfFdoQueryForInterface), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceOpenDevicemapKey = new(nameof(WdfDeviceOpenDevicemapKey), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfCmResourceListInsertDescriptor = new(nameof(WdfCmResourceListInsertDescriptor), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCmResourceListAppendDescriptor = new(nameof(WdfCmResourceListAppendDescriptor), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCmResourceListRemove = new(nameof(WdfCmResourceListRemove), Wdm.DISPATCH_LEVEL);
}
