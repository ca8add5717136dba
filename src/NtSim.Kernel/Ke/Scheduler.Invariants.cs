using System.Diagnostics;

namespace NtSim;

internal abstract partial class Scheduler
{
    /// <summary>Checks the dispatcher's invariants (the class comment's list) in Debug builds; the
    /// caller holds <see cref="Lock"/> at a point where no switch is half done.</summary>
    [Conditional("DEBUG")]
    internal void AssertInvariants()
    {
        Debug.Assert(Monitor.IsEntered(Lock), "the dispatcher's invariants are checked under its lock");
        // No allocation: the steady-state tests count every byte a run allocates.
        for (var i = 0; i < Processors.Length; i++)
        {
            var p = Processors[i];
            // Every processor has a Current thread: a Running thread, or its idle thread.
            var current = p.Current;
            Debug.Assert(current is not null, $"processor {p.Number} has no current thread");
            Debug.Assert(current == p.IdleThread || current.State == ThreadState.Running,
                $"processor {p.Number} runs {current}, which is {current.State}");
            for (var j = 0; j < i; j++)
            {
                Debug.Assert(current == p.IdleThread || Processors[j].Current != current, $"{current} is the current thread of two processors");
            }
        }

        foreach (var ready in ReadyQueue)
        {
            // A thread is Ready iff it is in the ready queue, and a ready thread has no processor's place.
            Debug.Assert(ready.State == ThreadState.Ready, $"{ready} is in the ready queue but {ready.State}");
            foreach (var p in Processors)
            {
                Debug.Assert(p.Current != ready, $"{ready} is both ready and running");
            }
        }
    }
}
