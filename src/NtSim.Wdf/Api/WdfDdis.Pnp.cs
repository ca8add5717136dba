namespace NtSim;

// The PnP and power DDIs' rows: each DDI's IRQL from its page's "IRQL" line.
internal static partial class WdfDdis
{
    internal static readonly Ddi WdfDeviceGetDevicePnpState = new(nameof(WdfDeviceGetDevicePnpState), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceGetDevicePowerState = new(nameof(WdfDeviceGetDevicePowerState), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceGetDevicePowerPolicyState = new(nameof(WdfDeviceGetDevicePowerPolicyState), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceSetFailed = new(nameof(WdfDeviceSetFailed), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceSetPnpCapabilities = new(nameof(WdfDeviceSetPnpCapabilities), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceSetPowerCapabilities = new(nameof(WdfDeviceSetPowerCapabilities), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceSetDeviceState = new(nameof(WdfDeviceSetDeviceState), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceSetStaticStopRemove = new(nameof(WdfDeviceSetStaticStopRemove), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceAssignS0IdleSettings = new(nameof(WdfDeviceAssignS0IdleSettings), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceAssignSxWakeSettings = new(nameof(WdfDeviceAssignSxWakeSettings), Wdm.PASSIVE_LEVEL);
    internal static readonly Ddi WdfDeviceStopIdle = new(nameof(WdfDeviceStopIdle), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceGetSystemPowerAction = new(nameof(WdfDeviceGetSystemPowerAction), Wdm.DISPATCH_LEVEL);
    internal static readonly Ddi WdfDeviceResumeIdle = new(nameof(WdfDeviceResumeIdle), Wdm.DISPATCH_LEVEL);
}

internal static partial class WdfDdis
{
    internal static readonly Ddi WdfDeviceInitRegisterPnpStateChangeCallback = new(nameof(WdfDeviceInitRegisterPnpStateChangeCallback), Wdm.PASSIVE_LEVEL);
}
