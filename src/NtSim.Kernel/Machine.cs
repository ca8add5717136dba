using System.Diagnostics.CodeAnalysis;
using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A simulated Windows machine: processors, memory, the object namespace, and the threads that
/// run on them. The host drives it: <see cref="Run(Action, string?)"/> runs code on a new system
/// thread at PASSIVE_LEVEL and returns when it ends, the machine bug checks, or nothing can run.
/// A bug check halts this machine only; the host and every other machine keep running.
/// </summary>
[DebuggerDisplay("Machine {Options.Mode} P={Processors.Count} seed={Options.Seed}")]
public sealed partial class Machine : IDisposable
{
    // Kernel objects that Ke hands out addresses for (threads, events, DPCs...) live here until
    // they are carved from pool: a system-space range of its own.
    private const ulong ObjectRegionBase = 0xFFFF_D000_0000_0000;

    private readonly Lock _stateLock = new();
    private ulong _nextObjectAddress = ObjectRegionBase;
    private volatile bool _halted;
    private int _driving;
    private BugCheckInfo? _bugCheck;
    private DeadlockReport? _deadlock;
    private StopReport? _stopReport;
    private bool _hung;

    private Machine(MachineOptions options, ISchedulingStrategy? strategy = null)
    {
        options.Validate();
        Options = options;
        Trace = new EventTrace(options.Trace ?? options.Mode == ExecutionMode.Deterministic);
        Verifier = new DriverVerifier(this, options.Verifier);
        Ddis = new DdiMonitor(this);
        Debugger = new DebuggerConnection(this, options.KernelDebugging);
        Modules = new ModuleList();
        Scheduler = options.Mode == ExecutionMode.Deterministic
            ? new DeterministicScheduler(this, options.Processors, strategy ?? (options.Strategy ?? (seed => new RandomStrategy(seed)))(options.Seed))
            : new ConcurrentScheduler(this, options.Processors);
        // Deterministic machines start on a fixed date so that absolute times replay exactly.
        SystemTimeAtBoot = options.Mode == ExecutionMode.Deterministic
            ? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).ToFileTimeUtc()
            : DateTime.UtcNow.ToFileTimeUtc();
        // The executive, in the order its parts depend on each other: memory and the pool first
        // (the I/O manager's IRPs come from pool), the object namespace, the registry under it,
        // the work queues, the I/O manager, the service control manager, Plug and Play.
        Memory = new MemoryManager();
        Tracking = new ResourceTracker();
        Pool = new ExPool(Memory, Tracking, (ulong)options.MemoryMegabytes << 20);
        ObjectManager = new ObjectManager(this);
        SystemProcess = EPROCESS.CreateSystem(ObjectManager);
        ConfigurationManager = new ConfigurationManager(this);
        Registry = new MachineRegistry(ConfigurationManager);
        CrashDumps = new CrashDumps(this);
        WorkQueues = new WorkQueues(this);
        IoManager = new IoManager(this);
        Services = new ServiceControlManager(this);
        Pnp = new PnpManager(this);
        Setup = new NtSim.Setup.DeviceSetup(this);
    }

    /// <summary>Boots a machine with the given options (defaults: 2 processors, deterministic, seed 0).</summary>
    public static Machine Boot(MachineOptions? options = null) => Start(new Machine(options ?? new MachineOptions()));

    /// <summary>Boots a deterministic machine whose choices <paramref name="strategy"/> makes (the
    /// schedule explorer's), whatever <see cref="MachineOptions.Strategy"/> says.</summary>
    internal static Machine Boot(MachineOptions options, ISchedulingStrategy strategy) => Start(new Machine(options, strategy));

    private static Machine Start(Machine machine)
    {
        machine.Scheduler.Start();
        DebugPrintFilter.Apply(machine);
        machine.BootFromRegistry();
        return machine;
    }

    /// <summary>The crash dump settings, and the dump the bug check wrote (docs/crash-dumps.md).</summary>
    public CrashDumps CrashDumps { get; }

    /// <summary>The options the machine was booted with.</summary>
    public MachineOptions Options { get; }

    /// <summary>The DDI gate's hooks: tracing, call counts, breakpoints on DDIs, fault injection.</summary>
    public DdiMonitor Ddis { get; }

    /// <summary>Whether any <see cref="Ddis"/> hook is on: the gate's one test on its fast path.</summary>
    internal bool DdiHooks;

    /// <summary>Driver Verifier: the options in force and the rules they turn on.</summary>
    public DriverVerifier Verifier { get; }

    /// <summary>The simulated processors, by number.</summary>
    public IReadOnlyList<Processor> Processors => Scheduler.Processors;

    /// <summary>The event trace (thread switches, waits, DPCs, timers, debug prints, the bug check).</summary>
    public EventTrace Trace { get; }

    /// <summary>The bug check that halted the machine, or null.</summary>
    public BugCheckInfo? BugCheck
    {
        get
        {
            lock (_stateLock)
            {
                return _bugCheck;
            }
        }
    }

    /// <summary>The last deadlock a run ended in, or null.</summary>
    public DeadlockReport? Deadlock
    {
        get
        {
            lock (_stateLock)
            {
                return _deadlock;
            }
        }
    }

    /// <summary>Why the last run stopped at <see cref="RunStatus.StepLimit"/>, <see cref="RunStatus.TimeLimit"/>
    /// or <see cref="RunStatus.Hung"/>, or null.</summary>
    public StopReport? StopReport
    {
        get
        {
            lock (_stateLock)
            {
                return _stopReport;
            }
        }
    }

    /// <summary>Whether the machine has halted (bug check or dispose).</summary>
    public bool IsHalted => _halted;

    /// <summary>Interrupt time: 100 ns units since boot (virtual in deterministic mode).</summary>
    public long InterruptTime => Scheduler.InterruptTime;

    internal Scheduler Scheduler { get; }

    internal ModuleList Modules { get; }

    /// <summary>System time (100 ns units since 1601, UTC) at boot.</summary>
    internal long SystemTimeAtBoot { get; }

    /// <summary>Runs <paramref name="body"/> on a new system thread at PASSIVE_LEVEL and drives the
    /// machine until that thread ends (other threads run too, as the scheduler decides).</summary>
    public RunStatus Run(Action body, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ThrowIfOnSimulatedThread(nameof(Run));
        if (_halted)
        {
            return HaltStatus;
        }

        var thread = Scheduler.CreateThread(name ?? CodeNames.ThreadName(body), ThreadKind.System, Modules.For(body), body);
        return Drive(() => thread.State == ThreadState.Terminated, null);
    }

    /// <summary>Drives the machine until nothing can run without time passing.</summary>
    public RunStatus RunUntilIdle()
    {
        ThrowIfOnSimulatedThread(nameof(RunUntilIdle));
        return _halted ? HaltStatus : Drive(null, TimeSpan.Zero);
    }

    /// <summary>Lets <paramref name="duration"/> pass: virtual time in deterministic mode (timers
    /// fire in order, nothing really waits), real time in concurrent mode.</summary>
    public RunStatus AdvanceTime(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "Machine.AdvanceTime: the duration must not be negative.");
        }

        ThrowIfOnSimulatedThread(nameof(AdvanceTime));
        return _halted ? HaltStatus : Drive(null, duration);
    }

    /// <summary>Halts the machine (if it is running) and lets every simulated thread unwind.</summary>
    public void Dispose()
    {
        Halt();
        _breakpoints?.Disarm();
        // The hive files are compacted and closed; every change was already written as it was made.
        ConfigurationManager?.CloseStore();
        DeleteTemporarySystemRoot();
    }

    private RunStatus Drive(Func<bool>? done, TimeSpan? advance)
    {
        if (Interlocked.Exchange(ref _driving, 1) != 0)
        {
            throw new InvalidOperationException("Another host thread is already driving this machine; Run, RunUntilIdle and AdvanceTime take turns.");
        }

        try
        {
            return Scheduler.Drive(done, advance);
        }
        finally
        {
            Volatile.Write(ref _driving, 0);
        }
    }

    private static void ThrowIfOnSimulatedThread(string call)
    {
        if (KTHREAD.Current is not null)
        {
            throw new InvalidOperationException($"Machine.{call} drives the machine from the host; it cannot be called from driver code on a simulated thread.");
        }
    }

    internal RunStatus HaltStatus
    {
        get
        {
            lock (_stateLock)
            {
                return _bugCheck is not null ? RunStatus.BugCheck : _hung ? RunStatus.Hung : RunStatus.Completed;
            }
        }
    }

    internal void ThrowIfHalted()
    {
        if (_halted)
        {
            throw new MachineHaltedException();
        }
    }

    internal void RecordDeadlock(DeadlockReport report)
    {
        lock (_stateLock)
        {
            _deadlock = report;
        }
    }

    internal void RecordStop(StopReport report)
    {
        lock (_stateLock)
        {
            _stopReport = report;
        }
    }

    /// <summary>The hang watchdog stops the machine: the report says which thread hung. False if
    /// the machine had already halted (a bug check, another report).</summary>
    internal bool HaltHung(StopReport report)
    {
        lock (_stateLock)
        {
            if (_halted || _hung)
            {
                return false;
            }

            _hung = true;
            _stopReport = report;
        }

        Halt();
        return true;
    }

    internal void Halt()
    {
        if (_halted)
        {
            return;
        }

        _halted = true;
        Scheduler.ReleaseAll();
    }

    internal ulong AllocateObjectAddress(int size)
    {
        var aligned = (ulong)((Math.Max(size, 16) + 15) & ~15);
        return Interlocked.Add(ref _nextObjectAddress, aligned) - aligned;
    }

    /// <summary>KeBugCheckEx: records the first bug check, halts the machine, and unwinds the caller.</summary>
    [DoesNotReturn]
    internal void RaiseBugCheck(uint code, ulong p1, ulong p2, ulong p3, ulong p4, string detail, Exception? cause = null)
    {
        var frames = cause is null ? new StackTrace(1, true) : new StackTrace(cause, true);
        RaiseBugCheck(code, p1, p2, p3, p4, detail, Blame.Find(frames, KTHREAD.Current, Modules));
    }

    /// <summary>KeBugCheckEx blaming a given routine (one that has returned, such as a dispatch
    /// routine whose IRQL or status is checked after it), not the frames on the stack.</summary>
    [DoesNotReturn]
    internal void RaiseBugCheck(uint code, ulong p1, ulong p2, ulong p3, ulong p4, string detail, (string? Module, string? Location) blame)
    {
        var thread = KTHREAD.Current;
        var (module, location) = blame;
        BugCheckInfo info;
        var first = false;
        lock (_stateLock)
        {
            if (_bugCheck is null)
            {
                _bugCheck = new BugCheckInfo(code, p1, p2, p3, p4, detail, module, location,
                    thread?.ToString() ?? "host", thread?.Processor?.Number ?? -1, Scheduler.InterruptTime);
                first = !_halted;
            }

            info = _bugCheck;
        }

        if (first)
        {
            WriteDumpAndRunBugCheckCallbacks(info);
        }

        if (info.Code == code && !_halted)
        {
            Scheduler.Trace(TraceKind.BugCheck, info.Summary + " " + info.Detail);
        }

        Halt();
        throw new BugCheckException(info);
    }

    /// <summary>An exception no driver frame handled: KMODE_EXCEPTION_NOT_HANDLED or, leaving a
    /// system thread, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, with the exception's NT code.</summary>
    [DoesNotReturn]
    internal void BugCheckForException(uint code, Exception e)
    {
        var status = ExceptionCodes.For(e);
        RaiseBugCheck(code, (uint)status, 0, 0, 0, $"{e.GetType().Name}: {e.Message} (exception code 0x{(uint)status:X8})", e);
    }
}
