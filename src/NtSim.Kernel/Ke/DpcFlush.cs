namespace NtSim;

/// <summary>KeFlushQueuedDpcs's work: wait until no processor has a DPC queued or running.</summary>
internal static class DpcFlush
{
    internal static void Flush(KTHREAD thread)
    {
        var machine = thread.Machine;
        while (Pending(machine))
        {
            // Let the processors drain their queues: in deterministic mode virtual time does not
            // advance past this 100 ns wait while any processor still has a DPC queued.
            machine.Scheduler.Wait(thread, [], Wdm.WaitAny, Wdm.KernelMode, false, -1, Wdm.Executive);
        }
    }

    private static bool Pending(Machine machine)
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
