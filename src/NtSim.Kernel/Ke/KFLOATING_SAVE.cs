namespace NtSim;

/// <summary>
/// KFLOATING_SAVE: what KeSaveFloatingPointState saved, for the matching KeRestoreFloatingPointState.
/// Opaque to the driver, which keeps it on its stack (a local of this struct type) until the restore.
/// </summary>
public struct KFLOATING_SAVE
{
    /// <summary>FLOAT_SAVE_VALID once saved; anything else is what bug check 0xE7/0 reports.</summary>
    internal uint Flags;

    /// <summary>The IRQL the state was saved at.</summary>
    internal KIRQL Irql;

    /// <summary>The address of the thread that saved it.</summary>
    internal ulong Thread;
}
