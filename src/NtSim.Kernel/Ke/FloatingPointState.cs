namespace NtSim;

/// <summary>
/// KeSaveFloatingPointState and KeRestoreFloatingPointState. A simulated thread's floating-point
/// state is the host's, which .NET preserves, so nothing is saved; what is kept is what the
/// restore checks: the save happened, on this thread, at this IRQL ("Bug Check 0xE7:
/// INVALID_FLOATING_POINT_STATE", P1 0 invalid flags with P2 the flags, P1 1 another IRQL with P2
/// the saved and P3 the current IRQL, P1 2 another thread with P2 the saving and P3 the current thread).
/// </summary>
internal static class FloatingPointState
{
    // The flag a valid save carries (the "FLOAT_SAVE_VALID" the 0xE7 page names; NtSim's own value).
    private const uint SaveValid = 0x1;

    internal static void Save(KTHREAD thread, out KFLOATING_SAVE save) =>
        save = new KFLOATING_SAVE { Flags = SaveValid, Irql = thread.Processor!.Irql, Thread = thread.Address };

    internal static void Restore(KTHREAD thread, ref KFLOATING_SAVE save)
    {
        var machine = thread.Machine;
        var irql = thread.Processor!.Irql;
        if (save.Flags != SaveValid)
        {
            machine.RaiseBugCheck(Wdm.INVALID_FLOATING_POINT_STATE, 0, save.Flags, 0, 0,
                "KeRestoreFloatingPointState with a KFLOATING_SAVE that KeSaveFloatingPointState did not fill (or that was restored already)");
        }

        if (save.Irql != irql)
        {
            machine.RaiseBugCheck(Wdm.INVALID_FLOATING_POINT_STATE, 1, (ulong)save.Irql, (ulong)irql, 0,
                $"KeRestoreFloatingPointState at IRQL {(int)irql}; the state was saved at IRQL {(int)save.Irql}, and the restore must run at the same IRQL");
        }

        if (save.Thread != thread.Address)
        {
            machine.RaiseBugCheck(Wdm.INVALID_FLOATING_POINT_STATE, 2, save.Thread, thread.Address, 0,
                $"KeRestoreFloatingPointState on {thread}; the state was saved by another thread, and the restore must run on the thread that saved it");
        }

        save.Flags = 0;
    }
}
