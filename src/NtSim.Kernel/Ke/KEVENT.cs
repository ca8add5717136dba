namespace NtSim;

/// <summary>KEVENT: a notification event (stays signaled, releases every waiter) or a
/// synchronization event (releases one waiter and resets itself).</summary>
public sealed class KEVENT : DispatcherObject, IObjectBody
{
    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal EVENT_TYPE Type { get; set; }

    internal override string KindName => Type == Wdm.SynchronizationEvent ? "KEVENT(sync)" : "KEVENT";

    internal override NTSTATUS Satisfy(KTHREAD thread, NTSTATUS status)
    {
        if (Type == Wdm.SynchronizationEvent)
        {
            SignalState = 0;
        }

        return status;
    }
}
