namespace NtSim;

/// <summary>
/// What differs between the file services (NtReadFile, NtWriteFile, NtDeviceIoControlFile,
/// NtFlushBuffersFile): the access the handle must carry, and the IRP they build. What they share,
/// referencing the file, checking the access, turning an exception of the set-up into a status and
/// sending the request, is <see cref="IoServices.Issue{TRequest}"/>. Requests are structs: the
/// generic method is specialized for each, with no allocation and no virtual call.
/// </summary>
internal interface IFileRequest
{
    /// <summary>Whether a user-mode caller's handle, with <paramref name="granted"/> access, may make the request.</summary>
    bool Allows(uint granted);

    /// <summary>Probes the caller's buffers and builds the IRP, setting <paramref name="irp"/> as soon
    /// as it exists (so a later exception gives it back). Returns a failure, with no IRP, when the
    /// request cannot be built (a bad event handle).</summary>
    NTSTATUS Build(KTHREAD thread, FILE_OBJECT file, ref IRP? irp, out KEVENT? evt, out DEVICE_OBJECT top);
}
