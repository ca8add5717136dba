using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

public sealed class KeResourceTrackingTests
{
    private const string Module = "NtSim.Kernel.Tests";

    [Fact]
    public void KeSetTimerEx_TrackedUntilCancelled_WithSettingLine()
    {
        using var machine = MachineAssert.Boot();
        IReadOnlyList<TrackedResource> whileSet = [];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = new KTIMER();
            KeInitializeTimer(timer);
            KeSetTimerEx(timer, -10_000_000L, 250, null);
            whileSet = machine.Tracking.Outstanding(Module, ResourceKind.Timer);
            KeCancelTimer(timer);
        }));
        var record = Assert.Single(whileSet);
        Assert.Contains("periodic (250 ms)", record.Description);
        Assert.StartsWith("KeResourceTrackingTests.cs:", record.Location);
        Assert.Empty(machine.Tracking.Outstanding(Module, ResourceKind.Timer));
    }

    [Fact]
    public void KeSetTimer_OneShot_UntrackedWhenItExpires()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = new KTIMER();
            KeInitializeTimer(timer);
            KeSetTimer(timer, -10_000, null);
            Assert.Single(machine.Tracking.Outstanding(Module, ResourceKind.Timer));
            KeWaitForSingleObject(timer, Executive, KernelMode, false, null);
        }));
        Assert.Empty(machine.Tracking.Outstanding(Module, ResourceKind.Timer));
    }

    [Fact]
    public void ExQueueWorkItem_TrackedWhileQueued()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        var queued = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            var item = new WORK_QUEUE_ITEM();
            ExInitializeWorkItem(item, _ => KeSetEvent(done, 0, false), null);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            ExQueueWorkItem(item, DelayedWorkQueue);
            queued = machine.Tracking.Outstanding(Module, ResourceKind.WorkItem).Count;
            KeLowerIrql(old);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        Assert.Equal(1, queued);
        Assert.Empty(machine.Tracking.Outstanding(Module, ResourceKind.WorkItem));
    }

    [Fact]
    public void PsCreateSystemThread_TrackedUntilItEnds()
    {
        using var machine = MachineAssert.Boot();
        IReadOnlyList<TrackedResource> running = [];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var go = new KEVENT();
            KeInitializeEvent(go, NotificationEvent, false);
            PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL,
                _ => KeWaitForSingleObject(go, Executive, KernelMode, false, null), null);
            running = machine.Tracking.Outstanding(Module, ResourceKind.Thread);
            ObReferenceObjectByHandle(handle, SYNCHRONIZE, PsThreadType, KernelMode, out var thread);
            ZwClose(handle);
            KeSetEvent(go, 0, false);
            KeWaitForSingleObject((KTHREAD)thread!, Executive, KernelMode, false, null);
            ObDereferenceObject(thread!);
        }));
        var record = Assert.Single(running);
        Assert.StartsWith("KeResourceTrackingTests.cs:", record.Location);
        Assert.Contains("system thread", record.Description);
        Assert.Empty(machine.Tracking.Outstanding(Module, ResourceKind.Thread));
    }
}
