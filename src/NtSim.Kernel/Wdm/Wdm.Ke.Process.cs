namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// KeStackAttachProcess: runs the calling thread in <paramref name="PROCESS"/>'s address space, so
    /// that its user addresses resolve there, until the matching KeUnstackDetachProcess. Attaches
    /// nest: if the thread was attached already, <paramref name="ApcState"/> saves that attachment.
    /// IRQL &lt; DISPATCH_LEVEL; from a DPC it bug checks with INVALID_PROCESS_ATTACH_ATTEMPT (0x5).
    /// </summary>
    public static void KeStackAttachProcess(EPROCESS PROCESS, out KAPC_STATE ApcState)
    {
        var thread = DdiGate.Enter(DdiTable.KeStackAttachProcess);
        ProcessAttach.Attach(thread, KeContext.NotNull(PROCESS, nameof(PROCESS)), out ApcState);
    }

    /// <summary>KeUnstackDetachProcess: undoes the KeStackAttachProcess that filled in
    /// <paramref name="ApcState"/>, which must be the calling thread's innermost one
    /// (INVALID_PROCESS_DETACH_ATTEMPT, 0x6, otherwise). IRQL &lt; DISPATCH_LEVEL.</summary>
    public static void KeUnstackDetachProcess(ref KAPC_STATE ApcState) => ProcessAttach.Detach(DdiGate.Enter(DdiTable.KeUnstackDetachProcess), ref ApcState);

    /// <summary>ExGetPreviousMode: the mode the calling thread ran in before it entered the kernel:
    /// UserMode in a system service an application called, KernelMode in a system thread.</summary>
    public static KPROCESSOR_MODE ExGetPreviousMode() => DdiGate.Enter(DdiTable.ExGetPreviousMode).PreviousMode;

    /// <summary>KeGetPreviousMode: as ExGetPreviousMode.</summary>
    public static KPROCESSOR_MODE KeGetPreviousMode() => DdiGate.Enter(DdiTable.KeGetPreviousMode).PreviousMode;
}
