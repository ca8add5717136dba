using BenchmarkDotNet.Attributes;

namespace NtSim.Bench;

/// <summary>
/// What one probe of an instrumented driver costs on a simulated thread: a loop of 1,000 iterations
/// with a back-edge, an entry or a line probe in each, against the same loop without (the slow path
/// every 1,024 probes, a scheduling point, is included).
/// </summary>
public class ProbeBenchmarks
{
    private const int Iterations = 1_000;
    private SimulatedThread _sim = null!;
    private int[] _values = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sim = new SimulatedThread();
        _values = Enumerable.Range(0, Iterations).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _sim.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Iterations, Description = "loop iteration without a probe")]
    public int Plain()
    {
        var sum = 0;
        foreach (var value in _values)
        {
            sum += value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Iterations, Description = "loop iteration with Probes.BackEdge")]
    public int BackEdge()
    {
        var sum = 0;
        foreach (var value in _values)
        {
            sum += value;
            Probes.BackEdge(1);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Iterations, Description = "loop iteration with Probes.Enter")]
    public int Enter()
    {
        var sum = 0;
        foreach (var value in _values)
        {
            sum += value;
            Probes.Enter(1);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Iterations, Description = "loop iteration with Probes.Line, nothing armed")]
    public int Line()
    {
        var sum = 0;
        foreach (var value in _values)
        {
            sum += value;
            Probes.Line(1);
        }

        return sum;
    }
}
