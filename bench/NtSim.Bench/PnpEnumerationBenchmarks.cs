using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace NtSim.Bench;

/// <summary>
/// The PnP manager bringing up a synthetic bus with 1,000 and 10,000 children, each child getting
/// its IDs queried, a function driver and an upper filter added, and started (about 17 PnP IRPs
/// per child); reported per device node. The baseline builds the same tree as plain C# objects
/// (a node, a dictionary entry by instance path, a stack of three devices) per device node.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 10, invocationCount: 1)]
public class PnpEnumerationBenchmarks
{
    private Machine _machine = null!;

    [IterationSetup(Targets = [nameof(Enumerate1k), nameof(Enumerate10k)])]
    public void BootMachine()
    {
        _machine = Machine.Boot(new MachineOptions { Processors = 2, Mode = ExecutionMode.Concurrent, Trace = false });
        _machine.Services.Install<BenchBus>("BenchBus");
        _machine.Services.Install<BenchFunction>("BenchFunction");
        _machine.Services.Install<BenchFilter>("BenchFilter");
        _machine.Pnp.Installer = (_, node) =>
        {
            var key = DeviceRegistry.HardwareKey(node);
            _machine.Registry.SetValue(key, "Service", "BenchFunction");
            _machine.Registry.SetValue(key, "UpperFilters", new[] { "BenchFilter" });
            return true;
        };
    }

    [IterationCleanup(Targets = [nameof(Enumerate1k), nameof(Enumerate10k)])]
    public void DisposeMachine() => _machine.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = 10_000, Description = "10k nodes as plain C# objects (per node)")]
    public int PlainObjects10k() => PlainTree.Build(10_000);

    [Benchmark(OperationsPerInvoke = 1_000, Description = "enumerate a bus of 1k children, FDO + filter each (per node)")]
    public int Enumerate1k() => Enumerate(1_000);

    [Benchmark(OperationsPerInvoke = 10_000, Description = "enumerate a bus of 10k children, FDO + filter each (per node)")]
    public int Enumerate10k() => Enumerate(10_000);

    private int Enumerate(int children)
    {
        BenchBus.Children = children;
        _machine.Pnp.CreateRootDevice("SYSTEM", [@"root\benchbus"], service: "BenchBus");
        var started = _machine.Pnp.Nodes.Count(n => n.State == DeviceNodeState.DeviceNodeStarted);
        if (started != children + 2)
        {
            throw new InvalidOperationException($"{started} device nodes started, expected {children + 2}: {_machine.BugCheck?.Account}");
        }

        return started;
    }

    /// <summary>The baseline: the tree's bookkeeping without a kernel underneath.</summary>
    private static class PlainTree
    {
        public static int Build(int count)
        {
            var byPath = new Dictionary<string, List<object>>(StringComparer.OrdinalIgnoreCase);
            var root = new List<object>();
            for (var i = 0; i < count; i++)
            {
                var path = @"BENCHBUS\CHILD\" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
                var stack = new List<object> { new object(), new object(), new object() };
                byPath.Add(path, stack);
                root.Add(stack);
            }

            return byPath.Count + root.Count;
        }
    }
}
