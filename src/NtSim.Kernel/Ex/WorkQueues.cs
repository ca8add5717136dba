using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The system worker threads: for each WORK_QUEUE_TYPE a FIFO of work items and a few threads
/// that run them at PASSIVE_LEVEL. The threads start on first use. After each routine the thread
/// checks what Windows checks: back at PASSIVE_LEVEL, APCs enabled, no mutex held.
/// </summary>
internal sealed class WorkQueues
{
    private readonly Machine _machine;
    private readonly Queue<WORK_QUEUE_ITEM>[] _queues = [new(), new(), new()];
    private readonly KSEMAPHORE[] _pending = [new(), new(), new()];
    private readonly bool[] _started = new bool[3];

    internal WorkQueues(Machine machine)
    {
        _machine = machine;
    }

    internal void Queue(KTHREAD caller, WORK_QUEUE_ITEM item, WORK_QUEUE_TYPE type)
    {
        var index = (int)type;
        var scheduler = _machine.Scheduler;
        var start = false;
        lock (scheduler.Lock)
        {
            if (!_started[index])
            {
                _started[index] = true;
                _pending[index].Bind(_machine, 0x20);
                _pending[index].Limit = int.MaxValue;
                start = true;
            }

            item.Queued = true;
            _queues[index].Enqueue(item);
            _pending[index].SignalState++;
            scheduler.SignalObject(_pending[index]);
        }

        if (start)
        {
            for (var i = 0; i < _machine.Options.WorkerThreadsPerQueue; i++)
            {
                var name = $"{QueueName(type)}Worker{i}";
                scheduler.CreateThread(name, ThreadKind.Worker, _machine.Modules.Kernel, () => WorkerLoop(index),
                    worker => worker.InitializePriority(Priorities.Worker(type)));
            }
        }

        scheduler.SchedulingPoint(caller);
    }

    /// <summary>Whether the thread is a worker waiting for work (not part of a deadlock).</summary>
    internal bool IsIdleWorker(KTHREAD thread) =>
        thread.Kind == ThreadKind.Worker && thread.WaitCount == 1 && Array.IndexOf(_pending, thread.WaitBlocks[0].Object) >= 0;

    private void WorkerLoop(int index)
    {
        var self = KTHREAD.Current!;
        var scheduler = _machine.Scheduler;
        while (true)
        {
            // A system worker thread waits for work in KeRemoveQueueEx on its queue: WrQueue.
            scheduler.Wait(self, [_pending[index]], Wdm.WaitAny, Wdm.KernelMode, false, null, Wdm.WrQueue);
            RunNext(self, index);
        }
    }

    /// <summary>Runs the next item of queue <paramref name="index"/>. A method of its own, so that no
    /// reference to the item (its routine, its parameter, and through them a driver's code) stays in
    /// the worker's frame while it waits for the next: an unloaded driver's load context can go.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RunNext(KTHREAD self, int index)
    {
        WORK_QUEUE_ITEM item;
        lock (_machine.Scheduler.Lock)
        {
            item = _queues[index].Dequeue();
            item.Queued = false;
        }

        if (item.TrackHandle >= 0)
        {
            _machine.Tracking.Untrack(item.TrackHandle);
            item.TrackHandle = -1;
        }

        using (self.EnterModule(item.Module ?? _machine.Modules.Kernel))
        {
            if (item.Module is { IsUnloaded: true } unloaded)
            {
                UnloadedCode.Raise(_machine, unloaded, item.RoutineMethod ?? item.WorkerRoutine!.Method, "work item routine");
            }

            BreakpointTable.AtCall(self, item.WorkerRoutine!);
            item.WorkerRoutine!(item.Parameter);
        }

        CheckAfterRoutine(self, item);
    }

    private void CheckAfterRoutine(KTHREAD self, WORK_QUEUE_ITEM item)
    {
        var irql = self.Processor!.Irql;
        if (irql != Wdm.PASSIVE_LEVEL)
        {
            // WORKER_THREAD_RETURNED_AT_BAD_IRQL: P2 IRQL, P4 the work item.
            _machine.RaiseBugCheck(Wdm.WORKER_THREAD_RETURNED_AT_BAD_IRQL, 0, (ulong)irql, 0, item.Address,
                $"work item routine returned at IRQL {(int)irql}");
        }

        if (self.KernelApcDisable != 0 || self.SpecialApcDisable != 0)
        {
            // APC_INDEX_MISMATCH: P3 CombinedApcDisable, P4 1 = worker routine.
            var combined = ((ulong)(ushort)self.SpecialApcDisable << 16) | (ushort)self.KernelApcDisable;
            _machine.RaiseBugCheck(Wdm.APC_INDEX_MISMATCH, 0, 0, combined, 1,
                "work item routine returned with APCs disabled (an unbalanced KeEnterCriticalRegion or KeEnterGuardedRegion)");
        }

        if (self.OwnedMutexes.Count > 0)
        {
            // SYSTEM_EXIT_OWNED_MUTEX: P3 the work item.
            _machine.RaiseBugCheck(Wdm.SYSTEM_EXIT_OWNED_MUTEX, 0, 0, item.Address, 0,
                $"work item routine returned owning {self.OwnedMutexes[0].Describe()}");
        }
    }

    private static string QueueName(WORK_QUEUE_TYPE type) => type switch
    {
        Wdm.CriticalWorkQueue => "Critical",
        Wdm.DelayedWorkQueue => "Delayed",
        _ => "HyperCritical",
    };
}
