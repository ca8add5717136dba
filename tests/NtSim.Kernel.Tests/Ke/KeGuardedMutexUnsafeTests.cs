using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeGuardedMutexUnsafeTests
{
    [Fact]
    public void KeAcquireGuardedMutexUnsafe_InGuardedRegion_TakesAndReleases()
    {
        using var machine = MachineAssert.Boot();
        bool tryWhileHeld = true, tryAfter = false, apcsDisabledInside = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new KGUARDED_MUTEX();
            KeInitializeGuardedMutex(mutex);
            KeEnterGuardedRegion();
            KeAcquireGuardedMutexUnsafe(mutex);
            apcsDisabledInside = KeAreAllApcsDisabled();
            tryWhileHeld = KeTryToAcquireGuardedMutex(mutex);
            KeReleaseGuardedMutexUnsafe(mutex);
            KeLeaveGuardedRegion();
            tryAfter = KeTryToAcquireGuardedMutex(mutex);
            KeReleaseGuardedMutex(mutex);
        }));
        Assert.True(apcsDisabledInside);
        Assert.False(tryWhileHeld);
        Assert.True(tryAfter);
    }

    [Fact]
    public void KeAcquireGuardedMutexUnsafe_AtApcLevel_Works()
    {
        using var machine = MachineAssert.Boot();
        var tryWhileHeld = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new KGUARDED_MUTEX();
            KeInitializeGuardedMutex(mutex);
            KeRaiseIrql(APC_LEVEL, out var old);
            KeAcquireGuardedMutexUnsafe(mutex);
            tryWhileHeld = KeTryToAcquireGuardedMutex(mutex);
            KeReleaseGuardedMutexUnsafe(mutex);
            KeLowerIrql(old);
        }));
        Assert.False(tryWhileHeld);
    }

    [Fact]
    public void KeAcquireGuardedMutexUnsafe_OutsideGuardedRegionAtPassive_BugChecksC4_39()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mutex = new KGUARDED_MUTEX();
            KeInitializeGuardedMutex(mutex);
            address = mutex.Mutex.Address;
            KeAcquireGuardedMutexUnsafe(mutex);
        });

        // P2 the IRQL, P3 the APC-disable count, P4 the mutex.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x39, 0, 0, address);
    }

    [Fact]
    public void KeReleaseGuardedMutexUnsafe_AfterLeavingTheRegion_BugChecksC4_3A()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mutex = new KGUARDED_MUTEX();
            KeInitializeGuardedMutex(mutex);
            address = mutex.Mutex.Address;
            KeEnterGuardedRegion();
            KeAcquireGuardedMutexUnsafe(mutex);
            KeLeaveGuardedRegion();
            KeReleaseGuardedMutexUnsafe(mutex);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3A, 0, 0, address);
    }

    [Fact]
    public void KeAcquireGuardedMutexUnsafe_AtDispatch_BugChecksC4_33()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mutex = new KGUARDED_MUTEX();
            KeInitializeGuardedMutex(mutex);
            address = mutex.Mutex.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeAcquireGuardedMutexUnsafe(mutex);
        });

        // 0xC4/0x33: a fast (guarded) mutex above APC_LEVEL; P2 the IRQL, P3 the mutex.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x33, (ulong)DISPATCH_LEVEL, address, 0);
    }
}
