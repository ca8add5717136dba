namespace NtSim;

// The DDI table: processes and threads (Ps). One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi PsCreateSystemThread = new(nameof(PsCreateSystemThread), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlPsPassive, DdiTraits.SchedulingPoint, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi PsTerminateSystemThread = new(nameof(PsTerminateSystemThread), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlPsPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi PsGetCurrentThreadId = new(nameof(PsGetCurrentThreadId), Wdm.HIGH_LEVEL);

    internal static readonly Ddi PsGetCurrentProcessId = new(nameof(PsGetCurrentProcessId), Wdm.HIGH_LEVEL);

    internal static readonly Ddi PsGetCurrentProcess = new(nameof(PsGetCurrentProcess), Wdm.HIGH_LEVEL);

    internal static readonly Ddi PsGetVersion = new(nameof(PsGetVersion), Wdm.PASSIVE_LEVEL);
}

// Process, thread and image notify routines: PASSIVE_LEVEL (their WDK pages), rule IrqlPsPassive.
internal static partial class DdiTable
{
    internal static readonly Ddi PsSetCreateProcessNotifyRoutine = PsNotify(nameof(PsSetCreateProcessNotifyRoutine));

    internal static readonly Ddi PsSetCreateProcessNotifyRoutineEx = PsNotify(nameof(PsSetCreateProcessNotifyRoutineEx));

    internal static readonly Ddi PsSetCreateThreadNotifyRoutine = PsNotify(nameof(PsSetCreateThreadNotifyRoutine));

    internal static readonly Ddi PsSetCreateThreadNotifyRoutineEx = PsNotify(nameof(PsSetCreateThreadNotifyRoutineEx));

    internal static readonly Ddi PsRemoveCreateThreadNotifyRoutine = PsNotify(nameof(PsRemoveCreateThreadNotifyRoutine));

    internal static readonly Ddi PsSetLoadImageNotifyRoutine = PsNotify(nameof(PsSetLoadImageNotifyRoutine));

    internal static readonly Ddi PsSetLoadImageNotifyRoutineEx = PsNotify(nameof(PsSetLoadImageNotifyRoutineEx));

    internal static readonly Ddi PsRemoveLoadImageNotifyRoutine = PsNotify(nameof(PsRemoveLoadImageNotifyRoutine));

    private static Ddi PsNotify(string name) => new(name, Wdm.PASSIVE_LEVEL, VerifierRules.IrqlPsPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi PsGetThreadProcessId = new(nameof(PsGetThreadProcessId), Wdm.HIGH_LEVEL);
}

// Process handles and information: PASSIVE_LEVEL only (their WDK pages), DDI rule IrqlZwPassive.
internal static partial class DdiTable
{
    internal static readonly Ddi ZwOpenProcess = new(nameof(ZwOpenProcess), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);

    internal static readonly Ddi ZwQueryInformationProcess = new(nameof(ZwQueryInformationProcess), Wdm.PASSIVE_LEVEL, VerifierRules.IrqlZwPassive, parameters: IrqlParameters.DdiRule);
}

// Client id lookups: "IRQL: <= APC_LEVEL" on their pages. PsGetProcessImageFileName is undocumented
// (exported by ntoskrnl, declared by no WDK header); it reads a field, at any IRQL.
internal static partial class DdiTable
{
    internal static readonly Ddi PsLookupThreadByThreadId = new(nameof(PsLookupThreadByThreadId), Wdm.APC_LEVEL);

    internal static readonly Ddi PsLookupProcessByProcessId = new(nameof(PsLookupProcessByProcessId), Wdm.APC_LEVEL);

    internal static readonly Ddi PsGetProcessImageFileName = new(nameof(PsGetProcessImageFileName), Wdm.HIGH_LEVEL);
}
