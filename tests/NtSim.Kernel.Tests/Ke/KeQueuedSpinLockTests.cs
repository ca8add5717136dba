using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeQueuedSpinLockTests
{
    [Fact]
    public void KeAcquireSpinLockRaiseToSynch_FromPassive_RaisesToSynchAndReleaseRestores()
    {
        using var machine = MachineAssert.Boot();
        KIRQL old = HIGH_LEVEL, inside = 0, after = HIGH_LEVEL;
        var heldInside = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            old = KeAcquireSpinLockRaiseToSynch(spinLock);
            inside = KeGetCurrentIrql();
            heldInside = !KeTestSpinLock(spinLock);
            KeReleaseSpinLock(spinLock, old);
            after = KeGetCurrentIrql();
        }));
        Assert.Equal(PASSIVE_LEVEL, old);
        Assert.Equal(SYNCH_LEVEL, inside);
        Assert.True(heldInside);
        Assert.Equal(PASSIVE_LEVEL, after);
    }

    [Fact]
    public void KeAcquireSpinLockRaiseToSynch_Twice_BugChecksSpinLockAlreadyOwned()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            KeAcquireSpinLockRaiseToSynch(spinLock);
            KeAcquireSpinLockRaiseToSynch(spinLock);
        });
        MachineAssert.BugCheck(machine, status, SPIN_LOCK_ALREADY_OWNED, 0, 0, 0, 0);
    }

    [Fact]
    public void KeAcquireSpinLockRaiseToSynch_AtHighLevel_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            address = spinLock.Address;
            KeRaiseIrql(HIGH_LEVEL, out _);
            KeAcquireSpinLockRaiseToSynch(spinLock);
        });

        // 0xC4/0xE5: above the level it raises to; P2 the IRQL, P3 the lock.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)HIGH_LEVEL, address, 0);
    }

    [Fact]
    public void KeAcquireQueuedSpinLock_Held_TryFailsAndKeepsIrql_ThenSucceedsAfterRelease()
    {
        using var machine = MachineAssert.Boot();
        KIRQL old = HIGH_LEVEL, inside = 0, afterFailedTry = 0, tryOld = HIGH_LEVEL, tryInside = 0, after = HIGH_LEVEL;
        bool whileHeld = true, afterRelease = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            old = KeAcquireQueuedSpinLock(LockQueueIoCancelLock);
            inside = KeGetCurrentIrql();
            whileHeld = KeTryToAcquireQueuedSpinLockRaiseToSynch(LockQueueIoCancelLock, out _);
            afterFailedTry = KeGetCurrentIrql();
            KeReleaseQueuedSpinLock(LockQueueIoCancelLock, old);
            afterRelease = KeTryToAcquireQueuedSpinLock(LockQueueIoCancelLock, out tryOld);
            tryInside = KeGetCurrentIrql();
            KeReleaseQueuedSpinLock(LockQueueIoCancelLock, tryOld);
            after = KeGetCurrentIrql();
        }));
        Assert.Equal(PASSIVE_LEVEL, old);
        Assert.Equal(DISPATCH_LEVEL, inside);
        Assert.False(whileHeld);
        Assert.Equal(DISPATCH_LEVEL, afterFailedTry);
        Assert.True(afterRelease);
        Assert.Equal(PASSIVE_LEVEL, tryOld);
        Assert.Equal(DISPATCH_LEVEL, tryInside);
        Assert.Equal(PASSIVE_LEVEL, after);
    }

    [Fact]
    public void KeAcquireQueuedSpinLockRaiseToSynch_DifferentNumbers_AreDifferentLocks()
    {
        using var machine = MachineAssert.Boot();
        KIRQL inside = 0;
        var second = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var old = KeAcquireQueuedSpinLockRaiseToSynch(LockQueueIoVpbLock);
            inside = KeGetCurrentIrql();
            second = KeTryToAcquireQueuedSpinLockRaiseToSynch(LockQueueIoDatabaseLock, out var innerOld);
            KeReleaseQueuedSpinLock(LockQueueIoDatabaseLock, innerOld);
            KeReleaseQueuedSpinLock(LockQueueIoVpbLock, old);
        }));
        Assert.Equal(SYNCH_LEVEL, inside);
        Assert.True(second);
    }

    [Fact]
    public void KeAcquireQueuedSpinLock_SpareNumber_BugChecksIrqlNotLessOrEqual()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => KeAcquireQueuedSpinLock(LockQueueUnusedSpare0));

        // The spare PRCB entry has no lock: a write to address 0 at DISPATCH_LEVEL.
        MachineAssert.BugCheck(machine, status, IRQL_NOT_LESS_OR_EQUAL, 0, (ulong)DISPATCH_LEVEL, 1, 0);
    }

    [Fact]
    public void KeAcquireQueuedSpinLockRaiseToSynch_PastTheLastNumber_BugChecksIrqlNotLessOrEqual()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => KeAcquireQueuedSpinLockRaiseToSynch(LockQueueMaximumLock));
        MachineAssert.BugCheck(machine, status, IRQL_NOT_LESS_OR_EQUAL, 0, (ulong)SYNCH_LEVEL, 1, 0);
    }

    [Fact]
    public void KeReleaseQueuedSpinLock_NotHeld_BugChecksSpinLockNotOwned()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            KeReleaseQueuedSpinLock(LockQueueBcbLock, old);
        });
        MachineAssert.BugCheck(machine, status, SPIN_LOCK_NOT_OWNED, 0, 0, 0, 0);
    }

    [Fact]
    public void KeReleaseQueuedSpinLock_AtPassive_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => KeReleaseQueuedSpinLock(LockQueueIoCancelLock, PASSIVE_LEVEL));

        // 0xC4/0xE5: below DISPATCH_LEVEL; P2 the IRQL, P3 the lock's number.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)PASSIVE_LEVEL,
            (ulong)LockQueueIoCancelLock, 0);
    }
}
