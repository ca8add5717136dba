using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using static NtSim.Wdm;

namespace NtSim.Bench;

/// <summary>Queue a DPC and let it run (it runs as the call returns to PASSIVE_LEVEL), against
/// queueing a delegate on a ConcurrentQueue and draining it.</summary>
[MemoryDiagnoser]
public class DpcBenchmarks
{
    private readonly ConcurrentQueue<Action> _queue = new();
    private SimulatedThread _sim = null!;
    private KDPC _dpc = null!;
    private Action _action = null!;
    private int _runs;

    [GlobalSetup]
    public void Setup()
    {
        _sim = new SimulatedThread();
        _dpc = new KDPC();
        KeInitializeDpc(_dpc, (_, _, _, _) => _runs++, null);
        _action = () => _runs++;
    }

    [GlobalCleanup]
    public void Cleanup() => _sim.Dispose();

    [Benchmark(Baseline = true, Description = "ConcurrentQueue<Action> enqueue+drain (.NET)")]
    public void DotNetQueue()
    {
        _queue.Enqueue(_action);
        while (_queue.TryDequeue(out var action))
        {
            action();
        }
    }

    [Benchmark(Description = "KeInsertQueueDpc + DPC run")]
    public void QueueAndRunDpc() => KeInsertQueueDpc(_dpc, null, null);
}
