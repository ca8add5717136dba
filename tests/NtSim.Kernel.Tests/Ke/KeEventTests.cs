using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeEventTests
{
    [Fact]
    public void KeSetEvent_Notification_ReleasesAllWaiters()
    {
        using var machine = MachineAssert.Boot(processors: 2);
        var woken = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            var all = new KSEMAPHORE();
            KeInitializeEvent(evt, NotificationEvent, false);
            KeInitializeSemaphore(all, 0, 3);
            for (var i = 0; i < 3; i++)
            {
                machine.Scheduler.CreateThread($"W{i}", ThreadKind.System, machine.Modules.Kernel, () =>
                {
                    KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                    Interlocked.Increment(ref woken);
                    KeReleaseSemaphore(all, 0, 1, false);
                });
            }

            Assert.Equal(0, KeSetEvent(evt, 0, false));
            for (var i = 0; i < 3; i++)
            {
                KeWaitForSingleObject(all, Executive, KernelMode, false, null);
            }

            Assert.Equal(1, KeReadStateEvent(evt));
        }));
        Assert.Equal(3, woken);
    }

    [Fact]
    public void KeSetEvent_Synchronization_ReleasesOneAndResets()
    {
        using var machine = MachineAssert.Boot(processors: 2);
        var woken = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, SynchronizationEvent, false);
            for (var i = 0; i < 2; i++)
            {
                machine.Scheduler.CreateThread($"W{i}", ThreadKind.System, machine.Modules.Kernel, () =>
                {
                    KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                    Interlocked.Increment(ref woken);
                });
            }

            KeDelayExecutionThread(KernelMode, false, -10_000);
            KeSetEvent(evt, 0, false);
            KeDelayExecutionThread(KernelMode, false, -10_000);
            Assert.Equal(0, KeReadStateEvent(evt));
        }));
        Assert.Equal(1, woken);
    }

    [Fact]
    public void KeResetEvent_ReturnsPreviousState()
    {
        using var machine = MachineAssert.Boot();
        int first = -1, second = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, true);
            first = KeResetEvent(evt);
            second = KeResetEvent(evt);
        }));
        Assert.Equal(1, first);
        Assert.Equal(0, second);
    }

    [Fact]
    public void KeWaitForSingleObject_Timeout_ReturnsStatusTimeout()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS poll = STATUS_SUCCESS, timed = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            poll = KeWaitForSingleObject(evt, Executive, KernelMode, false, 0);
            timed = KeWaitForSingleObject(evt, Executive, KernelMode, false, -10_000);
        }));
        Assert.Equal(STATUS_TIMEOUT, poll);
        Assert.Equal(STATUS_TIMEOUT, timed);
    }

    [Fact]
    public void KeWaitForSingleObject_ZeroTimeoutAtDispatch_IsAllowed()
    {
        using var machine = MachineAssert.Boot();
        var status = STATUS_UNSUCCESSFUL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, true);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            status = KeWaitForSingleObject(evt, Executive, KernelMode, false, 0);
            KeLowerIrql(old);
        }));
        Assert.Equal(STATUS_SUCCESS, status);
    }

    [Fact]
    public void KeWaitForSingleObject_InfiniteAtDispatch_BugChecksC4_3B()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            address = evt.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3B, 2, address, 0);
    }

    [Fact]
    public void KeWaitForSingleObject_UninitializedEvent_IsAnAccessViolation()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => KeWaitForSingleObject(new KEVENT(), Executive, KernelMode, false, null));
        var info = MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, unchecked((uint)STATUS_ACCESS_VIOLATION), 0, 0, 0);
        Assert.Contains("KeWaitForSingleObject: the KEVENT was never initialized with KeInitializeEvent", info.Detail);
    }

    [Fact]
    public void KeWaitForSingleObject_AlertedThread_ReturnsStatusAlerted()
    {
        using var machine = MachineAssert.Boot();
        var status = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var waiter = KeGetCurrentThread();
            var timer = new KTIMER();
            var dpc = new KDPC();
            KeInitializeTimer(timer);
            KeInitializeDpc(dpc, (_, _, _, _) => machine.Scheduler.Alert(waiter), null);
            KeSetTimer(timer, -10_000, dpc);
            status = KeWaitForSingleObject(evt, Executive, KernelMode, true, null);
        }));
        Assert.Equal(STATUS_ALERTED, status);
    }
}
