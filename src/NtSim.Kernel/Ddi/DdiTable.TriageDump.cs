namespace NtSim;

// Triage dump data arrays: prepared before the bug check and filled in a KbCallbackTriageDumpData routine, so any IRQL.
internal static partial class DdiTable
{
    internal static readonly Ddi KeInitializeTriageDumpDataArray = new(nameof(KeInitializeTriageDumpDataArray), Wdm.HIGH_LEVEL);

    internal static readonly Ddi KeAddTriageDumpDataBlock = new(nameof(KeAddTriageDumpDataBlock), Wdm.HIGH_LEVEL);
}
