using BenchmarkDotNet.Attributes;
using static NtSim.Wdm;

namespace NtSim.Bench;

/// <summary>A spin lock acquire/release pair, against System.Threading.SpinLock.</summary>
[MemoryDiagnoser]
public class SpinLockBenchmarks
{
    private SimulatedThread _sim = null!;
    private KSPIN_LOCK _lock = null!;
    private SpinLock _baseline = new(enableThreadOwnerTracking: false);

    [GlobalSetup]
    public void Setup()
    {
        _sim = new SimulatedThread();
        _lock = new KSPIN_LOCK();
        KeInitializeSpinLock(_lock);
    }

    [GlobalCleanup]
    public void Cleanup() => _sim.Dispose();

    [Benchmark(Baseline = true, Description = "SpinLock Enter/Exit (.NET)")]
    public void DotNetSpinLock()
    {
        var taken = false;
        _baseline.Enter(ref taken);
        _baseline.Exit(useMemoryBarrier: false);
    }

    [Benchmark(Description = "KeAcquireSpinLock/KeReleaseSpinLock")]
    public void KeSpinLockPair()
    {
        KeAcquireSpinLock(_lock, out var old);
        KeReleaseSpinLock(_lock, old);
    }

    [Benchmark(Description = "KeAcquireInStackQueuedSpinLock/Release")]
    public void KeQueuedSpinLockPair()
    {
        KeAcquireInStackQueuedSpinLock(_lock, out var handle);
        KeReleaseInStackQueuedSpinLock(ref handle);
    }
}
