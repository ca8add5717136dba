using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

public sealed class ExTimerTests
{
    [Fact]
    public void ExSetTimer_Periodic_CallsBackAtDispatchEachPeriod_UntilCancelled()
    {
        using var machine = MachineAssert.Boot();
        var times = new List<ulong>();
        var irqls = new List<KIRQL>();
        bool wasSet = true, cancelled = false, deleted = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = ExAllocateTimer((t, c) =>
            {
                times.Add(KeQueryInterruptTime());
                irqls.Add(KeGetCurrentIrql());
                Assert.Equal("ctx", c);
            }, "ctx", EX_TIMER_HIGH_RESOLUTION)!;
            var start = KeQueryInterruptTime();
            wasSet = ExSetTimer(timer, -10_000, 5_000_000, null);
            KeDelayExecutionThread(KernelMode, false, -12_000_000);
            cancelled = ExCancelTimer(timer, null);
            deleted = ExDeleteTimer(timer, true, true, null);
            for (var i = 0; i < times.Count; i++)
            {
                times[i] -= start;
            }
        }));
        Assert.False(wasSet);
        Assert.True(cancelled);
        Assert.False(deleted);
        Assert.Equal([10_000UL, 5_010_000UL, 10_010_000UL], times);
        Assert.All(irqls, i => Assert.Equal(DISPATCH_LEVEL, i));
    }

    [Fact]
    public void ExDeleteTimer_WithCancel_ReturnsTrueForASetTimer_RunsTheDeleteCallback_AndUntracks()
    {
        using var machine = MachineAssert.Boot();
        bool tracked = false, cancelled = false, trackedAfter = true;
        var callbacks = 0;
        object? deleteContext = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = ExAllocateTimer((_, _) => callbacks++, null, 0)!;
            tracked = machine.Tracking.Outstanding().Any(r => r.Description.Contains("ExAllocateTimer", StringComparison.Ordinal));
            ExSetTimer(timer, -10_000_000, 0, null);
            ExInitializeDeleteTimerParameters(out var parameters);
            parameters.DeleteCallback = c => deleteContext = c;
            parameters.DeleteContext = "gone";
            cancelled = ExDeleteTimer(timer, true, false, parameters);
            trackedAfter = machine.Tracking.Outstanding().Any(r => r.Description.Contains("ExAllocateTimer", StringComparison.Ordinal));
            KeDelayExecutionThread(KernelMode, false, -20_000_000);
        }));
        Assert.True(tracked);
        Assert.True(cancelled);
        Assert.False(trackedAfter);
        Assert.Equal("gone", deleteContext);
        Assert.Equal(0, callbacks);
    }

    [Fact]
    public void ExSetTimer_AfterExDeleteTimer_RaisesAccessViolation()
    {
        using var machine = MachineAssert.Boot();
        NtStatusException? caught = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = ExAllocateTimer(null, null, 0)!;
            ExDeleteTimer(timer, true, false, null);
            try
            {
                ExSetTimer(timer, -10_000, 0, null);
            }
            catch (NtStatusException e)
            {
                caught = e;
            }
        }));

        // The deleted timer's memory is gone: the access faults in the caller.
        Assert.Equal(STATUS_ACCESS_VIOLATION, caught!.Status);
    }

    [Fact]
    public void ExDeleteTimer_WaitAtDispatch_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var timer = ExAllocateTimer(null, null, 0)!;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExDeleteTimer(timer, true, true, null);
        });

        // 0xC4/0xE5: with Wait = TRUE, ExDeleteTimer is called at IRQL <= APC_LEVEL; P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }

    [Fact]
    public void ExAllocateTimer_UnderFaultInjection_ReturnsNull()
    {
        using var machine = MachineAssert.Boot();
        var allocated = true;
        machine.Ddis.FaultInjection = call => call.Ddi == "ExAllocateTimer";
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            allocated = ExAllocateTimer(null, null, 0) is not null;
        }));
        Assert.False(allocated);
    }
}
