namespace NtSim;

/// <summary>Whether the driver's cancel routine (EvtRequestCancel) may run for a request.</summary>
internal enum FxRequestCancelState : byte
{
    /// <summary>Not cancelable (WdfRequestUnmarkCancelable answers STATUS_INVALID_PARAMETER).</summary>
    None,

    /// <summary>Marked cancelable: the IRP carries the framework's cancel routine.</summary>
    Cancelable,

    /// <summary>Cancelled while cancelable: EvtRequestCancel runs or is about to, and completes it.</summary>
    Cancelling,
}

/// <summary>A request's cancellation: the framework's WDM cancel routines, which an application's
/// CancelIo, CancelIoEx or exit reaches through IoCancelIrp, hand the request to its queue.</summary>
internal sealed partial class FxRequest
{
    /// <summary>The cancel routine of a request waiting in a queue (FxIoQueue::_IrpCancelForQueue).</summary>
    internal static readonly DRIVER_CANCEL CancelInQueueRoutine = CancelInQueue;

    /// <summary>The cancel routine of a driver-owned request marked cancelable (FxIoQueue::_IrpCancelForDriver).</summary>
    internal static readonly DRIVER_CANCEL CancelForDriverRoutine = CancelForDriver;

    internal FxRequestCancelState CancelState;

    /// <summary>The driver's EvtRequestCancel while the request is cancelable.</summary>
    internal EVT_WDF_REQUEST_CANCEL? CancelCallback;

    /// <summary>WdfRequestIsCanceled: the IRP was cancelled, or the framework cancelled the request.</summary>
    internal bool IsCanceled => Canceled || Irp?.Cancel == true;

    /// <summary>Puts <paramref name="routine"/> on the IRP; false if the IRP was cancelled before
    /// (then no routine is left on it and the caller cancels the request itself).</summary>
    internal bool TrySetCancelRoutine(DRIVER_CANCEL routine)
    {
        var irp = Irp!;
        irp.Tail.Overlay.DriverContext[IrpContextSlot] = this;
        Wdm.IoSetCancelRoutine(irp, routine);
        return !irp.Cancel || Wdm.IoSetCancelRoutine(irp, null) is null;
    }

    /// <summary>Takes the cancel routine off the IRP; false if cancellation already took it (the routine runs or is about to).</summary>
    internal bool TryClearCancelRoutine() => Wdm.IoSetCancelRoutine(Irp!, null) is not null;

    private static void CancelInQueue(DEVICE_OBJECT deviceObject, IRP irp)
    {
        // Called with the cancel spin lock held: give it back first, as every cancel routine does.
        Wdm.IoReleaseCancelSpinLock(irp.CancelIrql);
        if (RequestOf(irp) is { Queue: { } queue } request)
        {
            queue.CancelWaitingRequest(KTHREAD.Current!, request);
        }
    }

    private static void CancelForDriver(DEVICE_OBJECT deviceObject, IRP irp)
    {
        Wdm.IoReleaseCancelSpinLock(irp.CancelIrql);
        if (RequestOf(irp) is { Queue: { } queue } request)
        {
            queue.CancelDriverRequest(KTHREAD.Current!, request);
        }
    }

    /// <summary>The request that put its cancel routine on <paramref name="irp"/>, if it still wraps it
    /// (a routine left on an IRP the driver completed while cancelable finds none).</summary>
    private static FxRequest? RequestOf(IRP irp) =>
        irp.Tail.Overlay.DriverContext[IrpContextSlot] is FxRequest request && ReferenceEquals(request.Irp, irp) ? request : null;
}
