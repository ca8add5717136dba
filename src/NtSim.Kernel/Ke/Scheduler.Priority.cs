using System.Diagnostics;

namespace NtSim;

internal abstract partial class Scheduler
{
    // The priority increment the signal being made gives the waiters it releases (lock held).
    private int _wakeIncrement;

    /// <summary><see cref="SignalObject(DispatcherObject)"/> whose released waiters get
    /// <paramref name="increment"/> (KeSetEvent's Increment, IoCompleteRequest's PriorityBoost ...).</summary>
    internal void SignalObject(DispatcherObject obj, int increment)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        _wakeIncrement = increment;
        try
        {
            SignalObject(obj);
        }
        finally
        {
            _wakeIncrement = 0;
        }
    }

    /// <summary>A waiter is released: the boost of the signal that released it (none for a timeout,
    /// an alert or a signal without increment).</summary>
    private void BoostWoken(KTHREAD thread)
    {
        if (_wakeIncrement > 0)
        {
            Priorities.BoostOnWake(thread, _wakeIncrement);
        }
    }

    /// <summary>KeSetPriorityThread at its core: the thread's current priority becomes
    /// <paramref name="priority"/> and stays (no decay); returns the old one. A thread that now ranks
    /// below a ready thread loses its processor at the next scheduling point.</summary>
    internal int SetPriority(KTHREAD thread, int priority)
    {
        lock (Lock)
        {
            var old = thread.Priority;
            thread.Priority = priority;
            thread.PriorityDecrement = 0;
            thread.QuantumUsed = 0;
            Trace(TraceKind.Thread, $"priority {thread} {old} -> {priority}");
            return old;
        }
    }

    /// <summary>KeSetBasePriorityThread and SetThreadPriority at their core: a new base priority;
    /// the current priority becomes the base (a boost in progress ends). Returns the old base.</summary>
    internal int SetBasePriority(KTHREAD thread, int basePriority)
    {
        lock (Lock)
        {
            var old = thread.BasePriority;
            thread.BasePriority = basePriority;
            thread.Priority = basePriority;
            thread.PriorityDecrement = 0;
            thread.QuantumUsed = 0;
            Trace(TraceKind.Thread, $"base priority {thread} {old} -> {basePriority}");
            return old;
        }
    }

    /// <summary>The running thread takes a scheduling point: its quantum runs; a boost decays one
    /// level at the quantum's end (lock held in deterministic mode; the thread's own fields).</summary>
    protected static void QuantumTick(KTHREAD self)
    {
        if (self.Kind != ThreadKind.Idle)
        {
            Priorities.Tick(self);
        }
    }

    /// <summary>The highest priority in the ready queue, or -1 (lock held).</summary>
    protected int HighestReadyPriority()
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        var highest = -1;
        foreach (var t in ReadyQueue)
        {
            highest = Math.Max(highest, t.Priority);
        }

        return highest;
    }

    /// <summary>Whether the thread running on <paramref name="p"/> may lose it to a ready thread:
    /// a thread (not the idle thread) below DISPATCH_LEVEL, outside a DPC.</summary>
    protected static bool IsPreemptible(Processor p) =>
        p.Current != p.IdleThread && p.Irql < Wdm.DISPATCH_LEVEL && !p.DpcActive;
}
