using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

public sealed class ExWorkItemTests
{
    [Fact]
    public void ExQueueWorkItem_FromDpc_RunsAtPassiveOnWorkerThread()
    {
        using var machine = MachineAssert.Boot();
        KIRQL irql = HIGH_LEVEL;
        string? threadName = null;
        object? parameter = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            var item = new WORK_QUEUE_ITEM();
            ExInitializeWorkItem(item, p =>
            {
                irql = KeGetCurrentIrql();
                threadName = KeGetCurrentThread().Name;
                parameter = p;
                KeSetEvent(done, 0, false);
            }, "param");
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => ExQueueWorkItem(item, DelayedWorkQueue), null);
            KeInsertQueueDpc(dpc, null, null);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        Assert.Equal(PASSIVE_LEVEL, irql);
        Assert.StartsWith("DelayedWorker", threadName);
        Assert.Equal("param", parameter);
    }

    [Fact]
    public void WorkItemRoutine_ReturnsAtDispatch_BugChecksWorkerThreadReturnedAtBadIrql()
    {
        using var machine = MachineAssert.Boot();
        ulong itemAddress = 0;
        var status = machine.Run(() =>
        {
            var item = new WORK_QUEUE_ITEM();
            ExInitializeWorkItem(item, _ => KeRaiseIrql(DISPATCH_LEVEL, out KIRQL _), null);
            itemAddress = item.Address;
            ExQueueWorkItem(item, CriticalWorkQueue);
            KeDelayExecutionThread(KernelMode, false, -10_000_000L);
        });
        MachineAssert.BugCheck(machine, status, WORKER_THREAD_RETURNED_AT_BAD_IRQL, 0, 2, 0, itemAddress);
    }

    [Fact]
    public void WorkItemRoutine_LeavesCriticalRegion_BugChecksApcIndexMismatch()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var item = new WORK_QUEUE_ITEM();
            ExInitializeWorkItem(item, _ => KeEnterCriticalRegion(), null);
            ExQueueWorkItem(item, CriticalWorkQueue);
            KeDelayExecutionThread(KernelMode, false, -10_000_000L);
        });
        MachineAssert.BugCheck(machine, status, APC_INDEX_MISMATCH, 0, 0, 0xFFFF, 1);
    }

    [Fact]
    public void WorkItems_IdleWorkers_AreNotReportedAsDeadlocked()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var item = new WORK_QUEUE_ITEM();
            ExInitializeWorkItem(item, _ => { }, null);
            ExQueueWorkItem(item, DelayedWorkQueue);
            var never = new KEVENT();
            KeInitializeEvent(never, NotificationEvent, false);
            KeWaitForSingleObject(never, Executive, KernelMode, false, null);
        }, "Waiter");
        Assert.Equal(RunStatus.Deadlock, status);
        var line = Assert.Single(machine.Deadlock!.Threads);
        Assert.Contains("(Waiter)", line);
    }
}
