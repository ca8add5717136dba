using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using static NtSim.Wdm;

namespace NtSim.Bench;

/// <summary>InsertTailList + RemoveHeadList on a typed entry and on an entry in pool memory, against
/// a .NET LinkedList with a reused node.</summary>
[MemoryDiagnoser]
public class ListBenchmarks
{
    private static readonly uint Tag = TAG("Bnch");

    private SimulatedThread _sim = null!;
    private LIST_ENTRY _head = null!;
    private LIST_ENTRY _entry = null!;
    private PLIST_ENTRY _poolEntry;
    private PVOID _block;
    private readonly LinkedList<object> _baseline = new();
    private readonly LinkedListNode<object> _node = new(new object());

    [GlobalSetup]
    public void Setup()
    {
        _sim = new SimulatedThread();
        _head = new LIST_ENTRY();
        _entry = new LIST_ENTRY(this);
        InitializeListHead(_head);
        _block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, Tag);
        _poolEntry = new PLIST_ENTRY(_block);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ExFreePoolWithTag(_block, Tag);
        _sim.Dispose();
    }

    [Benchmark(Baseline = true, Description = "LinkedList AddLast/RemoveFirst (.NET)")]
    public object DotNetLinkedList()
    {
        _baseline.AddLast(_node);
        _baseline.RemoveFirst();
        return _node;
    }

    [Benchmark(Description = "InsertTailList/RemoveHeadList, typed entry")]
    public PLIST_ENTRY TypedEntry()
    {
        InsertTailList(_head, _entry);
        return RemoveHeadList(_head);
    }

    [Benchmark(Description = "InsertTailList/RemoveHeadList, entry in pool")]
    public PLIST_ENTRY PoolEntry()
    {
        InsertTailList(_head, _poolEntry);
        return RemoveHeadList(_head);
    }
}

/// <summary>InterlockedIncrement by its WDK name (a scheduling point first) against Interlocked.Increment.</summary>
[MemoryDiagnoser]
public class InterlockedBenchmarks
{
    private SimulatedThread _sim = null!;
    private int _counter;

    [GlobalSetup]
    public void Setup() => _sim = new SimulatedThread();

    [GlobalCleanup]
    public void Cleanup() => _sim.Dispose();

    [Benchmark(Baseline = true, Description = "Interlocked.Increment (.NET)")]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int DotNetIncrement() => Interlocked.Increment(ref _counter);

    [Benchmark(Description = "InterlockedIncrement (concurrent machine)")]
    public int WdkIncrement() => InterlockedIncrement(ref _counter);
}
