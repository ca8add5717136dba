namespace NtSim;

internal static partial class IoServices
{
    /// <summary>NtReadFile: IRP_MJ_READ with the buffer as the device asks for it (DO_BUFFERED_IO:
    /// a system buffer copied back at completion; DO_DIRECT_IO: an MDL over the caller's locked
    /// pages; neither: the caller's address).</summary>
    internal static NTSTATUS ReadFile(KTHREAD thread, HANDLE handle, HANDLE eventHandle, IO_STATUS_BLOCK iosb, PVOID buffer, uint length,
        LARGE_INTEGER? byteOffset, IUserCompletion? completion) =>
        Transfer(thread, handle, eventHandle, iosb, buffer, length, byteOffset, completion, write: false);

    /// <summary>NtWriteFile: IRP_MJ_WRITE, the buffer passed as for NtReadFile.</summary>
    internal static NTSTATUS WriteFile(KTHREAD thread, HANDLE handle, HANDLE eventHandle, IO_STATUS_BLOCK iosb, PVOID buffer, uint length,
        LARGE_INTEGER? byteOffset, IUserCompletion? completion) =>
        Transfer(thread, handle, eventHandle, iosb, buffer, length, byteOffset, completion, write: true);

    /// <summary>NtDeviceIoControlFile / NtInternal...: the control code's access bits are checked
    /// against the handle's granted access, and the buffers are passed by its method.</summary>
    internal static NTSTATUS DeviceIoControlFile(KTHREAD thread, HANDLE handle, HANDLE eventHandle, IO_STATUS_BLOCK iosb, uint code,
        PVOID input, uint inputLength, PVOID output, uint outputLength, bool internalControl, IUserCompletion? completion)
    {
        var status = ReferenceFile(thread, handle, 0, out var file, out var granted);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var machine = thread.Machine;
        var mode = thread.PreviousMode;
        var required = (code >> 14) & 3;
        if (mode == Wdm.UserMode
            && (((required & Wdm.FILE_READ_ACCESS) != 0 && (granted & Wdm.FILE_READ_DATA) == 0)
                || ((required & Wdm.FILE_WRITE_ACCESS) != 0 && (granted & Wdm.FILE_WRITE_DATA) == 0)))
        {
            // IopXxxControlFile: the handle must carry the access the control code asks for.
            machine.ObjectManager.Dereference(file!.Header!);
            return Wdm.STATUS_ACCESS_DENIED;
        }

        var method = code & 3;
        IRP? irp = null;
        KEVENT? evt;
        DEVICE_OBJECT top;
        try
        {
            if (mode == Wdm.UserMode && method != Wdm.METHOD_NEITHER)
            {
                thread.Machine.Memory.ProbeUserBuffer(thread, input.Address, inputLength, 1, write: false, nameof(Wdm.ProbeForRead));
                if (method == Wdm.METHOD_BUFFERED)
                {
                    thread.Machine.Memory.ProbeUserBuffer(thread, output.Address, outputLength, 1, write: true, nameof(Wdm.ProbeForWrite));
                }
            }

            irp = NewRequest(thread, file!, eventHandle, internalControl ? Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL : Wdm.IRP_MJ_DEVICE_CONTROL,
                out evt, out top, out status);
            if (irp is null)
            {
                machine.ObjectManager.Dereference(file!.Header!);
                return status;
            }

            var next = irp.Next!;
            next.Parameters.DeviceIoControl.IoControlCode = code;
            next.Parameters.DeviceIoControl.InputBufferLength = inputLength;
            next.Parameters.DeviceIoControl.OutputBufferLength = outputLength;
            irp.UserBuffer = output;
            irp.UserCompletion = completion;
            switch (method)
            {
                case Wdm.METHOD_BUFFERED:
                    var size = Math.Max(inputLength, outputLength);
                    if (size > 0)
                    {
                        SystemBuffer(thread, irp, size, input, inputLength);
                        if (outputLength > 0)
                        {
                            irp.Flags |= Wdm.IRP_INPUT_OPERATION;
                            irp.CopyBackTo = output;
                            irp.CopyBackLength = outputLength;
                        }
                    }

                    break;
                case Wdm.METHOD_IN_DIRECT:
                case Wdm.METHOD_OUT_DIRECT:
                    if (inputLength > 0)
                    {
                        SystemBuffer(thread, irp, inputLength, input, inputLength);
                    }

                    if (outputLength > 0)
                    {
                        // METHOD_IN_DIRECT's output buffer is read by the driver; METHOD_OUT_DIRECT's is written.
                        LockBuffer(thread, irp, output, outputLength, method == Wdm.METHOD_OUT_DIRECT ? Wdm.IoWriteAccess : Wdm.IoReadAccess);
                    }

                    break;
                default:
                    next.Parameters.DeviceIoControl.Type3InputBuffer = input;
                    break;
            }

        }
        catch (NtStatusException e)
        {
            return Abandon(thread, irp, file!, e.Status);
        }

        // Only the I/O manager's own set-up above turns an exception into a status; one raised by a
        // driver once it has the IRP is the driver's bug and goes on up (0x3B for a system service).
        return UserRequests.Send(thread, file!, top, irp, evt, evt is not null, iosb);
    }

    /// <summary>NtFlushBuffersFile: IRP_MJ_FLUSH_BUFFERS; the handle must allow writing.</summary>
    internal static NTSTATUS FlushBuffersFile(KTHREAD thread, HANDLE handle, IO_STATUS_BLOCK iosb)
    {
        var status = ReferenceFile(thread, handle, 0, out var file, out var granted);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var machine = thread.Machine;
        if (thread.PreviousMode == Wdm.UserMode && (granted & (Wdm.FILE_WRITE_DATA | Wdm.FILE_APPEND_DATA)) == 0)
        {
            machine.ObjectManager.Dereference(file!.Header!);
            return Wdm.STATUS_ACCESS_DENIED;
        }

        var top = Devices.TopOf(file!.DeviceObject!);
        var irp = machine.IoManager.Irps.Allocate(thread, top.StackSize);
        irp.Next!.MajorFunction = Wdm.IRP_MJ_FLUSH_BUFFERS;
        irp.Next.FileObject = file;
        return UserRequests.Send(thread, file, top, irp, null, false, iosb);
    }

    private static NTSTATUS Transfer(KTHREAD thread, HANDLE handle, HANDLE eventHandle, IO_STATUS_BLOCK iosb, PVOID buffer, uint length,
        LARGE_INTEGER? byteOffset, IUserCompletion? completion, bool write)
    {
        var status = ReferenceFile(thread, handle, 0, out var file, out var granted);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var machine = thread.Machine;
        var mode = thread.PreviousMode;
        var needed = write ? Wdm.FILE_WRITE_DATA | Wdm.FILE_APPEND_DATA : Wdm.FILE_READ_DATA;
        if (mode == Wdm.UserMode && (granted & needed) == 0)
        {
            machine.ObjectManager.Dereference(file!.Header!);
            return Wdm.STATUS_ACCESS_DENIED;
        }

        IRP? irp = null;
        KEVENT? evt;
        DEVICE_OBJECT top;
        try
        {
            if (mode == Wdm.UserMode)
            {
                if (write)
                {
                    thread.Machine.Memory.ProbeUserBuffer(thread, buffer.Address, length, 1, write: false, nameof(Wdm.ProbeForRead));
                }
                else
                {
                    thread.Machine.Memory.ProbeUserBuffer(thread, buffer.Address, length, 1, write: true, nameof(Wdm.ProbeForWrite));
                }
            }

            irp = NewRequest(thread, file!, eventHandle, write ? Wdm.IRP_MJ_WRITE : Wdm.IRP_MJ_READ, out evt, out top, out status);
            if (irp is null)
            {
                machine.ObjectManager.Dereference(file!.Header!);
                return status;
            }

            var next = irp.Next!;
            next.Parameters.Read.Length = length;
            next.Parameters.Read.ByteOffset = byteOffset ?? file!.CurrentByteOffset;
            irp.Flags |= write ? Wdm.IRP_WRITE_OPERATION : Wdm.IRP_READ_OPERATION;
            irp.UserBuffer = buffer;
            irp.UserCompletion = completion;
            if ((top.Flags & Wdm.DO_BUFFERED_IO) != 0)
            {
                if (length > 0)
                {
                    SystemBuffer(thread, irp, length, write ? buffer : default, write ? length : 0);
                    if (!write)
                    {
                        irp.Flags |= Wdm.IRP_INPUT_OPERATION;
                        irp.CopyBackTo = buffer;
                        irp.CopyBackLength = length;
                    }
                }
            }
            else if ((top.Flags & Wdm.DO_DIRECT_IO) != 0 && length > 0)
            {
                // A read writes into the caller's pages; a write reads from them.
                LockBuffer(thread, irp, buffer, length, write ? Wdm.IoReadAccess : Wdm.IoWriteAccess);
            }

        }
        catch (NtStatusException e)
        {
            return Abandon(thread, irp, file!, e.Status);
        }

        // Only the I/O manager's own set-up above turns an exception into a status; one raised by a
        // driver once it has the IRP is the driver's bug and goes on up (0x3B for a system service).
        return UserRequests.Send(thread, file!, top, irp, evt, evt is not null, iosb);
    }

    private static NTSTATUS ReferenceFile(KTHREAD thread, HANDLE handle, uint access, out FILE_OBJECT? file, out uint granted)
    {
        file = null;
        var status = thread.Machine.ObjectManager.ReferenceByHandle(handle, access, ObjectTypes.File, thread.PreviousMode, out var header, out var info);
        granted = info.GrantedAccess;
        if (Wdm.NT_SUCCESS(status))
        {
            file = (FILE_OBJECT)header!.Body;
        }

        return status;
    }

    /// <summary>The caller's event, referenced, and an IRP for the top of the file's stack whose next
    /// location is aimed at the file; null (with the status) if the event handle is bad.</summary>
    private static IRP? NewRequest(KTHREAD thread, FILE_OBJECT file, HANDLE eventHandle, byte major, out KEVENT? evt, out DEVICE_OBJECT top,
        out NTSTATUS status)
    {
        var machine = thread.Machine;
        top = Devices.TopOf(file.DeviceObject!);
        evt = ReferenceEvent(thread, eventHandle, out status);
        if (!Wdm.NT_SUCCESS(status))
        {
            return null;
        }

        var irp = machine.IoManager.Irps.Allocate(thread, top.StackSize);
        irp.Next!.MajorFunction = major;
        irp.Next.FileObject = file;
        return irp;
    }

    /// <summary>The caller's event (a handle, or none), referenced for the request.</summary>
    private static KEVENT? ReferenceEvent(KTHREAD thread, HANDLE eventHandle, out NTSTATUS status)
    {
        status = Wdm.STATUS_SUCCESS;
        if (eventHandle.IsNull)
        {
            return null;
        }

        status = thread.Machine.ObjectManager.ReferenceByHandle(eventHandle, Wdm.EVENT_MODIFY_STATE, ObjectTypes.Event, thread.PreviousMode, out var header, out _);
        return Wdm.NT_SUCCESS(status) ? (KEVENT)header!.Body : null;
    }

    /// <summary>A system buffer of <paramref name="size"/> bytes holding <paramref name="copyLength"/>
    /// bytes of the caller's input; freed with the IRP.</summary>
    private static void SystemBuffer(KTHREAD thread, IRP irp, uint size, PVOID input, uint copyLength)
    {
        var machine = thread.Machine;
        PVOID buffer;
        using (thread.EnterModule(machine.Modules.Kernel))
        {
            // Not zeroed, as IopAllocateSystemBuffer: a driver that reports more than it wrote leaks pool bytes.
            buffer = machine.Pool.Allocate(thread, PoolRequest.FromType(Wdm.NonPagedPoolNx, zero: false), size, SystemBufferTag, "", 0, "IopAllocateSystemBuffer");
        }

        if (buffer.IsNull)
        {
            throw new NtStatusException(Wdm.STATUS_INSUFFICIENT_RESOURCES);
        }

        irp.AssociatedIrp.SystemBuffer = buffer;
        irp.Flags |= Wdm.IRP_BUFFERED_IO | Wdm.IRP_DEALLOCATE_BUFFER;
        if (copyLength > 0)
        {
            // The caller's bytes as its thread touches them (a bad user address raises), into the new
            // buffer, a page at a time: a buffer over two allocations is copied without joining them.
            machine.Memory.Move(thread, buffer.Address, input.Address, copyLength, "IopAllocateSystemBuffer");
        }
    }

    /// <summary>An MDL over the caller's buffer, probed and locked in the caller's mode.</summary>
    private static void LockBuffer(KTHREAD thread, IRP irp, PVOID buffer, uint length, LOCK_OPERATION operation)
    {
        IoMdls.Lock(thread, irp, buffer, length, thread.PreviousMode, write: operation != Wdm.IoReadAccess);
    }

    /// <summary>A request that failed before it was sent: the IRP goes back (with its MDLs and
    /// system buffer) and the caller's reference to the file is dropped.</summary>
    private static NTSTATUS Abandon(KTHREAD thread, IRP? irp, FILE_OBJECT file, NTSTATUS status)
    {
        if (irp is not null)
        {
            thread.Machine.IoManager.Irps.FreeUnsent(thread, irp);
        }

        thread.Machine.ObjectManager.Dereference(file.Header!);
        return status;
    }
}
