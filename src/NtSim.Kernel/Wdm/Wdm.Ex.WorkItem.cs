using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>ExInitializeWorkItem: sets the routine and parameter of a work item.</summary>
    public static void ExInitializeWorkItem(WORK_QUEUE_ITEM Item, WORKER_THREAD_ROUTINE Routine, object? Parameter)
    {
        var thread = DdiGate.Enter(DdiTable.ExInitializeWorkItem);
        KeContext.NotNull(Item, nameof(Item));
        KeContext.NotNull(Routine, nameof(Routine));
        if (Item.Queued)
        {
            throw new InvalidOperationException("ExInitializeWorkItem: the work item is queued and has not run yet.");
        }

        Item.WorkerRoutine = Routine;
        Item.Parameter = Parameter;
        Item.Module = thread.Machine.Modules.For(Routine);
        if (Item.Address == 0)
        {
            Item.Address = thread.Machine.AllocateObjectAddress(0x20);
        }
    }

    /// <summary>ExQueueWorkItem: a system worker thread runs the item's routine at PASSIVE_LEVEL.</summary>
    public static void ExQueueWorkItem(WORK_QUEUE_ITEM WorkItem, WORK_QUEUE_TYPE QueueType,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExQueueWorkItem);
        KeContext.NotNull(WorkItem, nameof(WorkItem));
        Uninitialized.Require(WorkItem.WorkerRoutine is not null, "WORK_QUEUE_ITEM", nameof(ExInitializeWorkItem), nameof(ExQueueWorkItem));

        if (QueueType < CriticalWorkQueue || QueueType > HyperCriticalWorkQueue)
        {
            throw new ArgumentOutOfRangeException(nameof(QueueType), QueueType, "ExQueueWorkItem: not a WORK_QUEUE_TYPE value.");
        }

        if (WorkItem.Queued)
        {
            throw new InvalidOperationException("ExQueueWorkItem: the work item is already queued.");
        }

        WorkItems.Queue(thread, WorkItem, QueueType, file, line);
    }
}
