namespace NtSim;

/// <summary>
/// Synchronous sends (FxIoTarget::SubmitSync): the caller waits at PASSIVE_LEVEL until the target
/// completes the request, so its buffer (a descriptor's stack buffer, MDL or memory object) is
/// safe for the call without a reference. With no request given, the framework uses one of its
/// own for the call (it cannot be cancelled).
/// </summary>
internal abstract partial class FxIoTarget
{
    /// <summary>WdfIoTargetSend{Read,Write,Ioctl,InternalIoctl}Synchronously.</summary>
    internal NTSTATUS SendSynchronously(KTHREAD thread, FxRequest? request, WDF_REQUEST_SEND_OPTIONS? options, WDF_REQUEST_TYPE type,
        uint ioControlCode, FxIoTargetTransfer input, FxIoTargetTransfer output, long deviceOffset, out ulong bytesReturned)
    {
        bytesReturned = 0;
        if (options is not null && options.Size != WDF_REQUEST_SEND_OPTIONS.SizeOfStruct)
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        if (request is { InTarget: true })
        {
            // Already queued to a target (wdfiotarget: STATUS_INVALID_DEVICE_REQUEST).
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        var own = request is null;
        if (own)
        {
            var status = FxRequest.CreateByDriver(thread, Globals, null, this, out request);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }
        }

        try
        {
            var status = FormatRequest(thread, request!, type, ioControlCode, input, output, deviceOffset);
            return Wdm.NT_SUCCESS(status) ? SubmitAndWait(thread, request!, options, out bytesReturned) : status;
        }
        finally
        {
            if (own)
            {
                request!.Delete(thread);
            }
        }
    }

    /// <summary>Sends and waits (WdfRequestSend with WDF_REQUEST_SEND_OPTION_SYNCHRONOUS too).</summary>
    internal NTSTATUS SubmitAndWait(KTHREAD thread, FxRequest request, WDF_REQUEST_SEND_OPTIONS? options, out ulong bytesReturned)
    {
        bytesReturned = 0;
        if (!Submit(thread, request, options, synchronous: true))
        {
            return request.Irp?.IoStatus.Status ?? request.CompletionStatus;
        }

        var timeout = options is { } o && (o.Flags & WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_TIMEOUT) != 0 ? o.Timeout : 0;
        request.WaitForTarget(thread, timeout);
        var irp = request.Irp!;
        bytesReturned = irp.IoStatus.Information;
        return irp.IoStatus.Status;
    }

    /// <summary>WdfIoTargetSendInternalIoctlOthersSynchronously.</summary>
    internal NTSTATUS SendOthersSynchronously(KTHREAD thread, FxRequest? request, WDF_REQUEST_SEND_OPTIONS? options, uint ioControlCode,
        object? argument1, object? argument2, object? argument4, out ulong bytesReturned)
    {
        bytesReturned = 0;
        if (request is { InTarget: true })
        {
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        var own = request is null;
        if (own)
        {
            var status = FxRequest.CreateByDriver(thread, Globals, null, this, out request);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }
        }

        try
        {
            var status = FormatOthers(thread, request!, ioControlCode, argument1, argument2, argument4);
            return Wdm.NT_SUCCESS(status) ? SubmitAndWait(thread, request!, options, out bytesReturned) : status;
        }
        finally
        {
            if (own)
            {
                request!.Delete(thread);
            }
        }
    }
}
