using static NtSim.Wdm;

namespace NtSim.Samples.Cancel;

/// <summary>The six routines of the cancel-safe queue: the driver owns the list and its lock; the
/// I/O manager's IoCsqXxx routines own the race between removal and cancellation.</summary>
public sealed partial class CancelDriver
{
    private void CsampInsertIrp(IO_CSQ Csq, IRP Irp) =>
        InsertTailList(_devExtension.PendingIrpQueue, Irp.Tail.Overlay.ListEntry);

    private void CsampRemoveIrp(IO_CSQ Csq, IRP Irp) => RemoveEntryList(Irp.Tail.Overlay.ListEntry);

    /// <summary>The first IRP after <paramref name="Irp"/> (from the head if NULL) that matches the
    /// peek context: a FILE_OBJECT (cleanup asks for that file's reads), or NULL for any. The walk
    /// stops when it comes back to the list head.</summary>
    private IRP? CsampPeekNextIrp(IO_CSQ Csq, IRP? Irp, object? PeekContext)
    {
        PLIST_ENTRY listHead = _devExtension.PendingIrpQueue;
        var nextEntry = Irp is null ? listHead.Flink : Irp.Tail.Overlay.ListEntry.Flink;
        while (nextEntry != listHead)
        {
            var nextIrp = CONTAINING_RECORD<IRP>(nextEntry);
            if (PeekContext is null || IoGetCurrentIrpStackLocation(nextIrp).FileObject == PeekContext)
            {
                return nextIrp;
            }

            nextEntry = nextEntry.Flink;
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
