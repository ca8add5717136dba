using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeWaitTests
{
    [Fact]
    public void KeWaitForMultipleObjects_WaitAny_ReturnsIndexOfSignaled()
    {
        using var machine = MachineAssert.Boot();
        var status = STATUS_UNSUCCESSFUL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var a = new KEVENT();
            var b = new KEVENT();
            KeInitializeEvent(a, NotificationEvent, false);
            KeInitializeEvent(b, NotificationEvent, true);
            status = KeWaitForMultipleObjects(2, [a, b], WaitAny, Executive, KernelMode, false, null, null);
        }));
        Assert.Equal(STATUS_WAIT_1, status);
    }

    [Fact]
    public void KeWaitForMultipleObjects_WaitAll_WaitsForEveryObject()
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: 11);
        var status = STATUS_UNSUCCESSFUL;
        var order = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var a = new KEVENT();
            var b = new KEVENT();
            KeInitializeEvent(a, SynchronizationEvent, false);
            KeInitializeEvent(b, SynchronizationEvent, false);
            machine.Scheduler.CreateThread("Setter", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                KeSetEvent(a, 0, false);
                KeDelayExecutionThread(KernelMode, false, -10_000);
                lock (order)
                {
                    order.Add("set b");
                }

                KeSetEvent(b, 0, false);
            });
            status = KeWaitForMultipleObjects(2, [a, b], WaitAll, Executive, KernelMode, false, null, null);
            lock (order)
            {
                order.Add("woken");
            }

            Assert.Equal(0, KeReadStateEvent(a));
            Assert.Equal(0, KeReadStateEvent(b));
        }));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(["set b", "woken"], order);
    }

    [Fact]
    public void KeWaitForMultipleObjects_MoreThanThreeWithoutWaitBlocks_BugChecks0xC()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var events = new DispatcherObject[4];
            for (var i = 0; i < 4; i++)
            {
                var e = new KEVENT();
                KeInitializeEvent(e, NotificationEvent, true);
                events[i] = e;
            }

            KeWaitForMultipleObjects(4, events, WaitAny, Executive, KernelMode, false, null, null);
        });
        MachineAssert.BugCheck(machine, status, MAXIMUM_WAIT_OBJECTS_EXCEEDED, 0, 0, 0, 0);
    }

    [Fact]
    public void KeWaitForMultipleObjects_FourWithWaitBlocks_Succeeds()
    {
        using var machine = MachineAssert.Boot();
        var status = STATUS_UNSUCCESSFUL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var events = new DispatcherObject[4];
            for (var i = 0; i < 4; i++)
            {
                var e = new KEVENT();
                KeInitializeEvent(e, NotificationEvent, i == 3);
                events[i] = e;
            }

            status = KeWaitForMultipleObjects(4, events, WaitAny, Executive, KernelMode, false, 0, new KWAIT_BLOCK[4]);
        }));
        Assert.Equal(STATUS_WAIT_3, status);
    }

    [Fact]
    public void KeLeaveCriticalRegion_Unbalanced_BugChecksC4_3E()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeEnterCriticalRegion();
            KeLeaveCriticalRegion();
            KeLeaveCriticalRegion();
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3E, 0, 0, 0);
    }

    [Fact]
    public void KeEnterGuardedRegion_DisablesAllApcs()
    {
        using var machine = MachineAssert.Boot();
        bool inside = false, outside = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeEnterGuardedRegion();
            inside = KeAreAllApcsDisabled();
            KeLeaveGuardedRegion();
            outside = KeAreAllApcsDisabled();
        }));
        Assert.True(inside);
        Assert.False(outside);
    }
}
