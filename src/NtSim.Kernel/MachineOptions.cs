namespace NtSim;

/// <summary>How simulated processors execute.</summary>
public enum ExecutionMode
{
    /// <summary>One simulated thread runs at a time; a seeded strategy picks who runs at every
    /// scheduling point; time is virtual. The same seed gives the same run, event for event.</summary>
    Deterministic,

    /// <summary>Simulated processors run on host threads in parallel; time is real time.</summary>
    Concurrent,
}

/// <summary>The shape of a simulated machine.</summary>
public sealed partial class MachineOptions
{
    /// <summary>Number of simulated processors (1 to 64).</summary>
    public int Processors { get; init; } = 2;

    /// <summary>Seed of the scheduling strategy (deterministic mode).</summary>
    public int Seed { get; init; }

    /// <summary>Deterministic (one simulated thread at a time, seeded choices, virtual time; the default) or Concurrent (processors on host threads, real time).</summary>
    public ExecutionMode Mode { get; init; } = ExecutionMode.Deterministic;

    /// <summary>Builds the scheduling strategy from the seed; null means <see cref="RandomStrategy"/>.</summary>
    public Func<int, ISchedulingStrategy>? Strategy { get; init; }

    /// <summary>Record the event trace (thread switches, DPCs, timers, waits). On by default in
    /// deterministic mode, off in concurrent mode where it costs throughput.</summary>
    public bool? Trace { get; init; }

    /// <summary>Deterministic mode: a run that takes more scheduling decisions than this stops with
    /// <see cref="RunStatus.StepLimit"/> (a livelock guard).</summary>
    public long MaxSteps { get; init; } = 10_000_000;

    /// <summary>Deterministic mode: a run that needs more virtual time than this stops with
    /// <see cref="RunStatus.TimeLimit"/> (for example a periodic timer ticking while a thread waits forever).</summary>
    public TimeSpan MaxVirtualTime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Host time a simulated thread may run without entering the kernel (a scheduling
    /// point, a wait, a spin) before the run ends with <see cref="RunStatus.Hung"/>: the watchdog for
    /// what probes cannot stop (a driver type of the host, which is not rewritten; code blocked on a
    /// .NET primitive). 30 seconds by default, in both modes; <see cref="Timeout.InfiniteTimeSpan"/>
    /// turns it off. It never fires while a debugger is attached (a breakpoint stops host time too).</summary>
    public TimeSpan HangTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Rewrite a driver assembly loaded from a file with probes (docs/instrumentation.md):
    /// runaway loops become scheduling points, a DPC that never returns bug checks 0x133 and runaway
    /// recursion 0x7F instead of hanging or killing the host. On by default.</summary>
    public bool InstrumentDrivers { get; init; } = true;

    /// <summary>Number of system worker threads per work queue (ExQueueWorkItem).</summary>
    public int WorkerThreadsPerQueue { get; init; } = 2;

    /// <summary>Driver Verifier options for every driver (<c>verifier /flags</c>): <c>verifier /standard</c>
    /// (0x209BB) by default, so a test machine catches what a driver developer's test machine catches;
    /// <see cref="VerifierFlags.None"/> behaves as Windows without Driver Verifier. docs/verifier.md.</summary>
    public VerifierFlags Verifier { get; init; } = VerifierFlags.Standard;

    /// <summary>The machine's physical memory in MiB (64 to 65536; 4 GiB by default). It sets the pool
    /// limits as on 64-bit Windows: nonpaged pool up to the memory size, paged pool up to the commit
    /// limit, which is the memory size (no paging file). One block is at most 2 GiB less a page.</summary>
    public int MemoryMegabytes { get; init; } = 4096;

    /// <summary>Kd_DEFAULT_Mask at boot, the debug print filter mask of DbgPrint and KdPrint (component
    /// DEFAULT), set after the registry's Debug Print Filter key is read; null leaves what the key says
    /// (0 without it: DbgPrint's INFO-level messages are recorded but not shown).</summary>
    public uint? DebugPrintMask { get; init; }

    /// <summary>Whether driver code is a checked (DBG=1) build, where ASSERT, NT_ASSERT, NT_VERIFY's check and
    /// KdBreakPoint are active. Null (the default): as each driver was built, as with the WDK, where the
    /// Debug configuration defines DBG=1: a driver assembly built in Debug (JIT optimizer disabled by its
    /// DebuggableAttribute) is checked, one built in Release is free. True or false decides it for every
    /// driver, whatever its configuration (a test that must not depend on how it was built). docs/asserts.md.</summary>
    public bool? Checked { get; init; }

    /// <summary>Kernel debugging at boot and whether a debugger is connected (KD_DEBUGGER_ENABLED,
    /// KD_DEBUGGER_NOT_PRESENT); <see cref="Machine.Debugger"/> attaches and detaches one later.
    /// Off by default, as <c>bcdedit /debug off</c>. docs/asserts.md.</summary>
    public KernelDebugging KernelDebugging { get; init; } = KernelDebugging.Off;

    /// <summary>The folder that holds the machine's registry (the SYSTEM, SOFTWARE and DEFAULT hives,
    /// created if missing); booting on a folder that has them loads them. Null: the registry lives in
    /// memory only. Every change is written as it is made, crash-safely (docs/registry-persistence.md).</summary>
    public string? RegistryFolder { get; init; }

    /// <summary>Boot on a registry folder whose files are damaged (anything but a log's torn tail, which a
    /// crash leaves): keep every record that checks out, move the damaged files aside
    /// (<c>NAME.corrupt-TIME</c>) and report what was lost in <see cref="MachineRegistry.RepairReport"/>.
    /// Without it such a boot throws <see cref="RegistryCorruptException"/> and changes nothing.</summary>
    public bool RepairRegistry { get; init; }

    /// <summary>The machine's folder, its system disk: the registry hives in
    /// <c>Windows\System32\config</c> (unless <see cref="RegistryFolder"/> says otherwise), the driver
    /// store in <c>Windows\System32\DriverStore</c> and installed drivers in <c>Windows\System32\drivers</c>.
    /// Booting on a folder used before brings back its services and devices. Null: a machine that
    /// lives in memory (the files an install copies go to a temporary folder, deleted at Dispose).</summary>
    public string? Folder { get; init; }

    /// <summary>Writes the crash dump at a bug check (NtSim.Debugger's <c>CrashDumpWriter</c>); null: no dump.
    /// docs/crash-dumps.md.</summary>
    public ICrashDumpWriter? CrashDumpWriter { get; init; }

    /// <summary>The dump's kind, whatever CrashDumpEnabled says; null: the registry's value (Windows' default, automatic).</summary>
    public CrashDumpType? CrashDumpType { get; init; }

    /// <summary>The file a bug check writes its dump to, instead of the machine folder's <c>MEMORY.DMP</c> or
    /// <c>Minidump\</c> (a machine in memory writes a dump only when this is set).</summary>
    public string? CrashDumpFile { get; init; }

    /// <summary>Where the registry hives are: <see cref="RegistryFolder"/>, else the machine folder's
    /// <c>Windows\System32\config</c>, else nowhere (in memory).</summary>
    internal string? HiveFolder => RegistryFolder ?? (Folder is null ? null : Path.Combine(Folder, "Windows", "System32", "config"));

    internal void Validate()
    {
        if (Folder is { } machineFolder && string.IsNullOrWhiteSpace(machineFolder))
        {
            throw new ArgumentException("MachineOptions.Folder must name a folder, or be null for a machine in memory.", nameof(Folder));
        }

        if (RegistryFolder is { } folder && string.IsNullOrWhiteSpace(folder))
        {
            throw new ArgumentException("MachineOptions.RegistryFolder must name a folder, or be null for an in-memory registry.", nameof(RegistryFolder));
        }

        if (Processors is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(Processors), Processors, "MachineOptions.Processors must be between 1 and 64.");
        }

        if (MaxSteps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSteps), MaxSteps, "MachineOptions.MaxSteps must be positive.");
        }

        if (MaxVirtualTime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxVirtualTime), MaxVirtualTime, "MachineOptions.MaxVirtualTime must be positive.");
        }

        if (HangTimeout <= TimeSpan.Zero && HangTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(HangTimeout), HangTimeout, "MachineOptions.HangTimeout must be positive, or Timeout.InfiniteTimeSpan to turn the watchdog off.");
        }

        if (MemoryMegabytes is < 64 or > 65536)
        {
            // The simulated pool regions are 64 GiB each.
            throw new ArgumentOutOfRangeException(nameof(MemoryMegabytes), MemoryMegabytes, "MachineOptions.MemoryMegabytes must be between 64 and 65536.");
        }

        if (VerifierOptions.Unknown(Verifier) is { } unknown)
        {
            throw new ArgumentOutOfRangeException(nameof(Verifier), Verifier,
                $"MachineOptions.Verifier has bits NtSim does not know: {unknown}. The known options are {VerifierOptions.Describe(VerifierOptions.Known)}.");
        }

        if (!Enum.IsDefined(KernelDebugging))
        {
            throw new ArgumentOutOfRangeException(nameof(KernelDebugging), KernelDebugging, "MachineOptions.KernelDebugging must be Off, Enabled or Attached.");
        }

        if (WorkerThreadsPerQueue is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(WorkerThreadsPerQueue), WorkerThreadsPerQueue, "MachineOptions.WorkerThreadsPerQueue must be between 1 and 16.");
        }
    }
}
