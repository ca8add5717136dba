namespace NtSim;

/// <summary>
/// The format-for work (FxIoTarget::FormatIoRequest / FormatIoctlRequest): fill the request's next
/// stack location for a read, write or IOCTL to this target, and describe the buffers as the
/// target's I/O type wants them: a system buffer for buffered I/O (output copied back at
/// completion), an MDL for direct I/O, the addresses themselves for neither.
/// </summary>
internal abstract partial class FxIoTarget
{
    internal NTSTATUS FormatRequest(KTHREAD thread, FxRequest request, WDF_REQUEST_TYPE type, uint ioControlCode,
        FxIoTargetTransfer input, FxIoTargetTransfer output, long deviceOffset)
    {
        if (TargetDevice is null)
        {
            return Wdm.STATUS_INVALID_DEVICE_STATE;
        }

        if (request.PrepareIrpFor(thread, this, out var status) is not { } irp)
        {
            return status;
        }

        if (irp.CurrentLocation < 2)
        {
            return StatusRequestNotAccepted;
        }

        var format = request.Format;
        format.Set(type, input, output, ioControlCode, deviceOffset);
        if (!request.IsDriverCreated)
        {
            format.Save(irp);
        }

        var next = Wdm.IoGetNextIrpStackLocation(irp);
        next.Clear();
        next.MajorFunction = (byte)type;
        next.FileObject = TargetFileObject;
        status = type switch
        {
            WDF_REQUEST_TYPE.WdfRequestTypeRead => FormatRead(thread, irp, next, format, output, deviceOffset),
            WDF_REQUEST_TYPE.WdfRequestTypeWrite => FormatWrite(thread, irp, next, format, input, deviceOffset),
            _ => FormatIoctl(thread, irp, next, format, ioControlCode, input, output),
        };
        if (!Wdm.NT_SUCCESS(status))
        {
            format.Unwind(thread, Globals, irp, copyOut: false);
            format.Release(thread);
            return status;
        }

        request.MarkFormatted();
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfIoTargetFormatRequestForInternalIoctlOthers: the arguments go through untyped.</summary>
    internal NTSTATUS FormatOthers(KTHREAD thread, FxRequest request, uint ioControlCode, object? argument1, object? argument2, object? argument4)
    {
        if (TargetDevice is null)
        {
            return Wdm.STATUS_INVALID_DEVICE_STATE;
        }

        if (request.PrepareIrpFor(thread, this, out var status) is not { } irp)
        {
            return status;
        }

        request.Format.SetOthers(ioControlCode, argument1, argument2, argument4);
        var next = Wdm.IoGetNextIrpStackLocation(irp);
        next.Clear();
        next.MajorFunction = Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL;
        next.FileObject = TargetFileObject;
        next.Parameters.DeviceIoControl.IoControlCode = ioControlCode;
        next.Parameters.Others.Argument1 = argument1;
        next.Parameters.Others.Argument2 = argument2;
        next.Parameters.Others.Argument3 = ioControlCode;
        next.Parameters.Others.Argument4 = argument4;
        request.MarkFormatted();
        return Wdm.STATUS_SUCCESS;
    }

    private uint TransferFlags => TargetDevice!.Flags & (Wdm.DO_BUFFERED_IO | Wdm.DO_DIRECT_IO);

    private NTSTATUS FormatRead(KTHREAD thread, IRP irp, IO_STACK_LOCATION next, FxIoTargetFormat format, FxIoTargetTransfer output, long offset)
    {
        next.Parameters.Read.Length = (uint)output.Length;
        next.Parameters.Read.ByteOffset = new LARGE_INTEGER(offset);
        irp.UserBuffer = output.Buffer;
        irp.AssociatedIrp.SystemBuffer = default;
        irp.MdlAddress = null;
        if (output.IsEmpty)
        {
            return Wdm.STATUS_SUCCESS;
        }

        return TransferFlags switch
        {
            Wdm.DO_BUFFERED_IO => SystemBuffer(thread, irp, format, FxIoTargetTransfer.None, output.Length, copyOutput: true),
            Wdm.DO_DIRECT_IO => Mdl(irp, format, output),
            _ => Wdm.STATUS_SUCCESS,
        };
    }

    private NTSTATUS FormatWrite(KTHREAD thread, IRP irp, IO_STACK_LOCATION next, FxIoTargetFormat format, FxIoTargetTransfer input, long offset)
    {
        next.Parameters.Write.Length = (uint)input.Length;
        next.Parameters.Write.ByteOffset = new LARGE_INTEGER(offset);
        irp.UserBuffer = input.Buffer;
        irp.AssociatedIrp.SystemBuffer = default;
        irp.MdlAddress = null;
        if (input.IsEmpty)
        {
            return Wdm.STATUS_SUCCESS;
        }

        return TransferFlags switch
        {
            Wdm.DO_BUFFERED_IO => SystemBuffer(thread, irp, format, input, input.Length, copyOutput: false),
            Wdm.DO_DIRECT_IO => Mdl(irp, format, input),
            _ => Wdm.STATUS_SUCCESS,
        };
    }

    private NTSTATUS FormatIoctl(KTHREAD thread, IRP irp, IO_STACK_LOCATION next, FxIoTargetFormat format, uint code,
        FxIoTargetTransfer input, FxIoTargetTransfer output)
    {
        next.Parameters.DeviceIoControl.IoControlCode = code;
        next.Parameters.DeviceIoControl.InputBufferLength = (uint)input.Length;
        next.Parameters.DeviceIoControl.OutputBufferLength = (uint)output.Length;
        irp.AssociatedIrp.SystemBuffer = default;
        irp.MdlAddress = null;
        irp.UserBuffer = default;
        switch (code & 3)
        {
            case Wdm.METHOD_BUFFERED:
                // One system buffer for both directions, the larger of the two (the I/O manager's layout).
                var length = Math.Max(input.Length, output.Length);
                return length == 0 ? Wdm.STATUS_SUCCESS : SystemBuffer(thread, irp, format, input, length, copyOutput: true);
            case Wdm.METHOD_IN_DIRECT:
            case Wdm.METHOD_OUT_DIRECT:
                var status = input.IsEmpty ? Wdm.STATUS_SUCCESS : SystemBuffer(thread, irp, format, input, input.Length, copyOutput: false);
                return !Wdm.NT_SUCCESS(status) || output.IsEmpty ? status : Mdl(irp, format, output);
            default:
                next.Parameters.DeviceIoControl.Type3InputBuffer = input.Buffer;
                irp.UserBuffer = output.Buffer;
                return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>A framework-owned system buffer of <paramref name="length"/> bytes, the input copied in.</summary>
    private NTSTATUS SystemBuffer(KTHREAD thread, IRP irp, FxIoTargetFormat format, FxIoTargetTransfer input, ulong length, bool copyOutput)
    {
        var buffer = Globals.Machine.Pool.Allocate(thread, PoolRequest.FromType(Wdm.NonPagedPoolNx, zero: true), length, Globals.PoolTag, "", 0, "FxIoTarget");
        if (buffer.IsNull)
        {
            return Wdm.STATUS_INSUFFICIENT_RESOURCES;
        }

        if (!input.IsEmpty)
        {
            Wdm.RtlCopyMemory(buffer, input.Buffer, input.Length);
        }

        format.SystemBuffer = buffer;
        format.SystemBufferLength = length;
        format.CopyOutput = copyOutput;
        irp.AssociatedIrp.SystemBuffer = buffer;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The transfer's MDL, or one the framework builds over its buffer.</summary>
    private static NTSTATUS Mdl(IRP irp, FxIoTargetFormat format, FxIoTargetTransfer transfer)
    {
        if (transfer.Mdl is { } given)
        {
            irp.MdlAddress = given;
            return Wdm.STATUS_SUCCESS;
        }

        var mdl = Wdm.IoAllocateMdl(transfer.Buffer, (uint)transfer.Length, false, false, null);
        if (mdl is null)
        {
            return Wdm.STATUS_INSUFFICIENT_RESOURCES;
        }

        Wdm.MmBuildMdlForNonPagedPool(mdl);
        format.Mdl = mdl;
        irp.MdlAddress = mdl;
        return Wdm.STATUS_SUCCESS;
    }
}
