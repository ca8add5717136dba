namespace NtSim;

internal sealed partial class FxIoQueue
{
    /// <summary>Calls the handler for the request's type, under the queue's callback lock.</summary>
    private void Present(KTHREAD thread, FxRequest request)
    {
        var queue = new WDFQUEUE(this);
        var handle = new WDFREQUEST(request);
        var stack = request.Stack!;
        var oldIrql = EnterCallback(thread);
        var entryIrql = thread.Processor!.Irql;
        using (Globals.EnterClient(thread))
        {
            switch (stack.MajorFunction)
            {
                case Wdm.IRP_MJ_READ when Config.EvtIoRead is { } read:
                    read(queue, handle, stack.Parameters.Read.Length);
                    break;
                case Wdm.IRP_MJ_WRITE when Config.EvtIoWrite is { } write:
                    write(queue, handle, stack.Parameters.Write.Length);
                    break;
                case Wdm.IRP_MJ_DEVICE_CONTROL when Config.EvtIoDeviceControl is { } ioctl:
                    ioctl(queue, handle, stack.Parameters.DeviceIoControl.OutputBufferLength, stack.Parameters.DeviceIoControl.InputBufferLength,
                        stack.Parameters.DeviceIoControl.IoControlCode);
                    break;
                case Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL when Config.EvtIoInternalDeviceControl is { } internalIoctl:
                    internalIoctl(queue, handle, stack.Parameters.DeviceIoControl.OutputBufferLength, stack.Parameters.DeviceIoControl.InputBufferLength,
                        stack.Parameters.DeviceIoControl.IoControlCode);
                    break;
                default:
                    Config.EvtIoDefault!(queue, handle);
                    break;
            }
        }

        FxCallbackChecks.AfterCallback(thread, Globals, entryIrql, "EvtIo handler");
        LeaveCallback(thread, oldIrql);
    }

    /// <summary>Takes the queue's callback lock for a driver callback (nothing under scope None).</summary>
    private KIRQL EnterCallback(KTHREAD thread) => CallbackLock?.Acquire(thread) ?? default;

    private void LeaveCallback(KTHREAD thread, KIRQL oldIrql) => CallbackLock?.Release(thread, oldIrql);

    /// <summary>A request presented from this queue was completed (or left it): the driver owns one fewer.</summary>
    internal void OnRequestCompleted(KTHREAD thread, FxRequest request)
    {
        bool wasCancelable;
        lock (_lock)
        {
            wasCancelable = request.CancelState == FxRequestCancelState.Cancelable;
            request.CancelState = FxRequestCancelState.None;
            request.CancelCallback = null;
            RemoveOwnedLocked(request);
            AssertInvariants();
        }

        if (wasCancelable)
        {
            // Completing outside EvtRequestCancel requires WdfRequestUnmarkCancelable first (wdfrequestunmarkcancelable).
            FxVerifierBreak.Report(thread, Globals, $"WDFREQUEST 0x{request.Handle:x} was completed while cancelable; call WdfRequestUnmarkCancelable before completing it");
        }

        DispatchRequests(thread);
    }
}
