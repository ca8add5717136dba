using System.Diagnostics;

namespace NtSim;

/// <summary>
/// Concurrent mode. Every thread that holds a processor runs on its .NET thread in parallel with
/// the others; a thread without a processor sleeps on its semaphore. Ready threads take processors
/// the highest priority first, in FIFO order among equals; a thread below DISPATCH_LEVEL yields at its
/// next scheduling point to a ready thread of a higher priority, and after a 20 ms quantum to one of
/// its own (docs/scheduler-priorities.md).
/// Time is real time; a clock thread expires timers. Deadlock is detected when a run waits on a
/// thread and every processor is idle with no timer pending.
/// </summary>
internal sealed class ConcurrentScheduler : Scheduler
{
    private const long QuantumMilliseconds = 20;

    private readonly long _bootTimestamp = Stopwatch.GetTimestamp();
    private readonly ManualResetEventSlim _host = new(false);
    private readonly Func<int, bool> _waitForHost;
    private Thread? _clock;
    private Func<bool>? _done;
    private bool _stopWhenIdle;
    private RunStatus _status;

    internal ConcurrentScheduler(Machine machine, int processorCount)
        : base(machine, processorCount)
    {
        _waitForHost = _host.Wait;
    }

    internal override long InterruptTime =>
        (long)((Stopwatch.GetTimestamp() - _bootTimestamp) * (10_000_000.0 / Stopwatch.Frequency));

    internal override bool IsDeterministic => false;

    internal override void Start()
    {
        base.Start();
        _clock = new Thread(ClockLoop) { IsBackground = true, Name = "NtSim clock" };
        _clock.Start();
    }

    internal override RunStatus Drive(Func<bool>? done, TimeSpan? advance)
    {
        if (advance is { } span && span > TimeSpan.Zero)
        {
            // Real time passes; the machine runs on its own meanwhile.
            Thread.Sleep(span);
            return Machine.HaltStatus;
        }

        lock (Lock)
        {
            if (Machine.IsHalted)
            {
                return Machine.HaltStatus;
            }

            if (Machine.Debugger.IsBroken)
            {
                return RunStatus.Break;
            }

            _host.Reset();
            _done = done;
            _stopWhenIdle = done is null;
            _status = RunStatus.Completed;
            if (CheckStop())
            {
                return Finish();
            }
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
        _stopWhenIdle = false;
        return Machine.IsHalted ? Machine.HaltStatus : _status;
    }

    internal override void Break(KTHREAD self)
    {
        // The host's run ends with Break; this thread stands still until the debugger lets it go.
        // The other processors go on: freezing them is the kernel debugger's (docs/asserts.md).
        lock (Lock)
        {
            _status = RunStatus.Break;
            _host.Set();
            while (Machine.Debugger.IsBroken)
            {
                Machine.ThrowIfHalted();
                Monitor.Wait(Lock);
            }
        }

        Machine.ThrowIfHalted();
    }

    internal override void SchedulingPoint(KTHREAD self)
    {
        self.Progress++;
        Machine.ThrowIfHalted();
        var p = self.Processor!;
        if (p.HasPendingDpcs && p.Irql < Wdm.DISPATCH_LEVEL && !p.DpcActive)
        {
            DrainDpcs(self, p);
        }

        if (self.PriorityDecrement > 0)
        {
            lock (Lock)
            {
                QuantumTick(self);
            }
        }

        if (ReadyQueue.Count > 0 && p.Irql < Wdm.DISPATCH_LEVEL && !p.DpcActive)
        {
            YieldProcessor(self, Environment.TickCount64 - self.QuantumStart > QuantumMilliseconds);
        }

        if (self.HasKernelApcs)
        {
            Apcs.DeliverKernel(self);
        }
    }

    /// <summary>Gives the processor to the first ready thread of the highest priority if it outranks
    /// the caller, or equals it and the caller's quantum is over.</summary>
    private void YieldProcessor(KTHREAD self, bool quantumOver)
    {
        lock (Lock)
        {
            Machine.ThrowIfHalted();
            var highest = HighestReadyPriorityFor(self.Processor!);
            if (highest < 0 || highest < self.Priority || (highest == self.Priority && !quantumOver))
            {
                return;
            }

            var p = self.Processor!;
            var next = TakeReadyFor(p)!;
            self.SavedIrql = p.Irql;
            self.Processor = null;
            self.State = ThreadState.Ready;
            ReadyQueue.Add(self);
            Assign(next, p);
            OnAssigned(next);
        }

        WaitToRun(self);
        AfterResume(self);
    }

    internal override void Spin(KTHREAD self, KSPIN_LOCK spinLock)
    {
        self.Progress++;
        Machine.ThrowIfHalted();
        Thread.SpinWait(20);
    }

    internal override void Stall(long interval100ns)
    {
        var end = Stopwatch.GetTimestamp() + (long)(interval100ns * (Stopwatch.Frequency / 10_000_000.0));
        var spinner = default(SpinWait);
        while (Stopwatch.GetTimestamp() < end)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }

        DpcWatchdog.Check(KTHREAD.Current, interval100ns);
    }

    internal override void AddExecutingThreads(List<KTHREAD> threads)
    {
        foreach (var p in Processors)
        {
            var t = p.Current;
            if (t is not null && (t != p.IdleThread || p.IdleBusy))
            {
                threads.Add(t);
            }
        }
    }

    protected override bool OnBlocked(KTHREAD self)
    {
        CheckStop();
        return false;
    }

    protected override void OnExited(KTHREAD thread) => CheckStop();

    protected override bool OnIdle(KTHREAD idle)
    {
        CheckStop();
        return false;
    }

    protected override void OnAssigned(KTHREAD thread)
    {
        thread.QuantumStart = Environment.TickCount64;
        thread.Go.Release();
    }

    protected override void OnDpcQueued(Processor p)
    {
        if (p.Current == p.IdleThread && !p.IdleBusy)
        {
            p.IdleBusy = true;
            p.IdleThread.Go.Release();
        }
    }

    protected override void OnTimerInserted(long dueTime) => Monitor.PulseAll(Lock);

    protected override void OnHalt() => _host.Set();

    protected override Processor? ChooseIdleProcessor(KTHREAD thread)
    {
        foreach (var p in Processors)
        {
            if (p.IsIdle && thread.CanRunOn(p))
            {
                return p;
            }
        }

        return null;
    }

    protected override KTHREAD? TakeReadyFor(Processor p)
    {
        // The highest priority first, FIFO among equals, of the threads that may run on p.
        var index = -1;
        for (var i = 0; i < ReadyQueue.Count; i++)
        {
            if (ReadyQueue[i].CanRunOn(p) && (index < 0 || ReadyQueue[i].Priority > ReadyQueue[index].Priority))
            {
                index = i;
            }
        }

        if (index < 0)
        {
            return null;
        }

        var thread = ReadyQueue[index];
        ReadyQueue.RemoveAt(index);
        return thread;
    }

    /// <summary>Wakes the host if the run is over (lock held). Returns whether it is.</summary>
    private bool CheckStop()
    {
        if (_done is null && !_stopWhenIdle)
        {
            return false;
        }

        if (_done?.Invoke() == true)
        {
            _status = RunStatus.Completed;
            _host.Set();
            return true;
        }

        if (!AllIdle())
        {
            return false;
        }

        if (_stopWhenIdle)
        {
            _status = RunStatus.Completed;
            _host.Set();
            return true;
        }

        if (!HasTimers)
        {
            _status = RunStatus.Deadlock;
            Machine.RecordDeadlock(DescribeDeadlock());
            _host.Set();
            return true;
        }

        return false;
    }

    private bool AllIdle()
    {
        if (ReadyQueue.Count > 0)
        {
            return false;
        }

        foreach (var p in Processors)
        {
            if (!p.IsIdle)
            {
                return false;
            }
        }

        return true;
    }

    private void ClockLoop()
    {
        lock (Lock)
        {
            while (!Machine.IsHalted)
            {
                var now = InterruptTime;
                ExpireTimers(now);
                CheckStop();
                var due = NextTimerDue;
                var waitMs = due == long.MaxValue ? 100 : (int)Math.Clamp((due - now) / 10_000, 0, 100);
                Monitor.Wait(Lock, waitMs);
            }
        }
    }
}
