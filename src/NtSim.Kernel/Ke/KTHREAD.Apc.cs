namespace NtSim;

public sealed partial class KTHREAD
{
    /// <summary>Kernel APCs, special ones ahead of normal ones (KAPC_STATE.ApcListHead[KernelMode]).
    /// Guarded by the dispatcher lock.</summary>
    internal LinkedList<KAPC> KernelApcs { get; } = [];

    /// <summary>User APCs (KAPC_STATE.ApcListHead[UserMode]). Guarded by the dispatcher lock.</summary>
    internal LinkedList<KAPC> UserApcs { get; } = [];

    /// <summary>Whether the kernel queue is not empty: read without the lock on the hot paths (IRQL
    /// lowering, scheduling points), checked again under it.</summary>
    internal volatile bool HasKernelApcs;

    /// <summary>Whether APCs may be queued to the thread (FALSE once it runs down at exit).</summary>
    internal bool ApcQueueable { get; set; } = true;

    /// <summary>A normal kernel APC's routine is running on the thread.</summary>
    internal bool KernelApcInProgress { get; set; }

    /// <summary>User APCs are to be delivered on the return to user mode (an alertable user-mode
    /// wait or KeTestAlertThread(UserMode) found them queued).</summary>
    internal bool UserApcPending { get; set; }

    /// <summary>ApcStateIndex: 1 while attached to another process, else 0.</summary>
    internal byte ApcStateIndex => IsAttached ? (byte)1 : (byte)0;

    /// <summary>CombinedApcDisable: SpecialApcDisable in the high 16 bits, KernelApcDisable in the low ones.</summary>
    internal uint CombinedApcDisable => ((uint)(ushort)SpecialApcDisable << 16) | (ushort)KernelApcDisable;
}
