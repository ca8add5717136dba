namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeSaveFloatingPointState: lets the caller use floating point; STATUS_SUCCESS. The caller
    /// must call KeRestoreFloatingPointState on the same thread at the same IRQL before it returns.</summary>
    public static NTSTATUS KeSaveFloatingPointState(out KFLOATING_SAVE FloatSave)
    {
        var thread = DdiGate.Enter(DdiTable.KeSaveFloatingPointState);
        FloatingPointState.Save(thread, out FloatSave);
        return STATUS_SUCCESS;
    }

    /// <summary>KeRestoreFloatingPointState: restores what the matching save kept; STATUS_SUCCESS. A state
    /// never saved, saved at another IRQL or by another thread bug checks INVALID_FLOATING_POINT_STATE (0xE7).</summary>
    public static NTSTATUS KeRestoreFloatingPointState(ref KFLOATING_SAVE FloatSave)
    {
        var thread = DdiGate.Enter(DdiTable.KeRestoreFloatingPointState);
        FloatingPointState.Restore(thread, ref FloatSave);
        return STATUS_SUCCESS;
    }

    /// <summary>KeGetRecommendedSharedDataAlignment: the alignment that keeps data shared between
    /// processors in cache lines of its own (the 64-byte line of the simulated x64 processors).</summary>
    public static uint KeGetRecommendedSharedDataAlignment()
    {
        DdiGate.Enter(DdiTable.KeGetRecommendedSharedDataAlignment);
        return 64;
    }
}
