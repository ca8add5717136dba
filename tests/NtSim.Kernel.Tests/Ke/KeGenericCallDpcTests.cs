using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeGenericCallDpcTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void KeGenericCallDpc_RunsOnEveryProcessorAtDispatch_OneSynchronizeReturnsTrue(int processors)
    {
        using var machine = MachineAssert.Boot(processors: processors, seed: 3);
        var ran = new List<(uint Processor, KIRQL Irql, object? Context)>();
        var winners = 0;
        var doneAtReturn = -1;
        var context = new object();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeGenericCallDpc((dpc, ctx, done, sync) =>
            {
                lock (ran)
                {
                    ran.Add((KeGetCurrentProcessorNumberEx(out _), KeGetCurrentIrql(), ctx));
                }

                if (KeSignalCallDpcSynchronize(sync))
                {
                    Interlocked.Increment(ref winners);
                }

                KeSignalCallDpcDone(done);
            }, context);
            doneAtReturn = ran.Count;
        }));
        Assert.Equal(processors, doneAtReturn);
        Assert.Equal(Enumerable.Range(0, processors).Select(n => (uint)n), ran.Select(r => r.Processor).Order());
        Assert.All(ran, r => Assert.Equal(DISPATCH_LEVEL, r.Irql));
        Assert.All(ran, r => Assert.Same(context, r.Context));
        Assert.Equal(1, winners);
    }

    [Fact]
    public void KeSignalCallDpcSynchronize_UnderManySchedules_EveryProcessorArrivesBeforeAnyLeaves() =>
        Schedules.Explore(machine =>
        {
            var log = new List<string>();
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                KeGenericCallDpc((dpc, ctx, done, sync) =>
                {
                    var n = KeGetCurrentProcessorNumberEx(out _);
                    lock (log)
                    {
                        log.Add($"arrive {n}");
                    }

                    KeSignalCallDpcSynchronize(sync);
                    lock (log)
                    {
                        log.Add($"leave {n}");
                    }

                    // A second round of the same barrier.
                    KeSignalCallDpcSynchronize(sync);
                    lock (log)
                    {
                        log.Add($"again {n}");
                    }

                    KeSignalCallDpcDone(done);
                }, null);
            }));
            Assert.Equal(9, log.Count);
            var lastArrive = log.FindLastIndex(e => e.StartsWith("arrive", StringComparison.Ordinal));
            var firstLeave = log.FindIndex(e => e.StartsWith("leave", StringComparison.Ordinal));
            var lastLeave = log.FindLastIndex(e => e.StartsWith("leave", StringComparison.Ordinal));
            var firstAgain = log.FindIndex(e => e.StartsWith("again", StringComparison.Ordinal));
            Assert.True(lastArrive < firstLeave, string.Join(", ", log));
            Assert.True(lastLeave < firstAgain, string.Join(", ", log));
        }, 30, options: new MachineOptions { Processors = 3 }).ThrowIfFailed();

    [Fact]
    public void KeGenericCallDpc_ConcurrentMode_EveryProcessorPassesTheBarrier()
    {
        using var machine = MachineAssert.Boot(processors: 2, mode: ExecutionMode.Concurrent);
        var ran = new List<uint>();
        var winners = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeGenericCallDpc((dpc, ctx, done, sync) =>
            {
                lock (ran)
                {
                    ran.Add(KeGetCurrentProcessorNumberEx(out _));
                }

                if (KeSignalCallDpcSynchronize(sync))
                {
                    Interlocked.Increment(ref winners);
                }

                KeSignalCallDpcDone(done);
            }, null);
        }));
        Assert.Equal([0u, 1u], ran.Order());
        Assert.Equal(1, winners);
    }

    [Fact]
    public void KeSignalCallDpcDone_AtPassive_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => KeSignalCallDpcDone(null));

        // 0xC4/0xE5: the signals require DISPATCH_LEVEL; P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)PASSIVE_LEVEL, 0, 0);
    }

    [Fact]
    public void KeGenericCallDpc_AtDispatch_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeGenericCallDpc((_, _, done, _) => KeSignalCallDpcDone(done), null);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }
}
