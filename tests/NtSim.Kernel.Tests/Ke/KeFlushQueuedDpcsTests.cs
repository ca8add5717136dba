using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeFlushQueuedDpcsTests
{
    [Fact]
    public void KeFlushQueuedDpcs_DpcQueuedOnOtherProcessor_ReturnsAfterItRan() =>
        Schedules.Explore(machine =>
        {
            var log = new List<string>();
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                var dpc = new KDPC();
                KeInitializeDpc(dpc, (_, _, _, _) =>
                {
                    KeStallExecutionProcessor(500);
                    lock (log)
                    {
                        log.Add("dpc done");
                    }
                }, null);
                KeSetTargetProcessorDpc(dpc, (sbyte)(1 - KeGetCurrentProcessorNumber()));
                KeRaiseIrql(DISPATCH_LEVEL, out var old);
                KeInsertQueueDpc(dpc, null, null);
                KeLowerIrql(old);
                KeFlushQueuedDpcs();
                lock (log)
                {
                    log.Add("flushed");
                }
            }));
            Assert.Equal(["dpc done", "flushed"], log);
        }, 50, ExplorationStrategy.Pct()).ThrowIfFailed();

    [Fact]
    public void KeFlushQueuedDpcs_NothingQueued_ReturnsAtOnce()
    {
        using var machine = MachineAssert.Boot();
        ulong elapsed = ulong.MaxValue;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var start = KeQueryInterruptTime();
            KeFlushQueuedDpcs();
            elapsed = KeQueryInterruptTime() - start;
        }));
        Assert.Equal(0UL, elapsed);
    }

    [Fact]
    public void KeFlushQueuedDpcs_AtDispatch_BugChecksC4_3B()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeFlushQueuedDpcs();
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3B, (ulong)DISPATCH_LEVEL, 0, 0);
    }
}
