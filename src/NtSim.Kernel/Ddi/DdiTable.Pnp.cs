namespace NtSim;

// The DDI table: Plug and Play: device properties, interfaces, notifications. One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi IoRegisterDeviceInterface = new(nameof(IoRegisterDeviceInterface), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoSetDeviceInterfaceState = new(nameof(IoSetDeviceInterfaceState), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoGetDeviceInterfaces = new(nameof(IoGetDeviceInterfaces), Wdm.HIGH_LEVEL, traits: DdiTraits.SchedulingPoint | DdiTraits.CanFail);

    internal static readonly Ddi IoRegisterPlugPlayNotification = new(nameof(IoRegisterPlugPlayNotification), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoInvalidateDeviceRelations = new(nameof(IoInvalidateDeviceRelations), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi IoInvalidateDeviceState = new(nameof(IoInvalidateDeviceState), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi IoRequestDeviceEject = new(nameof(IoRequestDeviceEject), Wdm.DISPATCH_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi IoOpenDeviceRegistryKey = new(nameof(IoOpenDeviceRegistryKey), Wdm.PASSIVE_LEVEL, VerifierRules.ApiAtWrongIrql);

    internal static readonly Ddi IoUnregisterPlugPlayNotificationEx = new(nameof(IoUnregisterPlugPlayNotificationEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoUnregisterPlugPlayNotification = new(nameof(IoUnregisterPlugPlayNotification), Wdm.HIGH_LEVEL);

    internal static readonly Ddi IoGetDeviceProperty = new(nameof(IoGetDeviceProperty), Wdm.PASSIVE_LEVEL, VerifierRules.ApiAtWrongIrql);
}
