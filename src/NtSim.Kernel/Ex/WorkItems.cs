namespace NtSim;

/// <summary>ExQueueWorkItem's work once its arguments are checked: the item is tracked to the
/// caller's line (an unload with it still queued is reported) and handed to its work queue.</summary>
internal static class WorkItems
{
    internal static void Queue(KTHREAD thread, WORK_QUEUE_ITEM item, WORK_QUEUE_TYPE queueType, string file, int line)
    {
        var machine = thread.Machine;
        item.TrackHandle = machine.Tracking.Track(ResourceKind.WorkItem, thread.CurrentModule, item.Address, 0, 0, default,
            file, line, $"WORK_QUEUE_ITEM queued for {CodeNames.Of(item.RoutineMethod ?? item.WorkerRoutine!.Method)}");
        machine.WorkQueues.Queue(thread, item, queueType);
    }
}
