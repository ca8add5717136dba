using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoAcquireCancelSpinLock: takes the system-wide cancel spin lock, raising to DISPATCH_LEVEL.</summary>
    public static void IoAcquireCancelSpinLock(out KIRQL Irql, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        KeAcquireSpinLock(DdiGate.Enter(DdiTable.IoAcquireCancelSpinLock).Machine.IoManager.CancelSpinLock, out Irql, file, line);

    /// <summary>IoReleaseCancelSpinLock: releases the cancel spin lock and returns to <paramref name="Irql"/>
    /// (a cancel routine passes Irp->CancelIrql).</summary>
    public static void IoReleaseCancelSpinLock(KIRQL Irql) =>
        KeReleaseSpinLock(DdiGate.Enter(DdiTable.IoReleaseCancelSpinLock).Machine.IoManager.CancelSpinLock, Irql);

    /// <summary>IoSetCancelRoutine: sets (or with NULL clears) the IRP's cancel routine atomically;
    /// returns the previous one (NULL if none, or if cancellation already took it).</summary>
    public static DRIVER_CANCEL? IoSetCancelRoutine(IRP Irp, DRIVER_CANCEL? CancelRoutine) =>
        Interlocked.Exchange(ref KeContext.NotNull(Irp, nameof(Irp)).CancelRoutine, CancelRoutine);

    /// <summary>IoCancelIrp: marks the IRP cancelled and calls its cancel routine if it has one
    /// (TRUE), or leaves it to be cancelled when it becomes cancelable (FALSE).</summary>
    public static bool IoCancelIrp(IRP Irp)
    {
        var thread = DdiGate.Enter(DdiTable.IoCancelIrp);
        var cancelled = IoCancel.Cancel(thread, KeContext.NotNull(Irp, nameof(Irp)));
        DdiGate.Leave(thread, DdiTable.IoCancelIrp);
        return cancelled;
    }
}
