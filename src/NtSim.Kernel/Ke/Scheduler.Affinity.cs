namespace NtSim;

internal abstract partial class Scheduler
{
    /// <summary>Sets the running thread's affinity. A thread whose processor leaves its mask gives
    /// the processor up and runs on, once rescheduled, on a processor of the mask, as
    /// KeSetSystemAffinityThread returns on one. At DISPATCH_LEVEL the thread cannot switch: it keeps
    /// its processor until it next leaves it (Windows moves it when the IRQL drops; NtSim does not yet).</summary>
    internal void SetAffinity(KTHREAD self, ulong mask)
    {
        var goOn = true;
        lock (Lock)
        {
            Machine.ThrowIfHalted();
            self.Affinity = mask;
            if (self.CanRunOn(self.Processor!) || self.Processor!.Irql >= Wdm.DISPATCH_LEVEL)
            {
                return;
            }

            if (Machine.Trace.Enabled)
            {
                Trace(TraceKind.Thread, $"{self} leaves P{self.Processor!.Number} for affinity 0x{mask:X}");
            }

            ReleaseProcessor(self);
            MakeReady(self);
            goOn = OnBlocked(self);
        }

        if (!goOn)
        {
            WaitToRun(self);
        }

        AfterResume(self);
    }

    /// <summary>The highest priority of a ready thread that may run on <paramref name="p"/>, or -1 (lock held).</summary>
    protected int HighestReadyPriorityFor(Processor p)
    {
        var highest = -1;
        foreach (var t in ReadyQueue)
        {
            if (t.CanRunOn(p))
            {
                highest = Math.Max(highest, t.Priority);
            }
        }

        return highest;
    }
}
