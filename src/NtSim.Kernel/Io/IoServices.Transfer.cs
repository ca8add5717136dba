namespace NtSim;

internal static partial class IoServices
{
    /// <summary>NtReadFile: IRP_MJ_READ with the buffer as the device asks for it (DO_BUFFERED_IO:
    /// a system buffer copied back at completion; DO_DIRECT_IO: an MDL over the caller's locked
    /// pages; neither: the caller's address).</summary>
    internal static NTSTATUS ReadFile(KTHREAD thread, HANDLE handle, HANDLE eventHandle, IO_STATUS_BLOCK iosb, PVOID buffer, uint length,
        LARGE_INTEGER? byteOffset, IUserCompletion? completion, object? apcContext = null)
    {
        var request = new TransferRequest(eventHandle, buffer, length, byteOffset, completion, Write: false, apcContext);
        return Issue(thread, handle, ref request, iosb);
    }

    /// <summary>NtWriteFile: IRP_MJ_WRITE, the buffer passed as for NtReadFile.</summary>
    internal static NTSTATUS WriteFile(KTHREAD thread, HANDLE handle, HANDLE eventHandle, IO_STATUS_BLOCK iosb, PVOID buffer, uint length,
        LARGE_INTEGER? byteOffset, IUserCompletion? completion, object? apcContext = null)
    {
        var request = new TransferRequest(eventHandle, buffer, length, byteOffset, completion, Write: true, apcContext);
        return Issue(thread, handle, ref request, iosb);
    }

    /// <summary>NtDeviceIoControlFile / NtInternal...: the control code's access bits are checked
    /// against the handle's granted access, and the buffers are passed by its method.</summary>
    internal static NTSTATUS DeviceIoControlFile(KTHREAD thread, HANDLE handle, HANDLE eventHandle, IO_STATUS_BLOCK iosb, uint code,
        PVOID input, uint inputLength, PVOID output, uint outputLength, bool internalControl, IUserCompletion? completion, object? apcContext = null)
    {
        var request = new ControlRequest(eventHandle, code, input, inputLength, output, outputLength, internalControl, completion, apcContext);
        return Issue(thread, handle, ref request, iosb);
    }

    /// <summary>NtFlushBuffersFile: IRP_MJ_FLUSH_BUFFERS; the handle must allow writing.</summary>
    internal static NTSTATUS FlushBuffersFile(KTHREAD thread, HANDLE handle, IO_STATUS_BLOCK iosb)
    {
        var request = new FlushRequest();
        return Issue(thread, handle, ref request, iosb);
    }

    /// <summary>The file services' shared prologue and epilogue: reference the file by its handle,
    /// check the handle's access for a user-mode caller, build the request (an exception of the
    /// I/O manager's own set-up gives the IRP back and becomes the status), and send it.</summary>
    internal static NTSTATUS Issue<TRequest>(KTHREAD thread, HANDLE handle, ref TRequest request, IO_STATUS_BLOCK iosb)
        where TRequest : struct, IFileRequest
    {
        var status = ReferenceFile(thread, handle, 0, out var file, out var granted);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        if (thread.PreviousMode == Wdm.UserMode && !request.Allows(granted))
        {
            // IopXxxControlFile, NtReadFile ...: the handle must carry the access the request asks for.
            thread.Machine.ObjectManager.Dereference(file!.Header!);
            return Wdm.STATUS_ACCESS_DENIED;
        }

        IRP? irp = null;
        KEVENT? evt;
        DEVICE_OBJECT top;
        try
        {
            status = request.Build(thread, file!, ref irp, out evt, out top);
            if (irp is null)
            {
                thread.Machine.ObjectManager.Dereference(file!.Header!);
                return status;
            }
        }
        catch (NtStatusException e)
        {
            return Abandon(thread, irp, file!, e.Status);
        }

        IoControlAccess.MarkGranted(irp, granted);

        // Only the I/O manager's own set-up above turns an exception into a status; one raised by a
        // driver once it has the IRP is the driver's bug and goes on up (0x3B for a system service).
        return UserRequests.Send(thread, file!, top, irp, evt, evt is not null, iosb);
    }

    /// <summary>NtReadFile's and NtWriteFile's request.</summary>
    private readonly record struct TransferRequest(HANDLE EventHandle, PVOID Buffer, uint Length, LARGE_INTEGER? ByteOffset,
        IUserCompletion? Completion, bool Write, object? ApcContext) : IFileRequest
    {
        public bool Allows(uint granted) => (granted & (Write ? Wdm.FILE_WRITE_DATA | Wdm.FILE_APPEND_DATA : Wdm.FILE_READ_DATA)) != 0;

        public NTSTATUS Build(KTHREAD thread, FILE_OBJECT file, ref IRP? irp, out KEVENT? evt, out DEVICE_OBJECT top)
        {
            if (thread.PreviousMode == Wdm.UserMode)
            {
                // A write reads the caller's buffer; a read writes it.
                thread.Machine.Memory.ProbeUserBuffer(thread, Buffer.Address, Length, 1, write: !Write,
                    Write ? nameof(Wdm.ProbeForRead) : nameof(Wdm.ProbeForWrite));
            }

            irp = NewRequest(thread, file, EventHandle, Write ? Wdm.IRP_MJ_WRITE : Wdm.IRP_MJ_READ, out evt, out top, out var status);
            if (irp is null)
            {
                return status;
            }

            var next = irp.Next!;
            next.Parameters.Read.Length = Length;
            next.Parameters.Read.ByteOffset = ByteOffset ?? file.CurrentByteOffset;
            irp.Flags |= Write ? Wdm.IRP_WRITE_OPERATION : Wdm.IRP_READ_OPERATION;
            irp.UserBuffer = Buffer;
            irp.UserCompletion = Completion;
            irp.UserApcContext = ApcContext;
            if ((top.Flags & Wdm.DO_BUFFERED_IO) != 0)
            {
                if (Length > 0)
                {
                    SystemBuffer(thread, irp, Length, Write ? Buffer : default, Write ? Length : 0);
                    if (!Write)
                    {
                        irp.Flags |= Wdm.IRP_INPUT_OPERATION;
                        irp.CopyBackTo = Buffer;
                        irp.CopyBackLength = Length;
                    }
                }
            }
            else if ((top.Flags & Wdm.DO_DIRECT_IO) != 0 && Length > 0)
            {
                // A read writes into the caller's pages; a write reads from them.
                LockBuffer(thread, irp, Buffer, Length, Write ? Wdm.IoReadAccess : Wdm.IoWriteAccess);
            }

            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>NtDeviceIoControlFile's request.</summary>
    private readonly record struct ControlRequest(HANDLE EventHandle, uint Code, PVOID Input, uint InputLength, PVOID Output, uint OutputLength,
        bool Internal, IUserCompletion? Completion, object? ApcContext) : IFileRequest
    {
        public bool Allows(uint granted)
        {
            var required = (Code >> 14) & 3;
            return ((required & Wdm.FILE_READ_ACCESS) == 0 || (granted & Wdm.FILE_READ_DATA) != 0)
                && ((required & Wdm.FILE_WRITE_ACCESS) == 0 || (granted & Wdm.FILE_WRITE_DATA) != 0);
        }

        public NTSTATUS Build(KTHREAD thread, FILE_OBJECT file, ref IRP? irp, out KEVENT? evt, out DEVICE_OBJECT top)
        {
            var method = Code & 3;
            if (thread.PreviousMode == Wdm.UserMode && method != Wdm.METHOD_NEITHER)
            {
                thread.Machine.Memory.ProbeUserBuffer(thread, Input.Address, InputLength, 1, write: false, nameof(Wdm.ProbeForRead));
                if (method == Wdm.METHOD_BUFFERED)
                {
                    thread.Machine.Memory.ProbeUserBuffer(thread, Output.Address, OutputLength, 1, write: true, nameof(Wdm.ProbeForWrite));
                }
            }

            irp = NewRequest(thread, file, EventHandle, Internal ? Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL : Wdm.IRP_MJ_DEVICE_CONTROL,
                out evt, out top, out var status);
            if (irp is null)
            {
                return status;
            }

            var next = irp.Next!;
            next.Parameters.DeviceIoControl.IoControlCode = Code;
            next.Parameters.DeviceIoControl.InputBufferLength = InputLength;
            next.Parameters.DeviceIoControl.OutputBufferLength = OutputLength;
            irp.UserBuffer = Output;
            irp.UserCompletion = Completion;
            irp.UserApcContext = ApcContext;
            switch (method)
            {
                case Wdm.METHOD_BUFFERED:
                    var size = Math.Max(InputLength, OutputLength);
                    if (size > 0)
                    {
                        SystemBuffer(thread, irp, size, Input, InputLength);
                        if (OutputLength > 0)
                        {
                            irp.Flags |= Wdm.IRP_INPUT_OPERATION;
                            irp.CopyBackTo = Output;
                            irp.CopyBackLength = OutputLength;
                        }
                    }

                    break;
                case Wdm.METHOD_IN_DIRECT:
                case Wdm.METHOD_OUT_DIRECT:
                    if (InputLength > 0)
                    {
                        SystemBuffer(thread, irp, InputLength, Input, InputLength);
                    }

                    if (OutputLength > 0)
                    {
                        // METHOD_IN_DIRECT's output buffer is read by the driver; METHOD_OUT_DIRECT's is written.
                        LockBuffer(thread, irp, Output, OutputLength, method == Wdm.METHOD_OUT_DIRECT ? Wdm.IoWriteAccess : Wdm.IoReadAccess);
                    }

                    break;
                default:
                    next.Parameters.DeviceIoControl.Type3InputBuffer = Input;
                    break;
            }

            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>NtFlushBuffersFile's request: no buffer, no event.</summary>
    private readonly record struct FlushRequest : IFileRequest
    {
        public bool Allows(uint granted) => (granted & (Wdm.FILE_WRITE_DATA | Wdm.FILE_APPEND_DATA)) != 0;

        public NTSTATUS Build(KTHREAD thread, FILE_OBJECT file, ref IRP? irp, out KEVENT? evt, out DEVICE_OBJECT top)
        {
            evt = null;
            top = Devices.TopOf(file.DeviceObject!);
            irp = thread.Machine.IoManager.Irps.Allocate(thread, top.StackSize);
            irp.Next!.MajorFunction = Wdm.IRP_MJ_FLUSH_BUFFERS;
            irp.Next.FileObject = file;
            return Wdm.STATUS_SUCCESS;
        }
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
