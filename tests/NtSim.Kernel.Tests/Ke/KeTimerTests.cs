using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeTimerTests
{
    [Fact]
    public void KeSetTimer_Relative_FiresAfterDueTimeInVirtualTime()
    {
        using var machine = MachineAssert.Boot();
        ulong before = 0, after = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = new KTIMER();
            KeInitializeTimer(timer);
            before = KeQueryInterruptTime();
            Assert.False(KeSetTimer(timer, -2 * 10_000_000L, null));
            Assert.False(KeReadStateTimer(timer));
            KeWaitForSingleObject(timer, Executive, KernelMode, false, null);
            after = KeQueryInterruptTime();
            Assert.True(KeReadStateTimer(timer));
        }));
        Assert.Equal(20_000_000UL, after - before);
    }

    [Fact]
    public void KeSetTimerEx_Absolute_FiresAtSystemTime()
    {
        using var machine = MachineAssert.Boot();
        long fired = 0, due = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = new KTIMER();
            KeInitializeTimerEx(timer, SynchronizationTimer);
            KeQuerySystemTime(out var now);
            due = now.QuadPart + 5_000_000;
            KeSetTimerEx(timer, due, 0, null);
            KeWaitForSingleObject(timer, Executive, KernelMode, false, null);
            KeQuerySystemTime(out var then);
            fired = then.QuadPart;
            Assert.False(KeReadStateTimer(timer));
        }));
        Assert.Equal(due, fired);
    }

    [Fact]
    public void KeSetTimerEx_Periodic_QueuesDpcEveryPeriod()
    {
        using var machine = MachineAssert.Boot();
        var ticks = new List<ulong>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = new KTIMER();
            var dpc = new KDPC();
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            KeInitializeTimer(timer);
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                ticks.Add(KeQueryInterruptTime());
                if (ticks.Count == 3)
                {
                    KeCancelTimer(timer);
                    KeSetEvent(done, 0, false);
                }
            }, null);
            KeSetTimerEx(timer, -10_000_000L, 500, dpc);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        Assert.Equal([10_000_000UL, 15_000_000UL, 20_000_000UL], ticks);
    }

    [Fact]
    public void KeCancelTimer_ReturnsWhetherTimerWasSet()
    {
        using var machine = MachineAssert.Boot();
        bool first = false, second = true, reset = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = new KTIMER();
            KeInitializeTimer(timer);
            KeSetTimer(timer, -1000, null);
            reset = KeSetTimer(timer, -1000, null);
            first = KeCancelTimer(timer);
            second = KeCancelTimer(timer);
        }));
        Assert.True(reset);
        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public void KeDelayExecutionThread_AdvancesVirtualTime()
    {
        using var machine = MachineAssert.Boot();
        ulong elapsed = 0;
        var status = STATUS_UNSUCCESSFUL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var start = KeQueryInterruptTime();
            status = KeDelayExecutionThread(KernelMode, false, -3 * 10_000_000L);
            elapsed = KeQueryInterruptTime() - start;
        }));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(30_000_000UL, elapsed);
    }

    [Fact]
    public void KeStallExecutionProcessor_AdvancesVirtualTimeByStall()
    {
        using var machine = MachineAssert.Boot();
        ulong elapsed = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var start = KeQueryInterruptTime();
            KeStallExecutionProcessor(50);
            elapsed = KeQueryInterruptTime() - start;
        }));
        Assert.Equal(500UL, elapsed);
    }

    [Fact]
    public void KeQueryPerformanceCounter_TenMegahertz()
    {
        using var machine = MachineAssert.Boot();
        long frequency = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeQueryPerformanceCounter(out var f);
            frequency = f.QuadPart;
        }));
        Assert.Equal(10_000_000, frequency);
    }

    [Fact]
    public void AdvanceTime_PeriodicTimerWithoutWaiters_FiresOnSchedule()
    {
        using var machine = MachineAssert.Boot();
        var count = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = new KTIMER();
            var dpc = new KDPC();
            KeInitializeTimer(timer);
            KeInitializeDpc(dpc, (_, _, _, _) => count++, null);
            KeSetTimerEx(timer, -1_000_000L, 100, dpc);
        }));
        Assert.Equal(RunStatus.Completed, machine.AdvanceTime(TimeSpan.FromMilliseconds(450)));
        Assert.Equal(4, count);
        Assert.Equal(TimeSpan.FromMilliseconds(450).Ticks, machine.InterruptTime);
    }

    [Fact]
    public void KeInitializeTimerEx_TimerIsSet_DoesNotCancelItItExpiresAndItsDpcRuns()
    {
        using var machine = MachineAssert.Boot();
        var ran = new List<ulong>();
        var cancelled = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = new KTIMER();
            var dpc = new KDPC();
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            KeInitializeTimer(timer);
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                ran.Add(KeQueryInterruptTime());
                KeSetEvent(done, 0, false);
            }, null);
            KeSetTimerEx(timer, -10_000_000L, 0, dpc);
            KeInitializeTimerEx(timer, NotificationTimer);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            Assert.True(KeReadStateTimer(timer));
            cancelled = KeCancelTimer(timer);
        }));
        Assert.Equal([10_000_000UL], ran);
        Assert.False(cancelled);
    }
}
