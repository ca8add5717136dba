namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfIoQueueStop: stop presenting (keep accepting); <paramref name="StopComplete"/> when the driver owns no request of the queue. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfIoQueueStop(WDFQUEUE Queue, EVT_WDF_IO_QUEUE_STATE? StopComplete, object? Context)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueStop);
        QueueOf(thread, Queue, nameof(WdfIoQueueStop)).Stop(thread, FxIoQueue.Notification(StopComplete, Context), cancel: false);
    }

    /// <summary>WdfIoQueueStopSynchronously: WdfIoQueueStop, and wait until the driver owns no request of the queue.</summary>
    public static void WdfIoQueueStopSynchronously(WDFQUEUE Queue)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueStopSynchronously);
        QueueOf(thread, Queue, nameof(WdfIoQueueStopSynchronously)).ChangeStateAndWait(thread, purge: false, cancel: false);
    }

    /// <summary>WdfIoQueueDrain: stop accepting (new requests fail with STATUS_INVALID_DEVICE_STATE), keep presenting;
    /// <paramref name="DrainComplete"/> when the queue and the driver hold no request of it. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfIoQueueDrain(WDFQUEUE Queue, EVT_WDF_IO_QUEUE_STATE? DrainComplete, object? Context)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueDrain);
        QueueOf(thread, Queue, nameof(WdfIoQueueDrain)).Purge(thread, FxIoQueue.Notification(DrainComplete, Context), cancel: false);
    }

    /// <summary>WdfIoQueueDrainSynchronously: WdfIoQueueDrain, and wait until it is drained.</summary>
    public static void WdfIoQueueDrainSynchronously(WDFQUEUE Queue)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueDrainSynchronously);
        QueueOf(thread, Queue, nameof(WdfIoQueueDrainSynchronously)).ChangeStateAndWait(thread, purge: true, cancel: false);
    }

    /// <summary>WdfIoQueuePurgeSynchronously: WdfIoQueuePurge, and wait until it is purged.</summary>
    public static void WdfIoQueuePurgeSynchronously(WDFQUEUE Queue)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueuePurgeSynchronously);
        QueueOf(thread, Queue, nameof(WdfIoQueuePurgeSynchronously)).ChangeStateAndWait(thread, purge: true, cancel: true);
    }

    /// <summary>WdfIoQueueStopAndPurge: stop presenting (keep accepting), cancel what waits and the driver's cancelable
    /// requests; <paramref name="StopAndPurgeComplete"/> when the driver owns no request of the queue. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfIoQueueStopAndPurge(WDFQUEUE Queue, EVT_WDF_IO_QUEUE_STATE? StopAndPurgeComplete, object? Context)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueStopAndPurge);
        QueueOf(thread, Queue, nameof(WdfIoQueueStopAndPurge)).Stop(thread, FxIoQueue.Notification(StopAndPurgeComplete, Context), cancel: true);
    }

    /// <summary>WdfIoQueueStopAndPurgeSynchronously: WdfIoQueueStopAndPurge, and wait.</summary>
    public static void WdfIoQueueStopAndPurgeSynchronously(WDFQUEUE Queue)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueStopAndPurgeSynchronously);
        QueueOf(thread, Queue, nameof(WdfIoQueueStopAndPurgeSynchronously)).ChangeStateAndWait(thread, purge: false, cancel: true);
    }

    /// <summary>WdfIoQueueReadyNotify: <paramref name="QueueReady"/> each time a manual queue goes from empty to not empty
    /// (NULL unregisters, on a stopped queue); STATUS_INVALID_DEVICE_REQUEST otherwise. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfIoQueueReadyNotify(WDFQUEUE Queue, EVT_WDF_IO_QUEUE_STATE? QueueReady, object? Context)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueReadyNotify);
        return QueueOf(thread, Queue, nameof(WdfIoQueueReadyNotify)).ReadyNotify(thread, QueueReady, Context);
    }

    /// <summary>WdfIoQueueRetrieveNextRequest: the next waiting request; STATUS_NO_MORE_ENTRIES when none,
    /// STATUS_WDF_PAUSED when stopped or out of D0, STATUS_INVALID_DEVICE_STATE on a parallel queue. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfIoQueueRetrieveNextRequest(WDFQUEUE Queue, out WDFREQUEST OutRequest)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueRetrieveNextRequest);
        var status = QueueOf(thread, Queue, nameof(WdfIoQueueRetrieveNextRequest)).Retrieve(thread, null, null, out var request);
        OutRequest = new WDFREQUEST(request);
        return status;
    }

    /// <summary>WdfIoQueueRetrieveRequestByFileObject: the next waiting request sent on <paramref name="FileObject"/>. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfIoQueueRetrieveRequestByFileObject(WDFQUEUE Queue, WDFFILEOBJECT FileObject, out WDFREQUEST OutRequest)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueRetrieveRequestByFileObject);
        var queue = QueueOf(thread, Queue, nameof(WdfIoQueueRetrieveRequestByFileObject));
        var fileObject = FxHandles.Resolve<FxFileObject>(thread, FileObject.Target, FxObjectType.FileObject, nameof(WdfIoQueueRetrieveRequestByFileObject));
        var status = queue.Retrieve(thread, fileObject, null, out var request);
        OutRequest = new WDFREQUEST(request);
        return status;
    }

    /// <summary>WdfIoQueueFindRequest: the waiting request after <paramref name="FoundRequest"/> (NULL: from the head)
    /// sent on <paramref name="FileObject"/> (NULL: any), left in the queue and referenced: dereference it.
    /// STATUS_NO_MORE_ENTRIES at the end, STATUS_NOT_FOUND if <paramref name="FoundRequest"/> is no longer in the queue. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfIoQueueFindRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest, WDFFILEOBJECT FileObject, WDF_REQUEST_PARAMETERS? Parameters, out WDFREQUEST OutRequest)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueFindRequest);
        var queue = QueueOf(thread, Queue, nameof(WdfIoQueueFindRequest));
        var after = FoundRequest.Target is null ? null : FxHandles.Resolve<FxRequest>(thread, FoundRequest.Target, FxObjectType.Request, nameof(WdfIoQueueFindRequest));
        var fileObject = FileObject.Target is null ? null : FxHandles.Resolve<FxFileObject>(thread, FileObject.Target, FxObjectType.FileObject, nameof(WdfIoQueueFindRequest));
        var status = queue.Find(after, fileObject, Parameters, out var found);
        OutRequest = new WDFREQUEST(found);
        return status;
    }

    /// <summary>WdfIoQueueRetrieveFoundRequest: takes the request WdfIoQueueFindRequest found (STATUS_NOT_FOUND if it is gone). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfIoQueueRetrieveFoundRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest, out WDFREQUEST OutRequest)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoQueueRetrieveFoundRequest);
        var queue = QueueOf(thread, Queue, nameof(WdfIoQueueRetrieveFoundRequest));
        var found = FxHandles.Resolve<FxRequest>(thread, FoundRequest.Target, FxObjectType.Request, nameof(WdfIoQueueRetrieveFoundRequest));
        var status = queue.Retrieve(thread, null, found, out var request);
        OutRequest = new WDFREQUEST(request);
        return status;
    }

    private static FxIoQueue QueueOf(KTHREAD thread, WDFQUEUE queue, string ddi) =>
        FxHandles.Resolve<FxIoQueue>(thread, queue.Target, FxObjectType.Queue, ddi);
}
