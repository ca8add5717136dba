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

    /// <summary>The ready threads of the highest ready priority (of those that may run on <paramref name="p"/>
    /// if given), in queue order (lock held; the list is valid until the next call).</summary>
    private List<KTHREAD> HighestReady(Processor? p = null)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        _top.Clear();
        var highest = p is null ? HighestReadyPriority() : HighestReadyPriorityFor(p);
        foreach (var t in ReadyQueue)
        {
            if (t.Priority == highest && (p is null || t.CanRunOn(p)))
            {
                _top.Add(t);
            }
        }

        return _top;
    }

    /// <summary>While a ready thread outranks the lowest-priority thread running below DISPATCH_LEVEL
    /// outside a DPC on a processor of its affinity, the highest such thread takes that thread's
    /// processor; the thread it displaces goes to the head of the ready queue (a preempted thread
    /// keeps its turn among its equals).</summary>
    private void EnforcePriorities()
    {
        while (ReadyQueue.Count > 0)
        {
            // The ready threads that outrank a preemptible thread on a processor they may run on, the highest first.
            _top.Clear();
            var best = -1;
            foreach (var t in ReadyQueue)
            {
                if (t.Priority >= best && LowestPreemptibleFor(t) < t.Priority)
                {
                    if (t.Priority > best)
                    {
                        best = t.Priority;
                        _top.Clear();
                    }

                    _top.Add(t);
                }
            }

            if (_top.Count == 0)
            {
                return;
            }

            var thread = _top.Count == 1 ? _top[0] : _top[_strategy.NextThread(_top)];
            var lowest = LowestPreemptibleFor(thread);
            _processors.Clear();
            foreach (var p in Processors)
            {
                if (IsPreemptible(p) && p.Current.Priority == lowest && thread.CanRunOn(p))
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

    /// <summary>The lowest priority of a preemptible thread on a processor <paramref name="ready"/> may run on, or int.MaxValue.</summary>
    private int LowestPreemptibleFor(KTHREAD ready)
    {
        var lowest = int.MaxValue;
        foreach (var p in Processors)
        {
            if (IsPreemptible(p) && ready.CanRunOn(p))
            {
                lowest = Math.Min(lowest, p.Current.Priority);
            }
        }

        return lowest;
    }

    /// <summary>After a decision: no ready thread outranks a thread running below DISPATCH_LEVEL
    /// outside a DPC (Debug builds; no allocation).</summary>
    [Conditional("DEBUG")]
    private void AssertPrioritiesHold()
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        foreach (var p in Processors)
        {
            var highest = HighestReadyPriorityFor(p);
            Debug.Assert(!IsPreemptible(p) || p.Current.Priority >= highest,
                $"ready priority {highest} outranks {p.Current} (priority {p.Current.Priority}) running on {p}");
        }
    }
}
