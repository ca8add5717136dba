using System.Diagnostics;

namespace NtSim;

/// <summary>
/// Windows' priority rules in deterministic mode (docs/scheduler-priorities.md). Before the choice
/// list is built, a ready thread of a strictly higher priority than a preemptible running thread
/// takes that processor at once, as Windows preempts; what is left for the strategy are the choices
/// the rules allow: the running threads (processors run in parallel, so their interleaving is
/// free) and the ready threads of the same priority as a preemptible running thread (round robin at
/// quantum end). With every thread at one priority the choice lists are those of a scheduler
/// without priorities, so a seed replays as before.
/// </summary>
internal sealed partial class DeterministicScheduler
{
    private readonly List<KTHREAD> _top = [];

    /// <summary>The ready threads of the highest ready priority, in queue order (lock held; the list
    /// is valid until the next call).</summary>
    private List<KTHREAD> HighestReady()
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        _top.Clear();
        var highest = HighestReadyPriority();
        foreach (var t in ReadyQueue)
        {
            if (t.Priority == highest)
            {
                _top.Add(t);
            }
        }

        return _top;
    }

    /// <summary>While the highest-priority ready thread outranks the lowest-priority thread running
    /// below DISPATCH_LEVEL outside a DPC, it takes that thread's processor; the thread it displaces
    /// goes to the head of the ready queue (a preempted thread keeps its turn among its equals).</summary>
    private void EnforcePriorities()
    {
        while (ReadyQueue.Count > 0)
        {
            var lowest = int.MaxValue;
            foreach (var p in Processors)
            {
                if (IsPreemptible(p))
                {
                    lowest = Math.Min(lowest, p.Current.Priority);
                }
            }

            var top = HighestReady();
            if (lowest == int.MaxValue || top[0].Priority <= lowest)
            {
                return;
            }

            var thread = top.Count == 1 ? top[0] : top[_strategy.NextThread(top)];
            _processors.Clear();
            foreach (var p in Processors)
            {
                if (IsPreemptible(p) && p.Current.Priority == lowest)
                {
                    _processors.Add(p);
                }
            }

            var target = PickProcessor();
            var victim = target.Current;
            victim.SavedIrql = target.Irql;
            victim.Processor = null;
            victim.State = ThreadState.Ready;
            ReadyQueue.Remove(thread);
            ReadyQueue.Insert(0, victim);
            Assign(thread, target);
            if (Machine.Trace.Enabled)
            {
                Machine.Trace.Record(InterruptTime, target.Number, thread.Id, TraceKind.Preempt,
                    $"{thread} (priority {thread.Priority}) preempts {victim} (priority {victim.Priority})");
            }
        }
    }

    /// <summary>After a decision: no ready thread outranks a thread running below DISPATCH_LEVEL
    /// outside a DPC (Debug builds; no allocation).</summary>
    [Conditional("DEBUG")]
    private void AssertPrioritiesHold()
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        var highest = HighestReadyPriority();
        foreach (var p in Processors)
        {
            Debug.Assert(!IsPreemptible(p) || p.Current.Priority >= highest,
                $"ready priority {highest} outranks {p.Current} (priority {p.Current.Priority}) running on {p}");
        }
    }
}
