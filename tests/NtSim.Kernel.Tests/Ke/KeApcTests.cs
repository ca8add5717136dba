using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeApcTests
{
    [Fact]
    public void KeAreApcsDisabled_UnderSpinLockAndFastMutex_FalseWhileAllApcsDisabledTrue()
    {
        using var machine = MachineAssert.Boot();
        List<(bool Apcs, bool All)> seen = [];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            KeAcquireSpinLock(spinLock, out var oldIrql);
            seen.Add((KeAreApcsDisabled(), KeAreAllApcsDisabled()));
            KeReleaseSpinLock(spinLock, oldIrql);

            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            ExAcquireFastMutex(mutex);
            seen.Add((KeAreApcsDisabled(), KeAreAllApcsDisabled()));
            ExReleaseFastMutex(mutex);

            seen.Add((KeAreApcsDisabled(), KeAreAllApcsDisabled()));
        }));
        Assert.Equal([(false, true), (false, true), (false, false)], seen);
    }

    [Fact]
    public void KeAreApcsDisabled_InCriticalOrGuardedRegion_True()
    {
        using var machine = MachineAssert.Boot();
        List<(bool Apcs, bool All)> seen = [];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeEnterCriticalRegion();
            seen.Add((KeAreApcsDisabled(), KeAreAllApcsDisabled()));
            KeLeaveCriticalRegion();
            KeEnterGuardedRegion();
            seen.Add((KeAreApcsDisabled(), KeAreAllApcsDisabled()));
            KeLeaveGuardedRegion();
        }));
        Assert.Equal([(true, false), (true, true)], seen);
    }
}
