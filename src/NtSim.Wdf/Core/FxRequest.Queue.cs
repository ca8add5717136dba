namespace NtSim;

/// <summary>Where a request stands with its queue: the queue's list of driver-owned requests is
/// linked through the requests themselves (no allocation per request), and a power stop marks
/// the requests it waits for.</summary>
internal sealed partial class FxRequest
{
    /// <summary>The slot of the IRP's Tail.Overlay.DriverContext that names the request while the
    /// framework has a cancel routine on the IRP (the cancel routine finds the request there).</summary>
    internal const int IrpContextSlot = 3;

    /// <summary>The links of the owning queue's driver-owned list (null when not in it).</summary>
    internal FxRequest? OwnedPrevious;

    internal FxRequest? OwnedNext;

    /// <summary>In its queue's driver-owned list (the driver owns it, or it is being cancelled on the queue for the driver).</summary>
    internal bool InOwnedList;

    /// <summary>EvtIoStop was called (or the power stop waits for it without one): the stop waits
    /// until it is completed, requeued, forwarded or acknowledged.</summary>
    internal bool PowerStopPending;

    /// <summary>Acknowledged with Requeue FALSE: EvtIoResume is due when the queue powers up.</summary>
    internal bool ResumePending;

    /// <summary>The request was cancelled (m_Canceled): on its queue, by a purge, or its IRP was.</summary>
    internal bool Canceled;

    /// <summary>Forgets the queue bookkeeping of the request's previous IRP.</summary>
    internal void ResetQueueState()
    {
        OwnedPrevious = null;
        OwnedNext = null;
        InOwnedList = false;
        PowerStopPending = false;
        ResumePending = false;
        Canceled = false;
        CancelState = FxRequestCancelState.None;
        CancelCallback = null;
    }
}
