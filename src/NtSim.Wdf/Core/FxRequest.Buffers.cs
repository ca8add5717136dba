namespace NtSim;

/// <summary>
/// Where a request's buffers are, per major function and transfer method
/// (accessing-data-buffers-in-wdf-drivers): buffered I/O uses the system buffer (an IOCTL's input
/// and output are the same one), direct I/O the MDL mapped into system space, and METHOD_NEITHER
/// only for kernel-mode senders and internal IOCTLs.
/// </summary>
internal sealed partial class FxRequest
{
    /// <summary>WdfRequestRetrieveInputBuffer.</summary>
    internal NTSTATUS RetrieveInputBuffer(ulong minimum, out PVOID buffer, out ulong length)
    {
        buffer = default;
        length = 0;
        if (RequestState == FxRequestState.Completed || Irp is null)
        {
            return Wdm.STATUS_INTERNAL_ERROR;
        }

        var stack = Stack!;
        switch (stack.MajorFunction)
        {
            case Wdm.IRP_MJ_WRITE:
                length = stack.Parameters.Write.Length;
                buffer = TransferBuffer();
                break;
            case Wdm.IRP_MJ_DEVICE_CONTROL:
            case Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL:
                length = stack.Parameters.DeviceIoControl.InputBufferLength;
                if (Method(stack) == Wdm.METHOD_NEITHER)
                {
                    if (!NeitherAllowed(stack))
                    {
                        return Wdm.STATUS_INVALID_DEVICE_REQUEST;
                    }

                    buffer = stack.Parameters.DeviceIoControl.Type3InputBuffer;
                }
                else
                {
                    buffer = Irp.AssociatedIrp.SystemBuffer;
                }

                break;
            default:
                return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        return Check(minimum, ref buffer, ref length);
    }

    /// <summary>WdfRequestRetrieveOutputBuffer.</summary>
    internal NTSTATUS RetrieveOutputBuffer(ulong minimum, out PVOID buffer, out ulong length)
    {
        buffer = default;
        length = 0;
        if (RequestState == FxRequestState.Completed || Irp is null)
        {
            return Wdm.STATUS_INTERNAL_ERROR;
        }

        var stack = Stack!;
        switch (stack.MajorFunction)
        {
            case Wdm.IRP_MJ_READ:
                length = stack.Parameters.Read.Length;
                buffer = TransferBuffer();
                break;
            case Wdm.IRP_MJ_DEVICE_CONTROL:
            case Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL:
                length = stack.Parameters.DeviceIoControl.OutputBufferLength;
                switch (Method(stack))
                {
                    case Wdm.METHOD_BUFFERED:
                        buffer = Irp.AssociatedIrp.SystemBuffer;
                        break;
                    case Wdm.METHOD_IN_DIRECT:
                    case Wdm.METHOD_OUT_DIRECT:
                        buffer = Irp.MdlAddress is { } mdl ? Wdm.MmGetSystemAddressForMdlSafe(mdl, Wdm.NormalPagePriority) : default;
                        break;
                    default:
                        if (!NeitherAllowed(stack))
                        {
                            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
                        }

                        buffer = Irp.UserBuffer;
                        break;
                }

                break;
            default:
                return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        return Check(minimum, ref buffer, ref length);
    }

    /// <summary>A read's or write's buffer as the device's I/O type describes it.</summary>
    private PVOID TransferBuffer()
    {
        var irp = Irp!;
        if (irp.MdlAddress is { } mdl)
        {
            return Wdm.MmGetSystemAddressForMdlSafe(mdl, Wdm.NormalPagePriority);
        }

        return irp.AssociatedIrp.SystemBuffer.IsNull ? irp.UserBuffer : irp.AssociatedIrp.SystemBuffer;
    }

    private static uint Method(IO_STACK_LOCATION stack) => stack.Parameters.DeviceIoControl.IoControlCode & 3;

    /// <summary>METHOD_NEITHER buffers are usable only from an internal IOCTL or a kernel-mode sender.</summary>
    private bool NeitherAllowed(IO_STACK_LOCATION stack) =>
        stack.MajorFunction == Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL || Irp!.RequestorMode == Wdm.KernelMode;

    /// <summary>STATUS_BUFFER_TOO_SMALL for an empty buffer or one shorter than <paramref name="minimum"/>.</summary>
    private static NTSTATUS Check(ulong minimum, ref PVOID buffer, ref ulong length)
    {
        if (length == 0 || length < minimum || buffer.IsNull)
        {
            buffer = default;
            length = 0;
            return Wdm.STATUS_BUFFER_TOO_SMALL;
        }

        return Wdm.STATUS_SUCCESS;
    }
}
