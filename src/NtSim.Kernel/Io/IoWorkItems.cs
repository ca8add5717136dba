namespace NtSim;

/// <summary>IO_WORKITEM's work (IoQueueWorkItem(Ex)): the device object is referenced while the
/// item is queued and running, so its driver cannot unload under it; the routine runs in the
/// driver's module on a system worker thread.</summary>
internal static class IoWorkItems
{
    internal static void Queue(KTHREAD thread, IO_WORKITEM item, Delegate routine, WORK_QUEUE_TYPE queueType, Action run, string file, int line)
    {
        var machine = thread.Machine;
        var header = item.Device.Header!;
        machine.ObjectManager.Reference(header);
        item.Item.WorkerRoutine = _ =>
        {
            try
            {
                run();
            }
            finally
            {
                machine.ObjectManager.Dereference(header);
            }
        };
        item.Item.Parameter = null;
        item.Item.Module = machine.Modules.For(routine);
        item.Item.RoutineMethod = routine.Method;
        WorkItems.Queue(thread, item.Item, queueType, file, line);
    }
}
