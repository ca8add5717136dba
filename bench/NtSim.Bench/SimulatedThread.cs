namespace NtSim.Bench;

/// <summary>Boots a concurrent-mode machine without tracing and adopts the benchmark's own thread
/// as a simulated system thread, so a benchmark body calls DDIs directly.</summary>
internal sealed class SimulatedThread : IDisposable
{
    private readonly KTHREAD _thread;

    public SimulatedThread(int processors = 2)
    {
        Machine = Machine.Boot(new MachineOptions { Processors = processors, Mode = ExecutionMode.Concurrent, Trace = false });
        _thread = Machine.Scheduler.Attach("Benchmark", Machine.Modules.For(typeof(SimulatedThread).Assembly));
    }

    public Machine Machine { get; }

    public void Dispose()
    {
        Machine.Scheduler.Detach(_thread);
        Machine.Dispose();
    }
}
