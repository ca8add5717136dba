namespace NtSim;

internal sealed partial class FxIoQueue
{
    private IO_WORKITEM? _dispatchWorkItem;
    private bool _dispatchQueued;

    /// <summary>Presents from a work item at PASSIVE_LEVEL (a passive queue asked to present at
    /// DISPATCH_LEVEL, as the framework defers a passive callback it cannot call where it is).</summary>
    private void DeferDispatch(KTHREAD thread)
    {
        lock (_lock)
        {
            if (_dispatchQueued)
            {
                return;
            }

            _dispatchQueued = true;
            _dispatchWorkItem ??= Wdm.IoAllocateWorkItem(Device.DeviceObject);
        }

        Wdm.IoQueueWorkItem(_dispatchWorkItem, static (_, context) =>
        {
            var queue = (FxIoQueue)context!;
            lock (queue._lock)
            {
                queue._dispatchQueued = false;
            }

            queue.DispatchRequests(KTHREAD.Current!);
        }, Wdm.DelayedWorkQueue, this);
    }

    /// <summary>Frees the deferral's work item (the queue is going away).</summary>
    private void FreeDeferral()
    {
        if (_dispatchWorkItem is { } item)
        {
            Wdm.IoFreeWorkItem(item);
            _dispatchWorkItem = null;
        }
    }
}
