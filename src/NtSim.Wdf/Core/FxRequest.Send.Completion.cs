namespace NtSim;

/// <summary>
/// The target completed a request the driver sent (FxIoTarget::RequestCompletionRoutine,
/// FxRequestBase::CompleteSubmitted): the framework takes the IRP back, undoes its formatting,
/// fills the completion parameters and calls the driver's completion routine once.
/// </summary>
internal sealed partial class FxRequest
{
    private static NTSTATUS OnTargetCompletion(DEVICE_OBJECT? deviceObject, IRP irp, object? context)
    {
        var thread = KTHREAD.Current!;
        var request = (FxRequest)context!;

        // The framework owns the IRP again (it returns STATUS_MORE_PROCESSING_REQUIRED), so the
        // driver may complete or resend it from its completion routine.
        irp.Life.Move(irp, IrpState.Reclaimed, thread, deviceObject, "", 0);
        request.CompleteSubmitted(thread);
        return Wdm.STATUS_MORE_PROCESSING_REQUIRED;
    }

    /// <summary>FxRequestBase::CompleteSubmitted: the target is done with the request.</summary>
    private void CompleteSubmitted(KTHREAD thread)
    {
        var irp = Irp!;
        var target = _target!;
        StopTimer();
        if (_cancelledByTimer && irp.IoStatus.Status == Wdm.STATUS_CANCELLED)
        {
            // Cancelled because the send's timeout expired: the status becomes STATUS_IO_TIMEOUT (fxiotarget.cpp).
            irp.IoStatus.Status = Wdm.STATUS_IO_TIMEOUT;
        }

        target.OnRequestDone(this);
        Volatile.Write(ref _inTarget, false);
        Move(FxRequestState.DriverOwned);
        _format?.Unwind(thread, Globals, irp, copyOut: true);
        _nextFormatted = false;
        FillCompletionParams(irp);
        Globals.Log.Add("FxIoTarget::RequestCompletionRoutine", $"WDFREQUEST 0x{Handle:x16} completed by WDFIOTARGET 0x{target.Handle:x16}, {NtNames.Format(irp.IoStatus.Status)}");

        var routine = _completionRoutine;
        var context = _completionContext;
        var sync = _syncWaiting;
        var syncEvent = _syncEvent;
        _completionRoutine = null;
        _completionContext = null;
        _syncWaiting = false;
        if (routine is not null)
        {
            using (Globals.EnterClient(thread))
            {
                routine(new WDFREQUEST(this), new WDFIOTARGET(target), CompletionParams, context);
            }
        }

        if (sync)
        {
            Wdm.KeSetEvent(syncEvent!, 0, false);
        }

        target.OnRequestReturned(thread);
    }

    private void FillCompletionParams(IRP irp)
    {
        var parameters = CompletionParams;
        parameters.IoStatus.Status = irp.IoStatus.Status;
        parameters.IoStatus.Information = irp.IoStatus.Information;
        parameters.Parameters = default;
        if (_format is not { } format || format.Type == WDF_REQUEST_TYPE.WdfRequestTypeNoFormat)
        {
            parameters.Type = WDF_REQUEST_TYPE.WdfRequestTypeNoFormat;
            return;
        }

        parameters.Type = format.Type;
        switch (format.Type)
        {
            case WDF_REQUEST_TYPE.WdfRequestTypeRead:
                parameters.Parameters.Read = new WDFMEMORY_BUFFER_COMPLETION_PARAMS
                {
                    Buffer = new WDFMEMORY(format.Output),
                    Length = irp.IoStatus.Information,
                    Offset = format.OutputOffsets?.BufferOffset ?? 0,
                };
                break;
            case WDF_REQUEST_TYPE.WdfRequestTypeWrite:
                parameters.Parameters.Write = new WDFMEMORY_BUFFER_COMPLETION_PARAMS
                {
                    Buffer = new WDFMEMORY(format.Input),
                    Length = irp.IoStatus.Information,
                    Offset = format.InputOffsets?.BufferOffset ?? 0,
                };
                break;
            default:
                if (format.Others.Argument3 is not null)
                {
                    parameters.Parameters.Others = format.Others;
                    break;
                }

                parameters.Parameters.Ioctl = new WDF_REQUEST_COMPLETION_PARAMS_IOCTL
                {
                    IoControlCode = format.IoControlCode,
                    Input = new WDFMEMORY_IOCTL_BUFFER_PARAMS { Buffer = new WDFMEMORY(format.Input), Offset = format.InputOffsets?.BufferOffset ?? 0 },
                    Output = new WDFMEMORY_IOCTL_BUFFER_PARAMS
                    {
                        Buffer = new WDFMEMORY(format.Output),
                        Offset = format.OutputOffsets?.BufferOffset ?? 0,
                        Length = irp.IoStatus.Information,
                    },
                };
                break;
        }
    }
}
