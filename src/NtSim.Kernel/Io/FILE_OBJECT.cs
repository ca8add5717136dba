using System.Diagnostics;

namespace NtSim;

/// <summary>
/// FILE_OBJECT: one open instance of a device, made by the I/O manager's parse procedure for
/// NtCreateFile (<see cref="FileCreation"/>). The driver keeps per-open state in FsContext and
/// FsContext2. When the last handle goes, the I/O manager sends IRP_MJ_CLEANUP; when the last
/// reference goes (pending IRPs hold one each), IRP_MJ_CLOSE (see docs/io.md).
/// </summary>
[DebuggerDisplay("{Describe(),nq}")]
public sealed class FILE_OBJECT : IObjectBody
{
    internal FILE_OBJECT(DEVICE_OBJECT device, string fileName)
    {
        DeviceObject = device;
        FileName = new UNICODE_STRING(fileName);
    }

    /// <summary>IO_TYPE_FILE (5): marks the object as a file object.</summary>
    public short Type = Wdm.IO_TYPE_FILE;
    /// <summary>The device the file was opened on.</summary>
    public DEVICE_OBJECT? DeviceObject;
    /// <summary>Per-open state of the driver that owns the file (a file system's FCB); a device driver may use it freely.</summary>
    public object? FsContext;
    /// <summary>More per-open state of the driver that owns the file (a file system's CCB).</summary>
    public object? FsContext2;
    /// <summary>FO_* flags of the open (FO_SYNCHRONOUS_IO, FO_HANDLE_CREATED, FO_CLEANUP_COMPLETE, ...).</summary>
    public uint Flags;
    /// <summary>The open was granted read access.</summary>
    public bool ReadAccess;
    /// <summary>The open was granted write access.</summary>
    public bool WriteAccess;
    /// <summary>The open was granted delete access.</summary>
    public bool DeleteAccess;
    /// <summary>The open lets other opens read (FILE_SHARE_READ).</summary>
    public bool SharedRead;
    /// <summary>The open lets other opens write (FILE_SHARE_WRITE).</summary>
    public bool SharedWrite;
    /// <summary>The open lets other opens delete (FILE_SHARE_DELETE).</summary>
    public bool SharedDelete;
    /// <summary>The rest of the name after the device's name (empty when the device itself was opened).</summary>
    public UNICODE_STRING FileName;
    /// <summary>The file position: where a read or write given no byte offset starts (FilePositionInformation sets it).</summary>
    public LARGE_INTEGER CurrentByteOffset;

    /// <summary>CompletionContext: the I/O completion port and key of a file associated with one (CreateIoCompletionPort).</summary>
    public IO_COMPLETION_CONTEXT? CompletionContext;

    /// <summary>Signaled when a request on the file completes (what a wait on a file handle waits for).</summary>
    public readonly KEVENT Event = new();

    /// <summary>Serializes synchronous requests on a file opened for synchronous I/O (the file object
    /// lock): waited on only when the file is <see cref="Busy"/> (see <see cref="FileObjectLock"/>).</summary>
    internal KEVENT Lock { get; } = new();

    /// <summary>1 while a synchronous request holds the file object lock.</summary>
    internal int Busy;

    /// <summary>Requests waiting on <see cref="Lock"/> for the file object lock.</summary>
    internal int Waiters;

    /// <summary>The process that opened the file, whose handle table holds its handles.</summary>
    internal EPROCESS? Owner { get; set; }

    /// <summary>The open got past IRP_MJ_CREATE: cleanup and close are sent for it.</summary>
    internal bool Opened { get; set; }

    /// <summary>IRPs in flight that were issued on this file (CancelIoEx looks here).</summary>
    internal LinkedList<IRP> PendingIrps { get; } = new();

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal ObjectHeader? Header => ((IObjectBody)this).ObjectHeader;

    internal ulong Address => Header?.BodyAddress ?? 0;

    /// <summary>IopCloseFile: the last handle is gone, so the driver gets IRP_MJ_CLEANUP.</summary>
    void IObjectBody.OnHandleClosed(ObjectHeader header, long remainingHandles)
    {
        if (remainingHandles == 0 && Opened)
        {
            FileCreation.Cleanup(KeContext.Running("IRP_MJ_CLEANUP"), this);
        }
    }

    /// <summary>IopDeleteFile: the last reference is gone, so the driver gets IRP_MJ_CLOSE.</summary>
    void IObjectBody.OnDelete(ObjectHeader header)
    {
        if (Opened)
        {
            FileCreation.Close(KeContext.Running("IRP_MJ_CLOSE"), this);
        }

        if (CompletionContext is not null)
        {
            IoCompletions.Release(KeContext.Running("IopDeleteFile").Machine, this);
        }
    }

    internal string Describe() => $"FILE_OBJECT {FileName} on {DeviceObject?.Describe() ?? "(none)"}";

    /// <summary>The file's device and name, as the debugger shows the object.</summary>
    public override string ToString() => Describe();
}
