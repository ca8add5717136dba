using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeSpinLockForDpcTests
{
    [Fact]
    public void KeAcquireSpinLockForDpc_BelowDispatch_RaisesAndReleaseRestores()
    {
        using var machine = MachineAssert.Boot();
        KIRQL old = HIGH_LEVEL, inside = 0, after = HIGH_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            old = KeAcquireSpinLockForDpc(spinLock);
            inside = KeGetCurrentIrql();
            KeReleaseSpinLockForDpc(spinLock, old);
            after = KeGetCurrentIrql();
        }));
        Assert.Equal(PASSIVE_LEVEL, old);
        Assert.Equal(DISPATCH_LEVEL, inside);
        Assert.Equal(PASSIVE_LEVEL, after);
    }

    [Fact]
    public void KeAcquireInStackQueuedSpinLockForDpc_InADpc_StaysAtDispatch()
    {
        using var machine = MachineAssert.Boot();
        KIRQL saved = 0, after = 0;
        var ran = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            var dpc = new KDPC();
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                KeAcquireInStackQueuedSpinLockForDpc(spinLock, out var handle);
                saved = handle.OldIrql;
                KeReleaseInStackQueuedSpinLockForDpc(ref handle);
                after = KeGetCurrentIrql();
                ran = true;
            }, null);
            KeInsertQueueDpc(dpc, null, null);
            KeFlushQueuedDpcs();
        }));
        Assert.True(ran);
        Assert.Equal(DISPATCH_LEVEL, saved);
        Assert.Equal(DISPATCH_LEVEL, after);
    }

    [Fact]
    public void KeReleaseSpinLockForDpc_NotHeld_BugChecksSpinLockNotOwned()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            KeReleaseSpinLockForDpc(spinLock, old);
        });
        MachineAssert.BugCheck(machine, status, SPIN_LOCK_NOT_OWNED, 0, 0, 0, 0);
    }

    [Fact]
    public void KeRaiseIrqlToSynchLevel_RaisesToTwelve()
    {
        using var machine = MachineAssert.Boot();
        KIRQL old = HIGH_LEVEL, inside = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            old = KeRaiseIrqlToSynchLevel();
            inside = KeGetCurrentIrql();
            KeLowerIrql(old);
        }));
        Assert.Equal(PASSIVE_LEVEL, old);
        Assert.Equal((KIRQL)12, inside);
    }

    [Fact]
    public void KeRaiseIrqlToSynchLevel_FromHighLevel_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(HIGH_LEVEL, out _);
            KeRaiseIrqlToSynchLevel();
        });

        // 0xC4/0xE5: called above its documented IRQL (<= SYNCH_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)HIGH_LEVEL, 0, 0);
    }

    [Fact]
    public void KeQueryUnbiasedInterruptTime_FollowsTheInterruptTime()
    {
        using var machine = MachineAssert.Boot();
        ulong before = 0, after = 0, interrupt = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            before = KeQueryUnbiasedInterruptTime();
            KeDelayExecutionThread(KernelMode, false, -20_000);
            after = KeQueryUnbiasedInterruptTime();
            interrupt = KeQueryInterruptTime();
        }));
        Assert.True(after - before >= 20_000, $"{before} -> {after}");
        Assert.True(interrupt >= after);
    }
}
