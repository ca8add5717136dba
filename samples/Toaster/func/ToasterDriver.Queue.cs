using static NtSim.Wdm;

namespace NtSim.Samples.Toaster.Func;

public sealed partial class ToasterDriver
{
    /// <summary>The held requests live in a cancel-safe queue: a held read can be cancelled (CancelIo,
    /// the thread ending) without a race against the PnP IRP that releases or fails the queue.</summary>
    private static void InitializeQueue(FDO_DATA fdoData)
    {
        InitializeListHead(fdoData.PendingRequests);
        KeInitializeSpinLock(fdoData.QueueLock);
        IoCsqInitialize(fdoData.NewRequestsQueue,
            (_, irp) => InsertTailList(fdoData.PendingRequests, irp.Tail.Overlay.ListEntry),
            (_, irp) => RemoveEntryList(irp.Tail.Overlay.ListEntry),
            (_, irp, peekContext) => PeekNext(fdoData, irp, peekContext),
            (_, out irql) => KeAcquireSpinLock(fdoData.QueueLock, out irql),
            (_, irql) => KeReleaseSpinLock(fdoData.QueueLock, irql),
            (_, irp) => CompleteRequest(irp, STATUS_CANCELLED, 0));
    }

    /// <summary>The first held request after <paramref name="irp"/> (from the head if NULL) of
    /// <paramref name="peekContext"/>'s file (any file if NULL); NULL when the walk is back at the head.</summary>
    private static IRP? PeekNext(FDO_DATA fdoData, IRP? irp, object? peekContext)
    {
        PLIST_ENTRY listHead = fdoData.PendingRequests;
        for (var nextEntry = irp is null ? listHead.Flink : irp.Tail.Overlay.ListEntry.Flink; nextEntry != listHead; nextEntry = nextEntry.Flink)
        {
            var nextIrp = CONTAINING_RECORD<IRP>(nextEntry);
            if (peekContext is null || IoGetCurrentIrpStackLocation(nextIrp).FileObject == peekContext)
            {
                return nextIrp;
            }
        }

        return null;
    }

    /// <summary>The device (re)started or a stop or remove was cancelled: serve what was held, in order.</summary>
    private static void ProcessQueuedRequests(FDO_DATA fdoData)
    {
        var served = 0;
        while (fdoData.QueueState == QUEUE_STATE.AllowRequests && IoCsqRemoveNextIrp(fdoData.NewRequestsQueue, null) is { } irp)
        {
            ToasterServeRequest(irp);
            served++;
        }

        if (served > 0)
        {
            KdPrint("Toaster: %d held request(s) served\n", served);
        }
    }

    /// <summary>Completes the held requests of <paramref name="fileObject"/> (all if NULL) with <paramref name="status"/>.</summary>
    private static void FlushQueue(FDO_DATA fdoData, FILE_OBJECT? fileObject, NTSTATUS status)
    {
        var flushed = 0;
        while (IoCsqRemoveNextIrp(fdoData.NewRequestsQueue, fileObject) is { } irp)
        {
            CompleteRequest(irp, status, 0);
            flushed++;
        }

        if (flushed > 0)
        {
            KdPrint("Toaster: %d held request(s) completed with 0x%x\n", flushed, (uint)status);
        }
    }
}
