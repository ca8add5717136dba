using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

/// <summary>Fast mutexes and executive resources: deadlock detection's 0x1000 range, the APC rules,
/// and what Windows does without Driver Verifier.</summary>
public sealed class SyncRulesUnderFlagsTests
{
    [Fact]
    public void ExAcquireFastMutex_Recursively_WithoutDeadlockDetection_TheThreadWaitsForItselfForever()
    {
        using var machine = VerifierBoot.Without(VerifierFlags.DeadlockDetection);
        var status = machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            ExAcquireFastMutex(mutex);
            ExAcquireFastMutex(mutex);
        });
        Assert.Equal(RunStatus.Deadlock, status);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void ExAcquireFastMutex_Recursively_UnderDeadlockDetection_BugChecksC4_1000()
    {
        using var machine = VerifierBoot.With(VerifierFlags.DeadlockDetection);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            address = mutex.Address;
            ExAcquireFastMutex(mutex);
            ExAcquireFastMutex(mutex);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x1000, address, 0, 0);
    }

    [Fact]
    public void ExReleaseFastMutexUnsafe_NotAcquired_WithoutDeadlockDetection_GoesOn()
    {
        using var machine = VerifierBoot.Without(VerifierFlags.DeadlockDetection);
        var reacquired = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            KeEnterCriticalRegion();
            ExReleaseFastMutexUnsafe(mutex);
            ExAcquireFastMutexUnsafe(mutex);
            reacquired = true;
            ExReleaseFastMutexUnsafe(mutex);
            KeLeaveCriticalRegion();
        }));
        Assert.True(reacquired);
    }

    [Fact]
    public void ExReleaseFastMutexUnsafe_NotAcquired_UnderDeadlockDetection_BugChecksC4_1007()
    {
        using var machine = VerifierBoot.With(VerifierFlags.DeadlockDetection);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            address = mutex.Address;
            KeEnterCriticalRegion();
            ExReleaseFastMutexUnsafe(mutex);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x1007, address, 0, 0);
    }

    [Fact]
    public void ExReleaseResourceLite_NotOwned_WithoutDeadlockDetection_BugChecksResourceNotOwned()
    {
        using var machine = VerifierBoot.Without(VerifierFlags.DeadlockDetection);
        ulong resource = 0, thread = 0;
        var status = machine.Run(() =>
        {
            var r = new ERESOURCE();
            ExInitializeResourceLite(r);
            resource = r.Address;
            thread = KeGetCurrentThread().Address;
            KeEnterCriticalRegion();
            ExReleaseResourceLite(r);
        });
        MachineAssert.BugCheck(machine, status, RESOURCE_NOT_OWNED, resource, thread, 0, 0);
    }

    [Fact]
    public void ExReleaseResourceLite_NotOwned_UnderDeadlockDetection_BugChecksC4_1007()
    {
        using var machine = VerifierBoot.With(VerifierFlags.DeadlockDetection);
        ulong resource = 0;
        var status = machine.Run(() =>
        {
            var r = new ERESOURCE();
            ExInitializeResourceLite(r);
            resource = r.Address;
            KeEnterCriticalRegion();
            ExReleaseResourceLite(r);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x1007, resource, 0, 0);
    }

    [Fact]
    public void ExAcquireResourceExclusiveLite_WithApcsEnabled_WithoutVerifier_IsGranted()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        var granted = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var r = new ERESOURCE();
            ExInitializeResourceLite(r);
            granted = ExAcquireResourceExclusiveLite(r, true);
            ExReleaseResourceLite(r);
            ExDeleteResourceLite(r);
        }));
        Assert.True(granted);
    }

    [Fact]
    public void ExAcquireResourceExclusiveLite_WithApcsEnabled_UnderAnyOption_BugChecksC4_37()
    {
        using var machine = VerifierBoot.With(VerifierFlags.PoolTracking);
        ulong resource = 0;
        var status = machine.Run(() =>
        {
            var r = new ERESOURCE();
            ExInitializeResourceLite(r);
            resource = r.Address;
            ExAcquireResourceExclusiveLite(r, true);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x37, (ulong)PASSIVE_LEVEL, 0, resource);
    }
}
