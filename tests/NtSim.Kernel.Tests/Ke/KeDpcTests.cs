using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeDpcTests
{
    [Fact]
    public void KeInsertQueueDpc_AtPassive_RunsAtDispatchBeforeReturning()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        var log = new List<string>();
        KIRQL dpcIrql = PASSIVE_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (d, ctx, a1, a2) =>
            {
                dpcIrql = KeGetCurrentIrql();
                log.Add($"dpc {ctx} {a1} {a2}");
            }, "ctx");
            Assert.True(KeInsertQueueDpc(dpc, 1, 2));
            log.Add("after insert");
        }));
        Assert.Equal(["dpc ctx 1 2", "after insert"], log);
        Assert.Equal(DISPATCH_LEVEL, dpcIrql);
    }

    [Fact]
    public void KeInsertQueueDpc_AtDispatch_RunsWhenIrqlDrops()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        var log = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => log.Add("dpc"), null);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            Assert.True(KeInsertQueueDpc(dpc, null, null));
            Assert.False(KeInsertQueueDpc(dpc, null, null));
            log.Add("still at dispatch");
            KeLowerIrql(old);
            log.Add("lowered");
        }));
        Assert.Equal(["still at dispatch", "dpc", "lowered"], log);
    }

    [Fact]
    public void KeRemoveQueueDpc_Queued_DpcNeverRuns()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        var ran = false;
        bool removed = false, removedAgain = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => ran = true, null);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            KeInsertQueueDpc(dpc, null, null);
            removed = KeRemoveQueueDpc(dpc);
            removedAgain = KeRemoveQueueDpc(dpc);
            KeLowerIrql(old);
        }));
        Assert.True(removed);
        Assert.False(removedAgain);
        Assert.False(ran);
    }

    [Fact]
    public void KeSetImportanceDpc_High_RunsFirst()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        var log = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var low = new KDPC();
            var high = new KDPC();
            KeInitializeDpc(low, (_, _, _, _) => log.Add("medium"), null);
            KeInitializeDpc(high, (_, _, _, _) => log.Add("high"), null);
            KeSetImportanceDpc(high, HighImportance);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            KeInsertQueueDpc(low, null, null);
            KeInsertQueueDpc(high, null, null);
            KeLowerIrql(old);
        }));
        Assert.Equal(["high", "medium"], log);
    }

    [Fact]
    public void KeSetTargetProcessorDpc_OtherProcessor_RunsThere()
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: 3);
        uint ranOn = 99;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                ranOn = KeGetCurrentProcessorNumber();
                KeSetEvent(done, 0, false);
            }, null);
            var other = (sbyte)(1 - (int)KeGetCurrentProcessorNumber());
            KeSetTargetProcessorDpc(dpc, other);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            KeInsertQueueDpc(dpc, null, null);
            KeLowerIrql(old);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        Assert.NotEqual(99u, ranOn);
    }

    [Fact]
    public void DpcRoutine_Throws_BugChecksKmodeExceptionNotHandled()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        var status = machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => throw new NullReferenceException(), null);
            KeInsertQueueDpc(dpc, null, null);
        });
        var info = MachineAssert.BugCheck(machine, status, KMODE_EXCEPTION_NOT_HANDLED, 0xC0000005, 0, 0, 0);
        Assert.Contains("KeDpcTests.cs:", info.Location);
    }

    [Fact]
    public void DpcRoutine_ReturnsBelowDispatch_BugChecks()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        var status = machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => KeLowerIrql(PASSIVE_LEVEL), null);
            KeInsertQueueDpc(dpc, null, null);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x31, 2, 0, 1);
    }

    [Fact]
    public void KeWaitForSingleObject_InDpcWithTimeout_BugChecksC4_3B()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        ulong eventAddress = 0;
        var status = machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            eventAddress = evt.Address;
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => KeWaitForSingleObject(evt, Executive, KernelMode, false, -10_000), null);
            KeInsertQueueDpc(dpc, null, null);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3B, 2, eventAddress, unchecked((ulong)-10_000L));
    }

    [Fact]
    public void KeInsertQueueDpc_SteadyState_AllocatesNothing()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 1, Trace = false });
        long allocated = -1;
        var runs = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) => runs++, null);
            KeInsertQueueDpc(dpc, null, null);
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                KeInsertQueueDpc(dpc, null, null);
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }));
        Assert.Equal(1001, runs);
        Assert.Equal(0, allocated);
    }
}
