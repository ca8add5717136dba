namespace NtSim;

internal sealed partial class FxIoQueue
{
    private IO_WORKITEM? _dispatchWorkItem;
    private bool _dispatchQueued;

    /// <summary>Runs the dispatch loop from a work item at PASSIVE_LEVEL: a passive queue asked to
    /// present at DISPATCH_LEVEL, or a thread that holds the queue's callback lock from another
    /// callback (FxIoQueue::CanThreadDispatchEventsLocked defers both).</summary>
    private void DeferDispatch(KTHREAD thread)
    {
        // The work item is allocated outside the queue's lock: a DDI may switch threads.
        if (Volatile.Read(ref _dispatchWorkItem) is null)
        {
            var fresh = Wdm.IoAllocateWorkItem(Device.DeviceObject);
            if (Interlocked.CompareExchange(ref _dispatchWorkItem, fresh, null) is not null)
            {
                Wdm.IoFreeWorkItem(fresh);
            }
        }

        lock (_lock)
        {
            if (_dispatchQueued)
            {
                return;
            }

            _dispatchQueued = true;
        }

        Wdm.IoQueueWorkItem(_dispatchWorkItem!, static (_, context) =>
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
        if (Interlocked.Exchange(ref _dispatchWorkItem, null) is { } item)
        {
            Wdm.IoFreeWorkItem(item);
        }
    }
}
