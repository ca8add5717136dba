namespace NtSim;

// Resource lists, device properties, query interfaces and device names (wdfresource.h, wdfdevice.h, wdffdo.h):
// the maximum IRQL of each DDI's page.
internal static partial class WdfDdis
{
    internal static readonly Ddi WdfCmResourceListGetCount = new(nameof(WdfCmResourceListGetCount), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfCmResourceListGetDescriptor = new(nameof(WdfCmResourceListGetDescriptor), Wdm.DISPATCH_LEVEL);
}
