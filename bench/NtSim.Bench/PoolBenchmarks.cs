using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using static NtSim.Wdm;

namespace NtSim.Bench;

/// <summary>Allocate and free 64 zeroed bytes: ExAllocatePool2/ExFreePoolWithTag (with header,
/// tag accounting and file:line tracking) against NativeMemory.AllocZeroed/Free.</summary>
[MemoryDiagnoser]
public class PoolBenchmarks
{
    private static readonly uint Tag = TAG("Bnch");
    private SimulatedThread _sim = null!;

    [GlobalSetup]
    public void Setup() => _sim = new SimulatedThread();

    [GlobalCleanup]
    public void Cleanup() => _sim.Dispose();

    [Benchmark(Baseline = true, Description = "NativeMemory.AllocZeroed/Free 64 B (.NET)")]
    public unsafe void NativeAllocFree()
    {
        var p = NativeMemory.AllocZeroed(64);
        NativeMemory.Free(p);
    }

    [Benchmark(Description = "ExAllocatePool2/ExFreePoolWithTag 64 B")]
    public void PoolAllocFree()
    {
        var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
        ExFreePoolWithTag(p, Tag);
    }
}
