using static NtSim.Wdm;

namespace NtSim.Samples.Cancel;

/// <summary>The six routines of the cancel-safe queue: the driver owns the list and its lock; the
/// I/O manager's IoCsqXxx routines own the race between removal and cancellation.</summary>
public sealed partial class CancelDriver
{
    private void CsampInsertIrp(IO_CSQ Csq, IRP Irp) =>
        Irp.Tail.Overlay.ListEntry = _devExtension.PendingIrpQueue.AddLast(Irp);

    private void CsampRemoveIrp(IO_CSQ Csq, IRP Irp)
    {
        _devExtension.PendingIrpQueue.Remove(Irp.Tail.Overlay.ListEntry!);
        Irp.Tail.Overlay.ListEntry = null;
    }

    /// <summary>The first IRP after <paramref name="Irp"/> (from the head if NULL) that matches the
    /// peek context: a FILE_OBJECT (cleanup asks for that file's reads), or NULL for any.</summary>
    private IRP? CsampPeekNextIrp(IO_CSQ Csq, IRP? Irp, object? PeekContext)
    {
        var entry = Irp is null ? _devExtension.PendingIrpQueue.First : Irp.Tail.Overlay.ListEntry!.Next;
        while (entry is not null)
        {
            if (PeekContext is null || IoGetCurrentIrpStackLocation(entry.Value).FileObject == PeekContext)
            {
                return entry.Value;
            }

            entry = entry.Next;
        }

        return null;
    }

    private void CsampAcquireLock(IO_CSQ Csq, out KIRQL Irql) => KeAcquireSpinLock(_devExtension.QueueLock, out Irql);

    private void CsampReleaseLock(IO_CSQ Csq, KIRQL Irql) => KeReleaseSpinLock(_devExtension.QueueLock, Irql);

    private void CsampCompleteCanceledIrp(IO_CSQ Csq, IRP Irp)
    {
        KdPrint("CancelSamp: CsampCompleteCanceledIrp: read cancelled\n");
        Irp.IoStatus.Status = STATUS_CANCELLED;
        Irp.IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    }
}
