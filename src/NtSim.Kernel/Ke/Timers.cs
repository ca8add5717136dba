namespace NtSim;

/// <summary>KTIMER's work (KeInitializeTimerEx, KeSetTimerEx, KeCancelTimer) over the scheduler's
/// timer queue (Scheduler.Timers.cs).</summary>
internal static class Timers
{
    internal static void Initialize(Machine machine, KTIMER timer, TIMER_TYPE type)
    {
        lock (machine.Scheduler.Lock)
        {
            timer.Bind(machine, 0x40);
            timer.Type = type;
            timer.SignalState = 0;
            timer.Period = 0;
        }
    }

    /// <summary>(Re)arms the timer on the calling thread's processor, not signaled, with its
    /// period and DPC; returns whether it was already set. The set is tracked to the caller's line.</summary>
    internal static bool Set(KTHREAD thread, KTIMER timer, long dueTime, int period, KDPC? dpc, string file, int line)
    {
        var scheduler = thread.Machine.Scheduler;
        lock (scheduler.Lock)
        {
            var wasSet = scheduler.CancelTimer(timer);
            timer.SignalState = 0;
            timer.Period = period;
            timer.Dpc = dpc;
            timer.Processor = thread.Processor!.Number;
            scheduler.InsertTimer(timer, scheduler.ToDueTime(dueTime));
            scheduler.Track(timer, thread.CurrentModule, file, line);
            return wasSet;
        }
    }

    /// <summary>Takes the timer out of the queue; returns whether it was set.</summary>
    internal static bool Cancel(Machine machine, KTIMER timer)
    {
        lock (machine.Scheduler.Lock)
        {
            return machine.Scheduler.CancelTimer(timer);
        }
    }
}
