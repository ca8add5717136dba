using System.Diagnostics;

namespace NtSim;

internal abstract partial class Scheduler
{
    // Timers by (due time, insertion order); a cancelled or re-set timer leaves a stale entry
    // behind, recognised by its generation.
    private readonly PriorityQueue<(KTIMER Timer, int Generation), (long Due, long Sequence)> _timers = new();
    private long _timerSequence;

    internal bool HasTimers
    {
        get
        {
            DropStaleTimers();
            return _timers.Count > 0;
        }
    }

    internal long NextTimerDue
    {
        get
        {
            DropStaleTimers();
            return _timers.TryPeek(out _, out var priority) ? priority.Due : long.MaxValue;
        }
    }

    /// <summary>Inserts (or re-inserts) a timer; returns whether it was already inserted.</summary>
    internal bool InsertTimer(KTIMER timer, long dueTime)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        var wasInserted = timer.Inserted;
        timer.Generation++;
        timer.DueTime = dueTime;
        timer.Inserted = true;
        _timers.Enqueue((timer, timer.Generation), (dueTime, _timerSequence++));
        OnTimerInserted(dueTime);
        return wasInserted;
    }

    internal bool CancelTimer(KTIMER timer)
    {
        if (!timer.Inserted)
        {
            return false;
        }

        timer.Inserted = false;
        timer.Generation++;
        Untrack(timer);
        return true;
    }

    /// <summary>Records a timer a driver set, with the line that set it, until it expires or is cancelled.</summary>
    internal void Track(KTIMER timer, KernelModule module, string file, int line)
    {
        Untrack(timer);
        var kind = timer.Period > 0 ? $"periodic ({timer.Period} ms)" : "one-shot";
        timer.TrackHandle = Machine.Tracking.Track(ResourceKind.Timer, module, timer.Address, 0, 0, default, file, line,
            $"{timer.KindName} {kind}{(timer.Dpc is null ? "" : " with DPC " + timer.Dpc.RoutineName)}");
    }

    private void Untrack(KTIMER timer)
    {
        if (timer.TrackHandle >= 0)
        {
            Machine.Tracking.Untrack(timer.TrackHandle);
            timer.TrackHandle = -1;
        }
    }

    /// <summary>Expires every timer due at or before <paramref name="now"/>: signals it, wakes its
    /// waiters, re-arms a periodic timer and queues its DPC.</summary>
    internal void ExpireTimers(long now)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        while (_timers.TryPeek(out var entry, out var priority) && priority.Due <= now)
        {
            _timers.Dequeue();
            var timer = entry.Timer;
            if (!timer.Inserted || timer.Generation != entry.Generation)
            {
                continue;
            }

            timer.Inserted = false;
            if (timer.Period == 0)
            {
                Untrack(timer);
            }

            if (timer.TimeoutThread is { } waiter)
            {
                if (waiter.State == ThreadState.Waiting)
                {
                    Unwait(waiter, waiter.WaitStatus);
                }

                continue;
            }

            if (Machine.Trace.Enabled)
            {
                Trace(TraceKind.Timer, timer.Describe());
            }

            timer.SignalState = 1;
            SignalObject(timer);
            if (timer.Period > 0)
            {
                InsertTimer(timer, timer.DueTime + (timer.Period * 10_000L));
            }

            if (timer.Dpc is { } dpc)
            {
                // The DPC gets the expiry's system time, low part then high part (KeSetTimerEx).
                var systemTime = Machine.SystemTimeAtBoot + timer.DueTime;
                QueueDpc(dpc, Processors[dpc.TargetProcessor >= 0 ? dpc.TargetProcessor : timer.Processor], (uint)systemTime, (int)(systemTime >> 32));
            }
        }
    }

    /// <summary>Drops the queue entries of cancelled and re-set timers, wherever they are in the
    /// queue (at image unload: a cancelled timer must not keep the driver's DPC alive). Lock held.</summary>
    internal void DropCancelledTimers()
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        var live = _timers.UnorderedItems.Where(e => e.Element.Timer.Inserted && e.Element.Timer.Generation == e.Element.Generation).ToList();
        if (live.Count == _timers.Count)
        {
            return;
        }

        _timers.Clear();
        foreach (var (element, priority) in live)
        {
            _timers.Enqueue(element, priority);
        }
    }

    private void DropStaleTimers()
    {
        while (_timers.TryPeek(out var entry, out _) && (!entry.Timer.Inserted || entry.Timer.Generation != entry.Generation))
        {
            _timers.Dequeue();
        }
    }
}
