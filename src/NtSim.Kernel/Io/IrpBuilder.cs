namespace NtSim;

/// <summary>IoBuildDeviceIoControlRequest / IoBuild(A)synchronousFsdRequest: IRPs for a kernel
/// caller, with the buffers set up as the target's I/O method asks.</summary>
internal static class IrpBuilder
{
    private static readonly uint BufferTag = PoolTag.FromString("IoBf");

    /// <summary>The IRP, or null if its buffers could not be set up (no pool for the system buffer,
    /// or a buffer MmProbeAndLockPages refuses), as the IoBuild routines return NULL.</summary>
    internal static IRP? DeviceIoControl(KTHREAD thread, uint code, DEVICE_OBJECT device, PVOID input, uint inputLength, PVOID output,
        uint outputLength, bool internalControl, KEVENT? evt, IO_STATUS_BLOCK iosb, string file, int line)
    {
        var irp = Threaded(thread, device, evt, iosb).ChargeTo(thread.CurrentModule, thread.Machine.Modules.Kernel, file, line);
        try
        {
            SetUpDeviceIoControl(thread, irp, code, input, inputLength, output, outputLength, internalControl);
            return irp;
        }
        catch (NtStatusException)
        {
            thread.Machine.IoManager.Irps.FreeUnsent(thread, irp);
            return null;
        }
    }

    /// <summary>As <see cref="DeviceIoControl"/>: null when the buffer cannot be set up.</summary>
    internal static IRP? Fsd(KTHREAD thread, byte major, DEVICE_OBJECT device, PVOID buffer, uint length, LARGE_INTEGER? offset,
        KEVENT? evt, IO_STATUS_BLOCK? iosb, bool synchronous, string file, int line)
    {
        var irp = synchronous ? Threaded(thread, device, evt, iosb!) : thread.Machine.IoManager.Irps.Allocate(thread, device.StackSize);
        irp.ChargeTo(thread.CurrentModule, thread.Machine.Modules.Kernel, file, line);
        if (!synchronous)
        {
            irp.UserIosb = iosb;
        }

        try
        {
            SetUpFsd(thread, irp, major, device, buffer, length, offset);
            return irp;
        }
        catch (NtStatusException)
        {
            thread.Machine.IoManager.Irps.FreeUnsent(thread, irp);
            return null;
        }
    }

    private static void SetUpDeviceIoControl(KTHREAD thread, IRP irp, uint code, PVOID input, uint inputLength, PVOID output, uint outputLength,
        bool internalControl)
    {
        var next = irp.Next!;
        next.MajorFunction = internalControl ? Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL : Wdm.IRP_MJ_DEVICE_CONTROL;
        next.Parameters.DeviceIoControl.IoControlCode = code;
        next.Parameters.DeviceIoControl.InputBufferLength = inputLength;
        next.Parameters.DeviceIoControl.OutputBufferLength = outputLength;
        switch (Wdm.METHOD_FROM_CTL_CODE(code))
        {
            case Wdm.METHOD_BUFFERED:
                var size = Math.Max(inputLength, outputLength);
                if (size > 0)
                {
                    // One system buffer for both directions; the output is copied back at completion.
                    irp.AssociatedIrp.SystemBuffer = AllocateBuffer(thread, size);
                    if (inputLength > 0)
                    {
                        input.AsReadOnlySpan((int)inputLength).CopyTo(irp.AssociatedIrp.SystemBuffer.AsSpan((int)inputLength));
                    }

                    irp.Flags |= Wdm.IRP_BUFFERED_IO | Wdm.IRP_DEALLOCATE_BUFFER;
                    if (outputLength > 0)
                    {
                        irp.Flags |= Wdm.IRP_INPUT_OPERATION;
                        irp.CopyBackTo = output;
                        irp.CopyBackLength = outputLength;
                    }
                }

                break;
            case Wdm.METHOD_NEITHER:
                next.Parameters.DeviceIoControl.Type3InputBuffer = input;
                irp.UserBuffer = output;
                break;
            default:
                // METHOD_IN_DIRECT / METHOD_OUT_DIRECT: the input is buffered, the output described by an MDL.
                if (inputLength > 0)
                {
                    irp.AssociatedIrp.SystemBuffer = AllocateBuffer(thread, inputLength);
                    input.AsReadOnlySpan((int)inputLength).CopyTo(irp.AssociatedIrp.SystemBuffer.AsSpan((int)inputLength));
                    irp.Flags |= Wdm.IRP_BUFFERED_IO | Wdm.IRP_DEALLOCATE_BUFFER;
                }

                if (outputLength > 0)
                {
                    LockBuffer(thread, irp, output, outputLength, Wdm.METHOD_FROM_CTL_CODE(code) == Wdm.METHOD_OUT_DIRECT ? Wdm.IoWriteAccess : Wdm.IoReadAccess);
                }

                break;
        }
    }

    private static void SetUpFsd(KTHREAD thread, IRP irp, byte major, DEVICE_OBJECT device, PVOID buffer, uint length, LARGE_INTEGER? offset)
    {
        var next = irp.Next!;
        next.MajorFunction = major;
        if (major is not (Wdm.IRP_MJ_READ or Wdm.IRP_MJ_WRITE))
        {
            return;
        }

        next.Parameters.Read.Length = length;
        next.Parameters.Read.ByteOffset = offset ?? default;
        if ((device.Flags & Wdm.DO_BUFFERED_IO) != 0 && length > 0)
        {
            irp.AssociatedIrp.SystemBuffer = AllocateBuffer(thread, length);
            irp.Flags |= Wdm.IRP_BUFFERED_IO | Wdm.IRP_DEALLOCATE_BUFFER;
            if (major == Wdm.IRP_MJ_WRITE)
            {
                buffer.AsReadOnlySpan((int)length).CopyTo(irp.AssociatedIrp.SystemBuffer.AsSpan((int)length));
            }
            else
            {
                irp.Flags |= Wdm.IRP_INPUT_OPERATION;
                irp.CopyBackTo = buffer;
                irp.CopyBackLength = length;
            }
        }
        else if ((device.Flags & Wdm.DO_DIRECT_IO) != 0)
        {
            if (length > 0)
            {
                // A read writes into the buffer's pages; a write reads them.
                LockBuffer(thread, irp, buffer, length, major == Wdm.IRP_MJ_READ ? Wdm.IoWriteAccess : Wdm.IoReadAccess);
            }
        }
        else
        {
            irp.UserBuffer = buffer;
        }
    }


    /// <summary>An MDL over a kernel caller's buffer, probed and locked (KernelMode), linked to the IRP.</summary>
    private static void LockBuffer(KTHREAD thread, IRP irp, PVOID buffer, uint length, LOCK_OPERATION operation)
    {
        IoMdls.Lock(thread, irp, buffer, length, Wdm.KernelMode, write: operation != Wdm.IoReadAccess);
    }

    private static IRP Threaded(KTHREAD thread, DEVICE_OBJECT device, KEVENT? evt, IO_STATUS_BLOCK iosb)
    {
        var irp = thread.Machine.IoManager.Irps.Allocate(thread, device.StackSize);
        irp.Life.Origin = IrpOrigin.Threaded;
        irp.Tail.Overlay.Thread = thread;
        irp.UserEvent = evt;
        irp.UserIosb = iosb;
        irp.RequestorMode = Wdm.KernelMode;
        return irp;
    }

    private static PVOID AllocateBuffer(KTHREAD thread, uint size)
    {
        // The system buffer belongs to the I/O manager, not to the driver that asked.
        var machine = thread.Machine;
        using (thread.EnterModule(machine.Modules.Kernel))
        {
            // Not zeroed, as IopAllocateSystemBuffer: a driver that reports more than it wrote leaks pool bytes.
            var buffer = machine.Pool.Allocate(thread, PoolRequest.FromType(Wdm.NonPagedPoolNx, zero: false), size, BufferTag, "", 0, "IoBuildRequest");
            return buffer.IsNull ? throw new NtStatusException(Wdm.STATUS_INSUFFICIENT_RESOURCES) : buffer;
        }
    }
}
