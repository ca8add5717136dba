namespace NtSim;

/// <summary>KSEMAPHORE: signaled while its count is above zero; each satisfied wait takes one.</summary>
public sealed class KSEMAPHORE : DispatcherObject, IObjectBody
{
    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal int Limit { get; set; }

    internal override string KindName => "KSEMAPHORE";

    internal override NTSTATUS Satisfy(KTHREAD thread, NTSTATUS status)
    {
        SignalState--;
        return status;
    }
}
