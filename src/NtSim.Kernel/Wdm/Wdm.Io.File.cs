using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// ZwCreateFile: opens a device (a name under \Device, or a link to one) for a kernel caller; the
    /// device's driver gets IRP_MJ_CREATE. A handle without OBJ_KERNEL_HANDLE goes to the current
    /// process's table. PASSIVE_LEVEL only (IrqlZwPassive).
    /// </summary>
    public static NTSTATUS ZwCreateFile(out HANDLE FileHandle, uint DesiredAccess, OBJECT_ATTRIBUTES ObjectAttributes, IO_STATUS_BLOCK IoStatusBlock,
        LARGE_INTEGER? AllocationSize, uint FileAttributes, uint ShareAccess, uint CreateDisposition, uint CreateOptions, object? EaBuffer, uint EaLength,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ZwCreateFile);
        KeContext.NotNull(IoStatusBlock, nameof(IoStatusBlock));
        using (PreviousModeScope.Kernel(thread))
        {
            return IoServices.CreateFile(thread, out FileHandle, DesiredAccess, ObjectAttributes, IoStatusBlock, FileAttributes, ShareAccess,
                CreateDisposition, CreateOptions, thread.CurrentModule, file, line);
        }
    }

    /// <summary>ZwOpenFile: ZwCreateFile with FILE_OPEN.</summary>
    public static NTSTATUS ZwOpenFile(out HANDLE FileHandle, uint DesiredAccess, OBJECT_ATTRIBUTES ObjectAttributes, IO_STATUS_BLOCK IoStatusBlock,
        uint ShareAccess, uint OpenOptions, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ZwCreateFile(out FileHandle, DesiredAccess, ObjectAttributes, IoStatusBlock, null, 0, ShareAccess, FILE_OPEN, OpenOptions, null, 0, file, line);

    /// <summary>ZwReadFile: IRP_MJ_READ on an open file (the buffer is a kernel address). With a
    /// file opened without FILE_SYNCHRONOUS_IO_*, STATUS_PENDING may come back: wait on
    /// <paramref name="Event"/> or the file handle. PASSIVE_LEVEL only.</summary>
    public static NTSTATUS ZwReadFile(HANDLE FileHandle, HANDLE Event, object? ApcRoutine, object? ApcContext, IO_STATUS_BLOCK IoStatusBlock,
        PVOID Buffer, uint Length, LARGE_INTEGER? ByteOffset, uint? Key)
    {
        var thread = DdiGate.Enter(DdiTable.ZwReadFile);
        using (PreviousModeScope.Kernel(thread))
        {
            return IoServices.ReadFile(thread, FileHandle, Event, KeContext.NotNull(IoStatusBlock, nameof(IoStatusBlock)), Buffer, Length, ByteOffset, null, ApcRoutine is null ? ApcContext : null);
        }
    }

    /// <summary>ZwWriteFile: IRP_MJ_WRITE on an open file. PASSIVE_LEVEL only.</summary>
    public static NTSTATUS ZwWriteFile(HANDLE FileHandle, HANDLE Event, object? ApcRoutine, object? ApcContext, IO_STATUS_BLOCK IoStatusBlock,
        PVOID Buffer, uint Length, LARGE_INTEGER? ByteOffset, uint? Key)
    {
        var thread = DdiGate.Enter(DdiTable.ZwWriteFile);
        using (PreviousModeScope.Kernel(thread))
        {
            return IoServices.WriteFile(thread, FileHandle, Event, KeContext.NotNull(IoStatusBlock, nameof(IoStatusBlock)), Buffer, Length, ByteOffset, null, ApcRoutine is null ? ApcContext : null);
        }
    }

    /// <summary>ZwDeviceIoControlFile: IRP_MJ_DEVICE_CONTROL on an open file, the buffers passed by the
    /// code's method (kernel addresses). PASSIVE_LEVEL only.</summary>
    public static NTSTATUS ZwDeviceIoControlFile(HANDLE FileHandle, HANDLE Event, object? ApcRoutine, object? ApcContext, IO_STATUS_BLOCK IoStatusBlock,
        uint IoControlCode, PVOID InputBuffer, uint InputBufferLength, PVOID OutputBuffer, uint OutputBufferLength)
    {
        var thread = DdiGate.Enter(DdiTable.ZwDeviceIoControlFile);
        using (PreviousModeScope.Kernel(thread))
        {
            return IoServices.DeviceIoControlFile(thread, FileHandle, Event, KeContext.NotNull(IoStatusBlock, nameof(IoStatusBlock)), IoControlCode,
                InputBuffer, InputBufferLength, OutputBuffer, OutputBufferLength, internalControl: false, null, ApcRoutine is null ? ApcContext : null);
        }
    }

    /// <summary>ZwFlushBuffersFile: IRP_MJ_FLUSH_BUFFERS. PASSIVE_LEVEL only.</summary>
    public static NTSTATUS ZwFlushBuffersFile(HANDLE FileHandle, IO_STATUS_BLOCK IoStatusBlock)
    {
        var thread = DdiGate.Enter(DdiTable.ZwFlushBuffersFile);
        using (PreviousModeScope.Kernel(thread))
        {
            return IoServices.FlushBuffersFile(thread, FileHandle, KeContext.NotNull(IoStatusBlock, nameof(IoStatusBlock)));
        }
    }

    /// <summary>
    /// IoGetDeviceObjectPointer: opens the named device (its driver sees IRP_MJ_CREATE, then, as
    /// the handle is closed at once, IRP_MJ_CLEANUP) and returns the file object, referenced, and
    /// the top of the device's stack. The caller keeps the device by keeping the file object:
    /// ObDereferenceObject(FileObject) releases both (the driver then sees IRP_MJ_CLOSE).
    /// PASSIVE_LEVEL only.
    /// </summary>
    public static NTSTATUS IoGetDeviceObjectPointer(UNICODE_STRING ObjectName, uint DesiredAccess, out FILE_OBJECT? FileObject, out DEVICE_OBJECT? DeviceObject)
    {
        DdiGate.Enter(DdiTable.IoGetDeviceObjectPointer);
        FileObject = null;
        DeviceObject = null;
        InitializeObjectAttributes(out var attributes, ObjectName, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, HANDLE.NULL, null);
        var status = ZwOpenFile(out var handle, DesiredAccess, attributes, new IO_STATUS_BLOCK(), FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_NON_DIRECTORY_FILE);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        status = ObReferenceObjectByHandle(handle, 0, IoFileObjectType, KernelMode, out var body);
        if (NT_SUCCESS(status))
        {
            FileObject = (FILE_OBJECT)body!;
            DeviceObject = IoGetRelatedDeviceObject(FileObject);
        }

        ZwClose(handle);
        return status;
    }

    /// <summary>IoGetRelatedDeviceObject: the device a request on the file goes to (the top of the
    /// stack of the device it was opened on).</summary>
    public static DEVICE_OBJECT IoGetRelatedDeviceObject(FILE_OBJECT FileObject)
    {
        var thread = DdiGate.Enter(DdiTable.IoGetRelatedDeviceObject);
        var device = KeContext.NotNull(FileObject, nameof(FileObject)).DeviceObject
            ?? throw new ArgumentException("IoGetRelatedDeviceObject: the file object has no device.", nameof(FileObject));
        return Devices.TopOf(device);
    }
}
