using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeThreadedDpcTests
{
    [Fact]
    public void KeInitializeThreadedDpc_RunsAsWithThreadedDpcsDisabled_AtDispatch()
    {
        using var machine = MachineAssert.Boot();
        KIRQL irql = PASSIVE_LEVEL;
        object? context = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeThreadedDpc(dpc, (_, c, _, _) =>
            {
                irql = KeGetCurrentIrql();
                context = c;
            }, "threaded");
            KeInsertQueueDpc(dpc, null, null);
            KeFlushQueuedDpcs();
        }));
        Assert.Equal(DISPATCH_LEVEL, irql);
        Assert.Equal("threaded", context);
    }

    [Fact]
    public void KeSetCoalescableTimer_ExpiresOnTimeWithItsPeriod()
    {
        using var machine = MachineAssert.Boot();
        var count = 0;
        var wasSet = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = new KTIMER();
            KeInitializeTimerEx(timer, SynchronizationTimer);
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => count++, null);
            wasSet = KeSetCoalescableTimer(timer, -10_000_000, 1000, 50, dpc);
            KeDelayExecutionThread(KernelMode, false, -35_000_000);
            KeCancelTimer(timer);
        }));
        Assert.False(wasSet);
        Assert.Equal(3, count);
    }
}
