using BenchmarkDotNet.Attributes;
using static NtSim.Wdm;

namespace NtSim.Bench;

/// <summary>
/// Schedules per second: a small racy scenario (two system threads, 20 increments each of a shared
/// counter with scheduling points between the read and the write: about 130 scheduling decisions
/// in all) explored on a fresh deterministic machine per schedule, against the same scenario on
/// two plain .NET threads (Thread.Yield where the simulated threads have scheduling points). One
/// operation is one schedule; the explorer's rows run 100 schedules per invocation. The boot row
/// is a machine booted and disposed.
/// </summary>
[MemoryDiagnoser]
public class ScheduleExplorerBenchmarks
{
    private const int Increments = 20;
    private const int PointsPerIncrement = 3;
    private const int SchedulesPerInvoke = 100;

    [Benchmark(Baseline = true, Description = "the scenario on two new .NET threads")]
    public int DotNetThreads()
    {
        var counter = 0;
        void Increment()
        {
            for (var i = 0; i < Increments; i++)
            {
                var seen = Volatile.Read(ref counter);
                for (var p = 0; p < PointsPerIncrement; p++)
                {
                    Thread.Yield();
                }

                Volatile.Write(ref counter, seen + 1);
            }
        }

        var first = new Thread(Increment);
        var second = new Thread(Increment);
        first.Start();
        second.Start();
        first.Join();
        second.Join();
        return counter;
    }

    [Benchmark(OperationsPerInvoke = SchedulesPerInvoke, Description = "Schedules.Explore, random (per schedule)")]
    public int ExploreRandom() => Explore(ExplorationStrategy.Random);

    [Benchmark(OperationsPerInvoke = SchedulesPerInvoke, Description = "Schedules.Explore, PCT depth 3 (per schedule)")]
    public int ExplorePct() => Explore(ExplorationStrategy.Pct());

    [Benchmark(Description = "Machine.Boot + Dispose")]
    public int BootAndDispose()
    {
        using var machine = Machine.Boot();
        return machine.Processors.Count;
    }

    private static int Explore(ExplorationStrategy strategy) =>
        Schedules.Explore(Scenario, SchedulesPerInvoke, strategy).Outcomes.Count;

    private static int Scenario(Machine machine)
    {
        var counter = 0;
        machine.Run(() =>
        {
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 2);
            for (var t = 0; t < 2; t++)
            {
                PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
                {
                    for (var i = 0; i < Increments; i++)
                    {
                        var seen = counter;
                        for (var p = 0; p < PointsPerIncrement; p++)
                        {
                            KeStallExecutionProcessor(1);
                        }

                        counter = seen + 1;
                    }

                    KeReleaseSemaphore(done, 0, 1, false);
                }, null);
                ZwClose(handle);
            }

            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        });
        return counter;
    }
}
