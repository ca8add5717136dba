using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

/// <summary>KeSetPriorityThread, KeQueryPriorityThread and KeSetBasePriorityThread.</summary>
public sealed class KePriorityThreadTests
{
    [Fact]
    public void KeSetPriorityThread_ReturnsTheOldPriority_AndTheNewOneStays()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        int first = 0, second = 0, queried = 0, later = 0, basePriority = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var self = KeGetCurrentThread();
            first = KeSetPriorityThread(self, 12);
            queried = KeQueryPriorityThread(self);
            second = KeSetPriorityThread(self, 12);
            // A set priority is no boost: it does not decay at quantum ends.
            var dummy = new KEVENT();
            KeInitializeEvent(dummy, NotificationEvent, false);
            for (var i = 0; i < 4 * Priorities.QuantumLength; i++)
            {
                KeSetEvent(dummy, 0, false);
            }

            later = KeQueryPriorityThread(self);
            basePriority = self.BasePriority;
        }));
        Assert.Equal(8, first);
        Assert.Equal(12, queried);
        Assert.Equal(12, second);
        Assert.Equal(12, later);
        Assert.Equal(8, basePriority);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(-1)]
    public void KeSetPriorityThread_OutsideOneToThirtyOne_BugChecks0x157(int priority)
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var self = KeGetCurrentThread();
            address = self.Address;
            KeSetPriorityThread(self, priority);
        });
        MachineAssert.BugCheck(machine, status, KERNEL_THREAD_PRIORITY_FLOOR_VIOLATION, address, (ulong)(long)priority, 3, 0);
    }

    [Fact]
    public void KeSetPriorityThread_AtDispatchLevel_BreaksItsIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeSetPriorityThread(KeGetCurrentThread(), 9);
        });

        // 0xC4/0xE5: a DDI called above its documented IRQL (PASSIVE_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }

    [Fact]
    public void KeSetBasePriorityThread_MovesTheBaseFromTheProcessBase_ReturnsTheOldIncrement()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        int first = 0, second = 0, afterFirst = 0, baseAfter = 0, saturated = 0, low = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var self = KeGetCurrentThread();
            first = KeSetBasePriorityThread(self, 2);
            afterFirst = KeQueryPriorityThread(self);
            baseAfter = self.BasePriority;
            second = KeSetBasePriorityThread(self, 100);
            saturated = KeQueryPriorityThread(self);
            KeSetBasePriorityThread(self, -100);
            low = KeQueryPriorityThread(self);
        }));
        Assert.Equal(0, first);
        Assert.Equal(10, afterFirst);
        Assert.Equal(10, baseAfter);
        Assert.Equal(2, second);
        // The System process is of a variable class: its threads' bases stay within 1 to 15.
        Assert.Equal(15, saturated);
        Assert.Equal(1, low);
    }

    [Fact]
    public void KeQueryPriorityThread_ShowsABoost_KeSetBasePriorityThreadEndsIt()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        int boosted = 0, afterBase = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var waiter = machine.Scheduler.CreateThread("Waiter", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                boosted = KeQueryPriorityThread(KeGetCurrentThread());
                KeSetBasePriorityThread(KeGetCurrentThread(), 1);
                afterBase = KeQueryPriorityThread(KeGetCurrentThread());
            });
            KeDelayExecutionThread(KernelMode, false, -10_000);
            KeSetEvent(evt, 4, false);
            KeWaitForSingleObject(waiter, Executive, KernelMode, false, null);
        }));
        Assert.Equal(12, boosted);
        Assert.Equal(9, afterBase);
    }
}
