using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

public sealed class ExFastMutexTests
{
    [Fact]
    public void ExAcquireFastMutex_RaisesToApcLevel_ReleaseRestores()
    {
        using var machine = MachineAssert.Boot();
        KIRQL inside = PASSIVE_LEVEL, after = HIGH_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            ExAcquireFastMutex(mutex);
            inside = KeGetCurrentIrql();
            ExReleaseFastMutex(mutex);
            after = KeGetCurrentIrql();
        }));
        Assert.Equal(APC_LEVEL, inside);
        Assert.Equal(PASSIVE_LEVEL, after);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void ExAcquireFastMutex_Contended_SerializesThreads(int seed)
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: seed);
        var counter = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 3);
            for (var t = 0; t < 3; t++)
            {
                machine.Scheduler.CreateThread($"T{t}", ThreadKind.System, machine.Modules.Kernel, () =>
                {
                    for (var i = 0; i < 10; i++)
                    {
                        ExAcquireFastMutex(mutex);
                        var v = counter;
                        KeStallExecutionProcessor(1);
                        counter = v + 1;
                        ExReleaseFastMutex(mutex);
                    }

                    KeReleaseSemaphore(done, 0, 1, false);
                });
            }

            for (var t = 0; t < 3; t++)
            {
                KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            }
        }));
        Assert.Equal(30, counter);
    }

    [Fact]
    public void ExAcquireFastMutex_AtDispatch_BugChecksC4_33()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            address = mutex.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExAcquireFastMutex(mutex);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x33, 2, address, 0);
    }

    [Fact]
    public void ExReleaseFastMutex_AtPassive_BugChecksC4_34()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            address = mutex.Address;
            ExReleaseFastMutex(mutex);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x34, 0, address, 0);
    }

    [Fact]
    public void ExAcquireFastMutex_Recursive_BugChecksC4_1000()
    {
        using var machine = MachineAssert.Boot();
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
    public void ExAcquireFastMutexUnsafe_OutsideCriticalRegion_BugChecksC4_39()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            address = mutex.Address;
            ExAcquireFastMutexUnsafe(mutex);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x39, 0, 0, address);
    }

    [Fact]
    public void ExAcquireFastMutexUnsafe_InCriticalRegion_Works()
    {
        using var machine = MachineAssert.Boot();
        var tried = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new FAST_MUTEX();
            ExInitializeFastMutex(mutex);
            KeEnterCriticalRegion();
            ExAcquireFastMutexUnsafe(mutex);
            tried = ExTryToAcquireFastMutex(mutex);
            ExReleaseFastMutexUnsafe(mutex);
            KeLeaveCriticalRegion();
        }));
        Assert.False(tried);
    }
}

public sealed class KeGuardedMutexTests
{
    [Fact]
    public void KeAcquireGuardedMutex_DisablesAllApcs_KeepsIrql()
    {
        using var machine = MachineAssert.Boot();
        KIRQL irql = HIGH_LEVEL;
        bool disabled = false, tried = true, after = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new KGUARDED_MUTEX();
            KeInitializeGuardedMutex(mutex);
            KeAcquireGuardedMutex(mutex);
            irql = KeGetCurrentIrql();
            disabled = KeAreAllApcsDisabled();
            tried = KeTryToAcquireGuardedMutex(mutex);
            KeReleaseGuardedMutex(mutex);
            after = KeAreAllApcsDisabled();
        }));
        Assert.Equal(PASSIVE_LEVEL, irql);
        Assert.True(disabled);
        Assert.False(tried);
        Assert.False(after);
    }
}
