using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The dispatcher: processors, the ready queue, thread states, waits, timers and DPC queues.
///
/// Invariants (all under <see cref="Lock"/>, the dispatcher lock):
/// - every processor has a Current thread: a thread in state Running, or its idle thread;
/// - a thread is Running iff it is some processor's Current, Ready iff it is in the ready queue,
///   Waiting iff it has wait blocks in the wait lists of the objects it waits on;
/// - a .NET thread executes simulated code only while its thread is Running (in deterministic
///   mode, additionally, only the one thread holding the baton executes);
/// - a processor at DISPATCH_LEVEL or above is never taken from its thread.
/// The two execution modes differ only in who runs when: see DeterministicScheduler and
/// ConcurrentScheduler.
/// </summary>
internal abstract partial class Scheduler
{
    private int _nextThreadId;

    protected Scheduler(Machine machine, int processorCount)
    {
        Machine = machine;
        Watchdog = new HangWatchdog(this);
        Processors = new Processor[processorCount];
        for (var i = 0; i < processorCount; i++)
        {
            Processors[i] = new Processor(i);
        }
    }

    /// <summary>The dispatcher lock. A plain monitor so the concurrent clock can Monitor.Wait on it.</summary>
    internal object Lock { get; } = new();

    internal Machine Machine { get; }

    /// <summary>Watches for a hung thread while the host waits for a run (<see cref="MachineOptions.HangTimeout"/>).</summary>
    protected HangWatchdog Watchdog { get; }

    internal Processor[] Processors { get; }

    /// <summary>Threads ready to run but without a processor, oldest first.</summary>
    protected List<KTHREAD> ReadyQueue { get; } = [];

    /// <summary>Every thread created (idle threads included), in creation order.</summary>
    internal List<KTHREAD> Threads { get; } = [];

    /// <summary>Interrupt time: 100 ns units since boot.</summary>
    internal abstract long InterruptTime { get; }

    internal abstract bool IsDeterministic { get; }

    /// <summary>Creates the idle threads and starts the mode's own machinery.</summary>
    internal virtual void Start()
    {
        foreach (var p in Processors)
        {
            var idle = NewThread($"Idle{p.Number}", ThreadKind.Idle, Machine.Modules.Kernel, null);
            p.IdleThread = idle;
            p.Current = idle;
            idle.Processor = p;
            idle.State = ThreadState.Running;
            StartHostThread(idle);
        }
    }

    internal KTHREAD CreateThread(string name, ThreadKind kind, KernelModule module, Action start, Action<KTHREAD>? initialize = null)
    {
        var thread = NewThread(name, kind, module, start);
        initialize?.Invoke(thread);
        StartHostThread(thread);
        lock (Lock)
        {
            Machine.ThrowIfHalted();
            thread.State = ThreadState.Ready;
            Trace(TraceKind.Thread, $"create {thread}");
            MakeReady(thread);
        }

        return thread;
    }

    /// <summary>A new client id for a process: threads and processes share one id space, as in the
    /// CID table of Windows.</summary>
    internal int AllocateClientId() => Interlocked.Add(ref _nextThreadId, 4) + 4;

    private KTHREAD NewThread(string name, ThreadKind kind, KernelModule module, Action? start)
    {
        KTHREAD thread;
        lock (Lock)
        {
            // Idle threads have id 0, as on Windows; 4 is the System process's id.
            var id = kind == ThreadKind.Idle ? 0 : Interlocked.Add(ref _nextThreadId, 4) + 4;
            thread = new KTHREAD(Machine, id, name, kind, module) { StartRoutine = start };
            thread.InitializePriority(kind == ThreadKind.Idle ? Priorities.Idle : Priorities.Normal);
            Threads.Add(thread);
        }

        return thread;
    }

    private void StartHostThread(KTHREAD thread)
    {
        CarrierThreads.Start($"NtSim {thread}", () =>
        {
            thread.HostThread = Thread.CurrentThread;
            try
            {
                ThreadMain(thread);
            }
            finally
            {
                // The carrier may take another simulated thread next.
                KTHREAD.SetCurrent(null);
            }
        });
    }

    private void ThreadMain(KTHREAD thread)
    {
        KTHREAD.SetCurrent(thread);
        thread.SetStackBudget(KernelStack.HostStackSize - KernelStack.Reserve);
        try
        {
            WaitToRun(thread);
            AfterResume(thread);
            if (thread.Kind == ThreadKind.Idle)
            {
                IdleLoop(thread);
            }
            else
            {
                thread.StartRoutine!();
                ThreadRules.OnExit(thread);
            }
        }
        catch (ThreadTerminatedException terminated)
        {
            thread.ExitStatus = terminated.ExitStatus;
            if (!TryRun(() => ThreadRules.OnExit(thread)))
            {
                return;
            }
        }
        catch (Exception e) when (e is BugCheckException or MachineHaltedException)
        {
            return;
        }
        catch (Exception e)
        {
            // PspSystemThreadStartup's exception filter: an exception leaving a system thread.
            TryRun(() => Machine.BugCheckForException(Wdm.SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, e));
            return;
        }

        TryRun(() => Exit(thread));
    }

    private static bool TryRun(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (e is BugCheckException or MachineHaltedException)
        {
            return false;
        }
    }

    private void IdleLoop(KTHREAD idle)
    {
        var p = idle.Processor!;
        while (true)
        {
            idle.Progress++;
            DrainDpcs(idle, p);
            bool resume;
            lock (Lock)
            {
                Machine.ThrowIfHalted();
                if (p.HasPendingDpcs)
                {
                    continue;
                }

                p.IdleBusy = false;
                p.Irql = Wdm.PASSIVE_LEVEL;
                var ready = TakeReadyFor(p);
                if (ready is not null)
                {
                    Assign(ready, p);
                    OnAssigned(ready);
                }

                resume = OnIdle(idle);
            }

            if (!resume)
            {
                WaitToRun(idle);
            }
        }
    }

    /// <summary>Puts a thread that became runnable on an idle processor, or in the ready queue.</summary>
    protected void MakeReady(KTHREAD thread)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        thread.State = ThreadState.Ready;
        var idle = ChooseIdleProcessor(thread);
        if (idle is not null)
        {
            Assign(thread, idle);
            OnAssigned(thread);
        }
        else
        {
            ReadyQueue.Add(thread);
        }
    }

    protected static void Assign(KTHREAD thread, Processor p)
    {
        p.Current = thread;
        p.Irql = thread.SavedIrql;
        thread.Processor = p;
        thread.State = ThreadState.Running;
    }

    /// <summary>The thread leaves its processor (it waits or ends); the processor takes a ready
    /// thread or goes back to its idle thread.</summary>
    protected void ReleaseProcessor(KTHREAD thread)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        var p = thread.Processor!;
        thread.SavedIrql = p.Irql;
        thread.Processor = null;
        var ready = TakeReadyFor(p);
        if (ready is not null)
        {
            Assign(ready, p);
            OnAssigned(ready);
        }
        else
        {
            p.Current = p.IdleThread;
            p.Irql = Wdm.PASSIVE_LEVEL;
            if (p.HasPendingDpcs)
            {
                OnDpcQueued(p);
            }
        }
    }

    /// <summary>Concurrent mode: makes the calling host thread a simulated thread (a system thread
    /// unless <paramref name="kind"/> says otherwise) holding a processor (it waits for one if all
    /// are busy), so it can call DDIs directly. <paramref name="setup"/> runs before the thread is ready.</summary>
    internal KTHREAD Attach(string name, KernelModule module, ThreadKind kind = ThreadKind.System, Action<KTHREAD>? setup = null)
    {
        if (IsDeterministic)
        {
            throw new InvalidOperationException("Only a concurrent-mode machine can adopt a host thread; in deterministic mode use machine.Run.");
        }

        if (KTHREAD.Current is not null)
        {
            throw new InvalidOperationException("The calling thread is already a simulated thread.");
        }

        var thread = NewThread(name, kind, module, null);
        thread.HostThread = Thread.CurrentThread;
        thread.IsAdopted = true;
        setup?.Invoke(thread);
        lock (Lock)
        {
            Machine.ThrowIfHalted();
            MakeReady(thread);
        }

        KTHREAD.SetCurrent(thread);
        thread.SetStackBudget(KernelStack.AdoptedBudget);
        WaitToRun(thread);
        return thread;
    }

    /// <summary>Ends an attached thread and gives its host thread back.</summary>
    internal void Detach(KTHREAD thread)
    {
        try
        {
            TryRun(() => Exit(thread));
        }
        finally
        {
            KTHREAD.SetCurrent(null);
        }
    }

    /// <summary>Ends a thread: signals the thread object and gives up the processor.</summary>
    private void Exit(KTHREAD thread)
    {
        lock (Lock)
        {
            Machine.ThrowIfHalted();
            thread.State = ThreadState.Terminated;
            thread.SignalState = 1;
            // The start routine ran: let go of it (it may be a driver's code that must be collectible).
            thread.StartRoutine = null;
            Trace(TraceKind.Thread, $"exit {thread} {NtNames.Format(thread.ExitStatus)}");
            if (thread.TrackHandle >= 0)
            {
                Machine.Tracking.Untrack(thread.TrackHandle);
                thread.TrackHandle = -1;
            }

            SignalObject(thread);
            Queues.OnExit(this, thread);
            ReleaseProcessor(thread);
            OnExited(thread);
        }
    }

    /// <summary>Runs the pending DPCs of the processor of <paramref name="thread"/> on that thread if its IRQL
    /// allows: after a thread resumes, as an interrupt would be delivered.</summary>
    internal void AfterResume(KTHREAD thread)
    {
        if (thread.Module.IsUnloaded && thread.Kind == ThreadKind.System && !Machine.IsHalted)
        {
            // The thread returns into the image of a driver that was unloaded under it.
            UnloadedCode.Raise(Machine, thread.Module, thread.StartAddress, $"system thread {thread} of {thread.Module.Name}");
        }

        var p = thread.Processor;
        if (p is not null && p.HasPendingDpcs && p.Irql < Wdm.DISPATCH_LEVEL && !p.DpcActive)
        {
            DrainDpcs(thread, p);
        }

        if (thread.HasKernelApcs)
        {
            // The APC interrupt, after the DPC one (docs/apcs.md).
            Apcs.DeliverKernel(thread);
        }
    }

    internal void WaitToRun(KTHREAD thread)
    {
        thread.Go.Wait();
        thread.Progress++;
        Machine.ThrowIfHalted();
    }

    /// <summary>Wakes every simulated thread so it can unwind (the machine halted).</summary>
    internal void ReleaseAll()
    {
        lock (Lock)
        {
            foreach (var t in Threads)
            {
                t.Go.Release();
            }

            OnHalt();
            Monitor.PulseAll(Lock);
        }
    }

    internal void Trace(TraceKind kind, string detail)
    {
        if (Machine.Trace.Enabled)
        {
            var t = KTHREAD.Current;
            Machine.Trace.Record(InterruptTime, t?.Processor?.Number ?? -1, t?.Id ?? -1, kind, detail);
        }
    }

    // Mode hooks, all called with the dispatcher lock held unless stated.

    /// <summary>A scheduling point of the running thread (lock not held).</summary>
    internal abstract void SchedulingPoint(KTHREAD self);

    /// <summary>The running thread spins on a held spin lock (lock not held).</summary>
    internal abstract void Spin(KTHREAD self, KSPIN_LOCK spinLock);

    /// <summary>The thread has released its processor to wait: hand the machine to someone.
    /// Returns true if the thread itself can go on at once.</summary>
    protected abstract bool OnBlocked(KTHREAD self);

    protected abstract void OnExited(KTHREAD thread);

    /// <summary>The idle thread parks. Returns true if it can go on at once (more work).</summary>
    protected abstract bool OnIdle(KTHREAD idle);

    protected abstract void OnAssigned(KTHREAD thread);

    protected abstract void OnDpcQueued(Processor p);

    protected abstract void OnTimerInserted(long dueTime);

    protected abstract void OnHalt();

    protected abstract Processor? ChooseIdleProcessor(KTHREAD thread);

    protected abstract KTHREAD? TakeReadyFor(Processor p);

    /// <summary>Advances virtual time by a busy stall (deterministic) or spins for it (concurrent).</summary>
    internal abstract void Stall(long interval100ns);

    /// <summary>Drives the machine from the host until <paramref name="done"/> holds, the machine
    /// goes idle (when <paramref name="done"/> is null), or something stops it.</summary>
    internal abstract RunStatus Drive(Func<bool>? done, TimeSpan? advance);
}
