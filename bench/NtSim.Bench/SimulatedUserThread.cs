namespace NtSim.Bench;

/// <summary>Boots a concurrent-mode machine without tracing, runs <c>kernelSetup</c> (loading drivers)
/// on a system thread, then adopts the benchmark's own thread as the first thread of a user process
/// (PreviousMode UserMode), so a benchmark body calls the Win32 facade directly.</summary>
internal sealed class SimulatedUserThread : IDisposable
{
    private readonly KTHREAD _thread;

    public SimulatedUserThread(Action kernelSetup, int processors = 2)
        : this(machine => machine.Run(kernelSetup, "Benchmark setup"),
            new MachineOptions { Processors = processors, Mode = ExecutionMode.Concurrent, Trace = false })
    {
    }

    /// <summary>Boots with <paramref name="options"/> and runs <paramref name="hostSetup"/> from the
    /// host (starting services, say) before adopting the thread.</summary>
    public SimulatedUserThread(Func<Machine, RunStatus> hostSetup, MachineOptions options)
    {
        Machine = Machine.Boot(options);
        var status = hostSetup(Machine);
        if (status != RunStatus.Completed)
        {
            throw new InvalidOperationException($"The benchmark's kernel setup ended with {status}: {Machine.BugCheck}");
        }

        Process = UserProcess.Adopt(Machine, "bench", Machine.Modules.For(typeof(SimulatedUserThread).Assembly), out _thread);
    }

    public Machine Machine { get; }

    public UserProcess Process { get; }

    /// <summary>Exits the process (closing its handles: the drivers see IRP_MJ_CLEANUP and IRP_MJ_CLOSE) and halts the machine.</summary>
    public void Dispose()
    {
        Process.Release(_thread);
        Machine.Dispose();
    }
}
