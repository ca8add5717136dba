namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeFlushQueuedDpcs: returns once every DPC queued on any processor when it was called
    /// has run (an unload routine calls it so that no DPC of the driver runs after the image goes).
    /// The caller waits, so it must be below DISPATCH_LEVEL (documented: PASSIVE_LEVEL).</summary>
    public static void KeFlushQueuedDpcs()
    {
        var thread = DdiGate.Enter(DdiTable.KeFlushQueuedDpcs);
        var machine = thread.Machine!;
        Waits.RequireWaitIrql(thread, null, null);
        while (DpcsPending(machine))
        {
            // Let the processors drain their queues: in deterministic mode virtual time does not
            // advance past this 100 ns wait while any processor still has a DPC queued.
            machine.Scheduler.Wait(thread, [], WaitAny, KernelMode, false, -1);
        }
    }

    private static bool DpcsPending(Machine machine)
    {
        lock (machine.Scheduler.Lock)
        {
            foreach (var processor in machine.Scheduler.Processors)
            {
                if (processor.HasPendingDpcs || processor.DpcActive)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
