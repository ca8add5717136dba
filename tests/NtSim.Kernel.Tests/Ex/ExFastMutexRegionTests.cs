using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

public sealed class ExFastMutexRegionTests
{
    [Fact]
    public void ExEnterCriticalRegionAndAcquireFastMutexUnsafe_HoldsTheMutexInACriticalRegionAtPassive()
    {
        using var machine = MachineAssert.Boot();
        bool disabledInside = false, triedInside = true, disabledAfter = true, freeAfter = false;
        KIRQL irqlInside = HIGH_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            ExEnterCriticalRegionAndAcquireFastMutexUnsafe(mutex);
            disabledInside = KeAreApcsDisabled();
            irqlInside = KeGetCurrentIrql();
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            machine.Scheduler.CreateThread("Other", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                triedInside = ExTryToAcquireFastMutex(mutex);
                KeSetEvent(done, 0, false);
            });
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            ExReleaseFastMutexUnsafeAndLeaveCriticalRegion(mutex);
            disabledAfter = KeAreApcsDisabled();
            freeAfter = ExTryToAcquireFastMutex(mutex);
            ExReleaseFastMutex(mutex);
        }));
        Assert.True(disabledInside);
        Assert.Equal(PASSIVE_LEVEL, irqlInside);
        Assert.False(triedInside);
        Assert.False(disabledAfter);
        Assert.True(freeAfter);
    }

    [Fact]
    public void ExReleaseFastMutexUnsafeAndLeaveCriticalRegion_OutsideACriticalRegion_BugChecksC4_3A()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            address = mutex.Address;
            ExReleaseFastMutexUnsafeAndLeaveCriticalRegion(mutex);
        });

        // 0xC4/0x3A: an unsafe fast mutex release with normal kernel APCs enabled; P2 IRQL, P3 0, P4 the mutex.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3A, (ulong)PASSIVE_LEVEL, 0, address);
    }
}
