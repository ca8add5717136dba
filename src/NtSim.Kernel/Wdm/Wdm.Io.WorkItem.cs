using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoAllocateWorkItem: a work item for <paramref name="DeviceObject"/> (free it with IoFreeWorkItem).</summary>
    public static IO_WORKITEM IoAllocateWorkItem(DEVICE_OBJECT DeviceObject,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.IoAllocateWorkItem);
        var item = new IO_WORKITEM(KeContext.NotNull(DeviceObject, nameof(DeviceObject)));
        item.Item.Address = thread.Machine.AllocateObjectAddress(0x58);
        item.TrackHandle = thread.Machine.Tracking.Track(ResourceKind.WorkItem, thread.CurrentModule, item.Item.Address, 0, 0, default, file, line,
            $"IO_WORKITEM for {DeviceObject.Describe()}");
        return item;
    }

    /// <summary>IoQueueWorkItem: runs <paramref name="WorkerRoutine"/>(DeviceObject, Context) on a
    /// system worker thread; the device object stays referenced until the routine returns.</summary>
    public static void IoQueueWorkItem(IO_WORKITEM IoWorkItem, IO_WORKITEM_ROUTINE WorkerRoutine, WORK_QUEUE_TYPE QueueType, object? Context,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        KeContext.NotNull(WorkerRoutine, nameof(WorkerRoutine));
        QueueIoWorkItem(IoWorkItem, WorkerRoutine, QueueType, () => WorkerRoutine(IoWorkItem.Device, Context), file, line);
    }

    /// <summary>IoQueueWorkItemEx: as IoQueueWorkItem, the routine also gets the work item.</summary>
    public static void IoQueueWorkItemEx(IO_WORKITEM IoWorkItem, IO_WORKITEM_ROUTINE_EX WorkerRoutine, WORK_QUEUE_TYPE QueueType, object? Context,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        KeContext.NotNull(WorkerRoutine, nameof(WorkerRoutine));
        QueueIoWorkItem(IoWorkItem, WorkerRoutine, QueueType, () => WorkerRoutine(IoWorkItem.Device, Context, IoWorkItem), file, line);
    }

    /// <summary>IoFreeWorkItem: frees a work item that is not queued.</summary>
    public static void IoFreeWorkItem(IO_WORKITEM IoWorkItem)
    {
        var thread = DdiGate.Enter(DdiTable.IoFreeWorkItem);
        KeContext.NotNull(IoWorkItem, nameof(IoWorkItem));
        if (IoWorkItem.Item.Queued)
        {
            throw new InvalidOperationException($"IoFreeWorkItem: the work item for {IoWorkItem.Device.Describe()} is still queued; free it in its routine or after it ran.");
        }

        if (IoWorkItem.Freed)
        {
            throw new InvalidOperationException("IoFreeWorkItem: the work item was already freed.");
        }

        IoWorkItem.Freed = true;
        if (IoWorkItem.TrackHandle >= 0)
        {
            thread.Machine.Tracking.Untrack(IoWorkItem.TrackHandle);
            IoWorkItem.TrackHandle = -1;
        }
    }

    private static void QueueIoWorkItem(IO_WORKITEM item, Delegate routine, WORK_QUEUE_TYPE queueType, Action run, string file, int line)
    {
        var thread = DdiGate.Enter(DdiTable.IoQueueWorkItem);
        KeContext.NotNull(item, nameof(item), nameof(IoQueueWorkItem));
        if (item.Freed)
        {
            throw new InvalidOperationException("IoQueueWorkItem: the work item was freed.");
        }

        if (queueType < CriticalWorkQueue || queueType > HyperCriticalWorkQueue)
        {
            throw new ArgumentOutOfRangeException(nameof(queueType), queueType, "IoQueueWorkItem: not a WORK_QUEUE_TYPE value.");
        }

        if (item.Item.Queued)
        {
            throw new InvalidOperationException("IoQueueWorkItem: the work item is already queued.");
        }

        IoWorkItems.Queue(thread, item, routine, queueType, run, file, line);
    }
}
