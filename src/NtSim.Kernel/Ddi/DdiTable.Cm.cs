namespace NtSim;

// The DDI table: the registry (Cm): the Zw*Key routines and the Rtl registry helpers, all at
// PASSIVE_LEVEL, each under the DDI compliance rule its WDK page names (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi ZwCreateKey = ZwKey(nameof(ZwCreateKey));
    internal static readonly Ddi ZwOpenKey = ZwKey(nameof(ZwOpenKey));
    internal static readonly Ddi ZwDeleteKey = ZwKey(nameof(ZwDeleteKey));
    internal static readonly Ddi ZwFlushKey = ZwKey(nameof(ZwFlushKey));
    internal static readonly Ddi ZwQueryKey = ZwKey(nameof(ZwQueryKey));
    internal static readonly Ddi ZwEnumerateKey = ZwKey(nameof(ZwEnumerateKey));
    internal static readonly Ddi ZwSetValueKey = ZwKey(nameof(ZwSetValueKey));
    internal static readonly Ddi ZwQueryValueKey = ZwKey(nameof(ZwQueryValueKey));
    internal static readonly Ddi ZwEnumerateValueKey = ZwKey(nameof(ZwEnumerateValueKey));

    // ZwOpenKeyEx has no DDI compliance rule of its own: Driver Verifier's check of Zw calls (0xE6).
    internal static readonly Ddi ZwOpenKeyEx = new(nameof(ZwOpenKeyEx), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive,
        DdiTraits.SchedulingPoint, parameters: IrqlParameters.ZwCall);

    // WDK "IrqlIoRtlZwPassive rule": ZwDeleteValueKey, RtlCreateRegistryKey, RtlWriteRegistryValue.
    internal static readonly Ddi ZwDeleteValueKey = new(nameof(ZwDeleteValueKey), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlIoRtlZwPassive,
        DdiTraits.SchedulingPoint, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi RtlCreateRegistryKey = new(nameof(RtlCreateRegistryKey), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlIoRtlZwPassive,
        parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi RtlWriteRegistryValue = new(nameof(RtlWriteRegistryValue), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlIoRtlZwPassive,
        parameters: IrqlParameters.DdiRule);

    // WDK "IrqlRtlPassive rule": RtlDeleteRegistryValue.
    internal static readonly Ddi RtlDeleteRegistryValue = new(nameof(RtlDeleteRegistryValue), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlRtlPassive,
        parameters: IrqlParameters.DdiRule);

    // No rule of their own: reported as the Zw calls they make (0xE6).
    internal static readonly Ddi RtlCheckRegistryKey = new(nameof(RtlCheckRegistryKey), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive,
        parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi RtlQueryRegistryValues = new(nameof(RtlQueryRegistryValues), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive,
        parameters: IrqlParameters.ZwCall);

    /// <summary>A Zw*Key routine: PASSIVE_LEVEL under IrqlZwPassive, a scheduling point.</summary>
    private static Ddi ZwKey(string name) =>
        new(name, Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.DdiRule);
}

// Registry callbacks (CmRegisterCallback(Ex) and friends): IRQL <= APC_LEVEL, as their WDK pages say.
internal static partial class DdiTable
{
    internal static readonly Ddi CmRegisterCallbackEx = new(nameof(CmRegisterCallbackEx), Wdm.APC_LEVEL);

    internal static readonly Ddi CmRegisterCallback = new(nameof(CmRegisterCallback), Wdm.APC_LEVEL);

    internal static readonly Ddi CmUnRegisterCallback = new(nameof(CmUnRegisterCallback), Wdm.APC_LEVEL);

    internal static readonly Ddi CmCallbackGetKeyObjectID = new(nameof(CmCallbackGetKeyObjectID), Wdm.APC_LEVEL);

    internal static readonly Ddi CmGetCallbackVersion = new(nameof(CmGetCallbackVersion), Wdm.APC_LEVEL);
}
