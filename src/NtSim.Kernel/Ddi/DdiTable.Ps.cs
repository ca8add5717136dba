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
