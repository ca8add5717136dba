using System.Diagnostics;

namespace NtSim;

/// <summary>
/// Deterministic mode. Exactly one .NET thread executes at a time: the holder of the baton. At
/// every scheduling point the holder lists the enabled choices (itself first, then the threads of
/// the other processors in processor order, then ready threads that could take the processor of a
/// thread of their priority below DISPATCH_LEVEL) and the seeded strategy picks one, within Windows'
/// priority rules (DeterministicScheduler.Priority.cs, docs/scheduler-priorities.md); the baton
/// passes with a semaphore. When no processor has work, virtual time jumps to the next timer. The host gets the baton back when
/// the run's goal is met, the machine halts, or nothing can run.
/// </summary>
internal sealed partial class DeterministicScheduler : Scheduler
{
    private readonly ISchedulingStrategy _strategy;
    private readonly List<KTHREAD> _candidates = [];
    private readonly List<Processor> _processors = [];
    private readonly SemaphoreSlim _host = new(0);
    private readonly Func<int, bool> _waitForHost;
    private long _now;
    private long _steps;
    private KTHREAD? _last;

    // The run being driven.
    private Func<bool>? _done;
    private long _timeLimit;
    private bool _stopWhenIdle;
    private RunStatus _status;

    internal DeterministicScheduler(Machine machine, int processorCount, ISchedulingStrategy strategy)
        : base(machine, processorCount)
    {
        _strategy = strategy;
        _waitForHost = _host.Wait;
    }

    internal override long InterruptTime => Volatile.Read(ref _now);

    internal override bool IsDeterministic => true;

    internal override RunStatus Drive(Func<bool>? done, TimeSpan? advance)
    {
        lock (Lock)
        {
            if (Machine.IsHalted)
            {
                return Machine.HaltStatus;
            }

            _done = done;
            _stopWhenIdle = done is null;
            _timeLimit = advance is { } span ? _now + span.Ticks : _now + Machine.Options.MaxVirtualTime.Ticks;
            _steps = 0;
            _status = RunStatus.Completed;
            var next = PickNext(null);
            if (next is null)
            {
                return Finish();
            }

            next.Go.Release();
        }

        Watchdog.Wait(_waitForHost);
        lock (Lock)
        {
            return Finish();
        }
    }

    private RunStatus Finish()
    {
        _done = null;
        return Machine.IsHalted ? Machine.HaltStatus : _status;
    }

    internal override void SchedulingPoint(KTHREAD self)
    {
        self.Progress++;
        KTHREAD? next;
        lock (Lock)
        {
            Machine.ThrowIfHalted();
            AssertInvariants();
            QuantumTick(self);
            next = PickNext(self);
            if (next != self)
            {
                Handoff(next);
            }
        }

        if (next != self)
        {
            WaitToRun(self);
        }

        AfterResume(self);
    }

    internal override void Break(KTHREAD self)
    {
        // PickNext hands the machine to the host while the debugger holds it; after Go, a run picks
        // this thread again (it keeps its processor and IRQL meanwhile, as a frozen processor does).
        SchedulingPoint(self);
        Debug.Assert(!Machine.Debugger.IsBroken, "a thread ran while the machine was broken in");
    }

    internal override void Spin(KTHREAD self, KSPIN_LOCK spinLock)
    {
        // The spinner leaves the choice list until the lock is free (it would only burn steps).
        self.SpinningOn = spinLock;
        try
        {
            SchedulingPoint(self);
        }
        finally
        {
            self.SpinningOn = null;
        }
    }

    internal override void Stall(long interval100ns)
    {
        lock (Lock)
        {
            _now += interval100ns;
        }

        DpcWatchdog.Check(KTHREAD.Current, interval100ns);
    }

    internal override void AddExecutingThreads(List<KTHREAD> threads)
    {
        if (Volatile.Read(ref _last) is { State: ThreadState.Running } holder)
        {
            threads.Add(holder);
        }
    }

    protected override bool OnBlocked(KTHREAD self)
    {
        var next = PickNext(self);
        if (next == self)
        {
            return true;
        }

        Handoff(next);
        return false;
    }

    protected override void OnExited(KTHREAD thread) => Handoff(PickNext(thread));

    protected override bool OnIdle(KTHREAD idle)
    {
        var next = PickNext(idle);
        if (next == idle)
        {
            return true;
        }

        Handoff(next);
        return false;
    }

    protected override void OnAssigned(KTHREAD thread)
    {
        // The thread becomes a choice at the next scheduling point; nothing to signal.
    }

    protected override void OnDpcQueued(Processor p)
    {
    }

    protected override void OnTimerInserted(long dueTime)
    {
    }

    protected override void OnHalt() => _host.Release();

    protected override Processor? ChooseIdleProcessor(KTHREAD thread)
    {
        _processors.Clear();
        foreach (var p in Processors)
        {
            if (p.IsIdle && thread.CanRunOn(p))
            {
                _processors.Add(p);
            }
        }

        return _processors.Count == 0 ? null : PickProcessor();
    }

    protected override KTHREAD? TakeReadyFor(Processor p)
    {
        if (ReadyQueue.Count == 0)
        {
            return null;
        }

        // The highest priority first; the strategy chooses among equals.
        var top = HighestReady(p);
        if (top.Count == 0)
        {
            return null;
        }

        var thread = top.Count == 1 ? top[0] : top[_strategy.NextThread(top)];
        ReadyQueue.Remove(thread);
        return thread;
    }

    private void Handoff(KTHREAD? next)
    {
        if (next is null)
        {
            _host.Release();
        }
        else
        {
            next.Go.Release();
        }
    }

    /// <summary>Chooses who runs next; null gives the machine back to the host.</summary>
    private KTHREAD? PickNext(KTHREAD? self)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        if (Machine.IsHalted)
        {
            return null;
        }

        if (Machine.Debugger.IsBroken)
        {
            // Broken into the debugger: nothing runs until it lets the machine go.
            _status = RunStatus.Break;
            return null;
        }

        if (++_steps > Machine.Options.MaxSteps)
        {
            _status = RunStatus.StepLimit;
            RecordStop(_status, self);
            return null;
        }

        while (true)
        {
            ExpireTimers(_now);
            if (_done?.Invoke() == true)
            {
                _status = RunStatus.Completed;
                return null;
            }

            EnforcePriorities();
            BuildCandidates(self);
            if (_candidates.Count > 0)
            {
                break;
            }

            // Nothing can run now: let time pass up to the next timer, if the run allows.
            var due = NextTimerDue;
            if (due != long.MaxValue && due <= _timeLimit)
            {
                _now = Math.Max(_now, due);
                continue;
            }

            if (_stopWhenIdle)
            {
                _now = Math.Max(_now, _timeLimit);
                _status = RunStatus.Completed;
            }
            else if (due != long.MaxValue)
            {
                _status = RunStatus.TimeLimit;
                RecordStop(_status, self);
            }
            else
            {
                _status = RunStatus.Deadlock;
                Machine.RecordDeadlock(DescribeDeadlock());
                Trace(TraceKind.Deadlock, "no thread can run");
            }

            return null;
        }

        var choice = _candidates.Count == 1 ? 0 : _strategy.NextThread(_candidates);
        var next = _candidates[choice];
        if (next.State == ThreadState.Ready)
        {
            Preempt(next);
        }
        else if (next == next.Processor!.IdleThread)
        {
            next.Processor.IdleBusy = true;
        }

        AssertPrioritiesHold();
        if (next != _last)
        {
            _last = next;
            if (Machine.Trace.Enabled)
            {
                Machine.Trace.Record(_now, next.Processor!.Number, next.Id, TraceKind.Switch, next.ToString());
            }
        }

        return next;
    }

    private void BuildCandidates(KTHREAD? self)
    {
        _candidates.Clear();
        if (self is not null && CanStep(self))
        {
            _candidates.Add(self);
        }

        // The priorities of the threads a ready thread could take a processor from (bit n: priority n).
        var preemptible = 0u;
        foreach (var p in Processors)
        {
            var t = p.Current;
            if (t != self && CanStep(t))
            {
                _candidates.Add(t);
            }

            if (IsPreemptible(p))
            {
                preemptible |= 1u << t.Priority;
            }
        }

        if (preemptible != 0)
        {
            // Quantum end: a ready thread takes turns with the running threads of its own priority
            // (none ranks higher after EnforcePriorities).
            foreach (var r in ReadyQueue)
            {
                if ((preemptible & (1u << r.Priority)) != 0 && HasPreemptTarget(r))
                {
                    _candidates.Add(r);
                }
            }
        }
    }

    private static bool CanStep(KTHREAD t)
    {
        var p = t.Processor;
        if (p is null || p.Current != t || t.State != ThreadState.Running)
        {
            return false;
        }

        if (t.SpinningOn is { IsHeld: true })
        {
            return false;
        }

        return t != p.IdleThread || p.IdleBusy || p.HasPendingDpcs;
    }

    /// <summary>A ready thread takes the processor of a thread of its priority below DISPATCH_LEVEL
    /// (a quantum end: the thread that leaves goes to the tail of the ready queue).</summary>
    private void Preempt(KTHREAD thread)
    {
        _processors.Clear();
        foreach (var p in Processors)
        {
            if (IsPreemptible(p) && p.Current.Priority == thread.Priority && thread.CanRunOn(p))
            {
                _processors.Add(p);
            }
        }

        var target = PickProcessor();
        var victim = target.Current;
        victim.SavedIrql = target.Irql;
        victim.Processor = null;
        victim.State = ThreadState.Ready;
        victim.QuantumUsed = 0;
        ReadyQueue.Remove(thread);
        ReadyQueue.Add(victim);
        Assign(thread, target);
        if (Machine.Trace.Enabled)
        {
            Machine.Trace.Record(_now, target.Number, thread.Id, TraceKind.Preempt, $"{thread} preempts {victim}");
        }
    }

    /// <summary>Whether a processor of the ready thread's affinity runs a preemptible thread of its priority.</summary>
    private bool HasPreemptTarget(KTHREAD ready)
    {
        foreach (var p in Processors)
        {
            if (IsPreemptible(p) && p.Current.Priority == ready.Priority && ready.CanRunOn(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One of the processors gathered in <see cref="_processors"/>, as the strategy decides.</summary>
    private Processor PickProcessor() =>
        _processors.Count == 1 ? _processors[0] : _processors[_strategy.Next(_processors.Count)];
}
