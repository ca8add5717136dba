using BenchmarkDotNet.Attributes;
using static NtSim.Wdm;

namespace NtSim.Bench;

/// <summary>Ping-pong between two threads: signal the partner's event, wait on our own. One
/// operation is a round trip. Against the same with two .NET SemaphoreSlims (which spin briefly before
/// sleeping, as NtSim's own thread hand-off does).</summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private SimulatedThread _sim = null!;
    private KEVENT _ping = null!;
    private KEVENT _pong = null!;
    private SemaphoreSlim _dotNetPing = null!;
    private SemaphoreSlim _dotNetPong = null!;
    private Thread _dotNetPartner = null!;
    private volatile bool _stop;

    [GlobalSetup]
    public void Setup()
    {
        _sim = new SimulatedThread(processors: 2);
        _ping = new KEVENT();
        _pong = new KEVENT();
        KeInitializeEvent(_ping, SynchronizationEvent, false);
        KeInitializeEvent(_pong, SynchronizationEvent, false);
        PsCreateSystemThread(out var partner, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
        {
            while (!_stop)
            {
                KeWaitForSingleObject(_ping, Executive, KernelMode, false, null);
                KeSetEvent(_pong, 0, false);
            }
        }, null);
        ZwClose(partner);

        _dotNetPing = new SemaphoreSlim(0);
        _dotNetPong = new SemaphoreSlim(0);
        _dotNetPartner = new Thread(() =>
        {
            while (!_stop)
            {
                _dotNetPing.Wait();
                _dotNetPong.Release();
            }
        }) { IsBackground = true };
        _dotNetPartner.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stop = true;
        _dotNetPing.Release();
        _sim.Dispose();
    }

    [Benchmark(Baseline = true, Description = "SemaphoreSlim ping-pong (.NET)")]
    public void DotNetPingPong()
    {
        _dotNetPing.Release();
        _dotNetPong.Wait();
    }

    [Benchmark(Description = "KeSetEvent/KeWaitForSingleObject ping-pong")]
    public void KeEventPingPong()
    {
        KeSetEvent(_ping, 0, false);
        KeWaitForSingleObject(_pong, Executive, KernelMode, false, null);
    }
}
