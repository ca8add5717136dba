namespace NtSim;

/// <summary>Told, in the requestor's process, that a user request has been finished: its status
/// block is written and its buffers copied back.</summary>
internal interface IUserCompletion
{
    void Completed(IRP irp, NTSTATUS status, ulong information);
}
