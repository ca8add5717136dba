namespace NtSim;

/// <summary>
/// A request's buffers as memory objects and MDLs (accessing-data-buffers-in-wdf-drivers), and the
/// METHOD_NEITHER user buffers a driver probes and locks in EvtIoInCallerContext.
/// </summary>
internal sealed partial class FxRequest
{
    private FxRequestMemory? _inputMemory;
    private FxRequestMemory? _outputMemory;
    private MDL? _inputMdl;
    private MDL? _outputMdl;
    private int _mdlLife = -1;

    /// <summary>WdfRequestRetrieveInputMemory: the input buffer as a WDFMEMORY (the request's own, no allocation).</summary>
    internal NTSTATUS RetrieveInputMemory(KTHREAD thread, out FxMemoryObject? memory)
    {
        memory = null;
        var status = RetrieveInputBuffer(0, out var buffer, out var length);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var readOnly = MajorFunction == Wdm.IRP_MJ_WRITE || IoctlMethod is Wdm.METHOD_IN_DIRECT or Wdm.METHOD_OUT_DIRECT;
        return BindMemory(thread, ref _inputMemory, buffer, length, readOnly, out memory);
    }

    /// <summary>WdfRequestRetrieveOutputMemory: the output buffer as a WDFMEMORY.</summary>
    internal NTSTATUS RetrieveOutputMemory(KTHREAD thread, out FxMemoryObject? memory)
    {
        memory = null;
        var status = RetrieveOutputBuffer(0, out var buffer, out var length);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        // METHOD_IN_DIRECT's output buffer is data for the device: read-only (FxRequestOutputBuffer::GetFlags).
        return BindMemory(thread, ref _outputMemory, buffer, length, IoctlMethod == Wdm.METHOD_IN_DIRECT, out memory);
    }

    private uint? IoctlMethod => MajorFunction is Wdm.IRP_MJ_DEVICE_CONTROL or Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL
        ? Stack!.Parameters.DeviceIoControl.IoControlCode & 3
        : null;

    private NTSTATUS BindMemory(KTHREAD thread, ref FxRequestMemory? slot, PVOID buffer, ulong length, bool readOnly, out FxMemoryObject? memory)
    {
        memory = null;
        if (slot is null)
        {
            var created = new FxRequestMemory(Globals, this);
            if (!Wdm.NT_SUCCESS(created.Commit(thread, null)))
            {
                return Wdm.STATUS_INSUFFICIENT_RESOURCES;
            }

            slot = created;
        }

        slot.Bind(buffer, length, readOnly);
        memory = slot;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfRequestRetrieveInputWdmMdl: direct I/O's MDL, or one the framework builds over the system buffer.</summary>
    internal NTSTATUS RetrieveInputWdmMdl(out MDL? mdl)
    {
        mdl = null;
        if (RequestState is FxRequestState.Completed or FxRequestState.Free || Irp is null || Stack is null)
        {
            return Wdm.STATUS_INTERNAL_ERROR;
        }

        switch (MajorFunction)
        {
            case Wdm.IRP_MJ_WRITE:
                return DirectOrBuilt(ref _inputMdl, Stack.Parameters.Write.Length, out mdl);
            case Wdm.IRP_MJ_DEVICE_CONTROL:
            case Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL when IoctlMethod != Wdm.METHOD_NEITHER:
                // Every method but NEITHER has its input in the system buffer.
                return Built(ref _inputMdl, Irp.AssociatedIrp.SystemBuffer, Stack.Parameters.DeviceIoControl.InputBufferLength, out mdl);
            default:
                return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }
    }

    /// <summary>WdfRequestRetrieveOutputWdmMdl.</summary>
    internal NTSTATUS RetrieveOutputWdmMdl(out MDL? mdl)
    {
        mdl = null;
        if (RequestState is FxRequestState.Completed or FxRequestState.Free || Irp is null || Stack is null)
        {
            return Wdm.STATUS_INTERNAL_ERROR;
        }

        switch (MajorFunction)
        {
            case Wdm.IRP_MJ_READ:
                return DirectOrBuilt(ref _outputMdl, Stack.Parameters.Read.Length, out mdl);
            case Wdm.IRP_MJ_DEVICE_CONTROL:
            case Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL:
                var length = Stack.Parameters.DeviceIoControl.OutputBufferLength;
                return IoctlMethod switch
                {
                    Wdm.METHOD_BUFFERED => Built(ref _outputMdl, Irp.AssociatedIrp.SystemBuffer, length, out mdl),
                    Wdm.METHOD_IN_DIRECT or Wdm.METHOD_OUT_DIRECT => Direct(length, out mdl),
                    _ => Wdm.STATUS_INVALID_DEVICE_REQUEST,
                };
            default:
                return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }
    }

    private NTSTATUS DirectOrBuilt(ref MDL? slot, ulong length, out MDL? mdl) =>
        Irp!.MdlAddress is not null ? Direct(length, out mdl) : Built(ref slot, Irp.AssociatedIrp.SystemBuffer, length, out mdl);

    private NTSTATUS Direct(ulong length, out MDL? mdl)
    {
        mdl = Irp!.MdlAddress;
        return length == 0 || mdl is null ? Wdm.STATUS_BUFFER_TOO_SMALL : Wdm.STATUS_SUCCESS;
    }

    /// <summary>An MDL over a buffered request's system buffer, made once per IRP and freed with the next.</summary>
    private NTSTATUS Built(ref MDL? slot, PVOID buffer, ulong length, out MDL? mdl)
    {
        mdl = null;
        if (length == 0 || buffer.IsNull)
        {
            return Wdm.STATUS_BUFFER_TOO_SMALL;
        }

        if (_mdlLife != _life)
        {
            FreeBuiltMdls();
            _mdlLife = _life;
        }

        if (slot is null)
        {
            slot = Wdm.IoAllocateMdl(buffer, (uint)length, false, false, null);
            if (slot is null)
            {
                return Wdm.STATUS_INSUFFICIENT_RESOURCES;
            }

            Wdm.MmBuildMdlForNonPagedPool(slot);
        }

        mdl = slot;
        return Wdm.STATUS_SUCCESS;
    }

    private void FreeBuiltMdls()
    {
        if (_inputMdl is { } input)
        {
            Wdm.IoFreeMdl(input);
            _inputMdl = null;
        }

        if (_outputMdl is { } output)
        {
            Wdm.IoFreeMdl(output);
            _outputMdl = null;
        }
    }

    /// <summary>WdfRequestRetrieveUnsafeUserInputBuffer: a METHOD_NEITHER request's input, unprobed,
    /// only in EvtIoInCallerContext (the caller's context).</summary>
    internal NTSTATUS RetrieveUnsafeUserInputBuffer(ulong minimum, out PVOID buffer, out ulong length)
    {
        buffer = default;
        length = 0;
        if (RequestState != FxRequestState.Received || Stack is not { } stack)
        {
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        switch (stack.MajorFunction)
        {
            case Wdm.IRP_MJ_WRITE when Irp!.MdlAddress is null && Irp.AssociatedIrp.SystemBuffer.IsNull:
                buffer = Irp.UserBuffer;
                length = stack.Parameters.Write.Length;
                break;
            case Wdm.IRP_MJ_DEVICE_CONTROL or Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL when IoctlMethod == Wdm.METHOD_NEITHER:
                buffer = stack.Parameters.DeviceIoControl.Type3InputBuffer;
                length = stack.Parameters.DeviceIoControl.InputBufferLength;
                break;
            default:
                return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        return Check(minimum, ref buffer, ref length);
    }

    /// <summary>WdfRequestRetrieveUnsafeUserOutputBuffer.</summary>
    internal NTSTATUS RetrieveUnsafeUserOutputBuffer(ulong minimum, out PVOID buffer, out ulong length)
    {
        buffer = default;
        length = 0;
        if (RequestState != FxRequestState.Received || Stack is not { } stack)
        {
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        switch (stack.MajorFunction)
        {
            case Wdm.IRP_MJ_READ when Irp!.MdlAddress is null && Irp.AssociatedIrp.SystemBuffer.IsNull:
                length = stack.Parameters.Read.Length;
                break;
            case Wdm.IRP_MJ_DEVICE_CONTROL or Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL when IoctlMethod == Wdm.METHOD_NEITHER:
                length = stack.Parameters.DeviceIoControl.OutputBufferLength;
                break;
            default:
                return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        buffer = Irp!.UserBuffer;
        return Check(minimum, ref buffer, ref length);
    }

    /// <summary>WdfRequestProbeAndLockUserBufferForRead/ForWrite: probes and locks <paramref name="buffer"/>
    /// in the requestor's mode, in EvtIoInCallerContext, as a WDFMEMORY parented to the request.</summary>
    internal NTSTATUS ProbeAndLock(KTHREAD thread, PVOID buffer, ulong length, bool forWrite, out FxMemoryObject? memory)
    {
        memory = null;
        if (RequestState != FxRequestState.Received || Irp is not { } irp)
        {
            // Only in the caller's context, before the request is queued.
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        if (length == 0 || length > uint.MaxValue)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var mdl = Wdm.IoAllocateMdl(buffer, (uint)length, false, false, null);
        if (mdl is null)
        {
            return Wdm.STATUS_INSUFFICIENT_RESOURCES;
        }

        try
        {
            Wdm.MmProbeAndLockPages(mdl, irp.RequestorMode, forWrite ? Wdm.IoWriteAccess : Wdm.IoReadAccess);
        }
        catch (NtStatusException e)
        {
            Wdm.IoFreeMdl(mdl);
            return e.Status;
        }

        var address = Wdm.MmGetSystemAddressForMdlSafe(mdl, Wdm.NormalPagePriority);
        if (address.IsNull)
        {
            Wdm.MmUnlockPages(mdl);
            Wdm.IoFreeMdl(mdl);
            return Wdm.STATUS_INSUFFICIENT_RESOURCES;
        }

        var probed = new FxMemoryProbed(Globals, mdl, address, length, readOnly: !forWrite);
        var status = probed.Commit(thread, null, this);
        if (!Wdm.NT_SUCCESS(status))
        {
            Wdm.MmUnlockPages(mdl);
            Wdm.IoFreeMdl(mdl);
            return status;
        }

        memory = probed;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The request object goes away: its own memory objects and MDLs with it.</summary>
    private void DisposeMemory(KTHREAD thread)
    {
        if (!Globals.Machine.IsHalted)
        {
            FreeBuiltMdls();
        }

        _inputMemory?.Delete(thread);
        _outputMemory?.Delete(thread);
        _inputMemory = null;
        _outputMemory = null;
    }
}
