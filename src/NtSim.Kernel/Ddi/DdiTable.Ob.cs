namespace NtSim;

// The DDI table: the object manager (Ob) and the Zw object routines. One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi ZwCreateSymbolicLinkObject = new(nameof(ZwCreateSymbolicLinkObject), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ZwMakeTemporaryObject = new(nameof(ZwMakeTemporaryObject), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ObReferenceObjectByHandle = new(nameof(ObReferenceObjectByHandle), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlObPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ObReferenceObjectByPointer = new(nameof(ObReferenceObjectByPointer), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ObfReferenceObject = new(nameof(ObfReferenceObject), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ObfDereferenceObject = new(nameof(ObfDereferenceObject), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ObMakeTemporaryObject = new(nameof(ObMakeTemporaryObject), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ObQueryNameString = new(nameof(ObQueryNameString), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ObOpenObjectByPointer = new(nameof(ObOpenObjectByPointer), Wdm.HIGH_LEVEL);

    internal static readonly Ddi ZwClose = new(nameof(ZwClose), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ZwWaitForSingleObject = new(nameof(ZwWaitForSingleObject), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ZwCreateDirectoryObject = new(nameof(ZwCreateDirectoryObject), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ZwOpenDirectoryObject = new(nameof(ZwOpenDirectoryObject), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ZwOpenSymbolicLinkObject = new(nameof(ZwOpenSymbolicLinkObject), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ZwQuerySymbolicLinkObject = new(nameof(ZwQuerySymbolicLinkObject), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, parameters: IrqlParameters.ZwCall);

    // Event objects by handle (wdm/ntifs Zw*Event pages: IRQL PASSIVE_LEVEL).
    internal static readonly Ddi ZwCreateEvent = new(nameof(ZwCreateEvent), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ZwOpenEvent = new(nameof(ZwOpenEvent), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ZwSetEvent = new(nameof(ZwSetEvent), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ZwResetEvent = new(nameof(ZwResetEvent), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ZwClearEvent = new(nameof(ZwClearEvent), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ZwPulseEvent = new(nameof(ZwPulseEvent), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.ZwCall);

    internal static readonly Ddi ObReferenceObjectByName = new(nameof(ObReferenceObjectByName), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlObPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ObOpenObjectByName = new(nameof(ObOpenObjectByName), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlObPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ObCloseHandle = new(nameof(ObCloseHandle), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlObPassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.DdiRule);
}

// Object callbacks (ObRegisterCallbacks, ObUnRegisterCallbacks): IRQL <= APC_LEVEL, as their WDK pages say.
internal static partial class DdiTable
{
    internal static readonly Ddi ObRegisterCallbacks = new(nameof(ObRegisterCallbacks), Wdm.APC_LEVEL);

    internal static readonly Ddi ObUnRegisterCallbacks = new(nameof(ObUnRegisterCallbacks), Wdm.APC_LEVEL);
}

// ZwQueryObject (ntifs.h: IRQL PASSIVE_LEVEL).
internal static partial class DdiTable
{
    internal static readonly Ddi ZwQueryObject = new(nameof(ZwQueryObject), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, parameters: IrqlParameters.ZwCall);
}

// ZwDuplicateObject (ntifs.h: IRQL PASSIVE_LEVEL).
internal static partial class DdiTable
{
    internal static readonly Ddi ZwDuplicateObject = new(nameof(ZwDuplicateObject), Wdm.PASSIVE_LEVEL, VerifierRules.ZwAbovePassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.ZwCall);
}
