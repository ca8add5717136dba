using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

public sealed class ExResourceTests
{
    [Fact]
    public void ExAcquireResourceSharedLite_TwoReaders_BothOwn()
    {
        using var machine = MachineAssert.Boot(processors: 2);
        var owners = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var resource = new ERESOURCE();
            ExInitializeResourceLite(resource);
            var inside = new KSEMAPHORE();
            var leave = new KEVENT();
            KeInitializeSemaphore(inside, 0, 1);
            KeInitializeEvent(leave, NotificationEvent, false);
            machine.Scheduler.CreateThread("Reader2", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                KeEnterCriticalRegion();
                ExAcquireResourceSharedLite(resource, true);
                Interlocked.Increment(ref owners);
                KeReleaseSemaphore(inside, 0, 1, false);
                KeWaitForSingleObject(leave, Executive, KernelMode, false, null);
                ExReleaseResourceLite(resource);
                KeLeaveCriticalRegion();
            });
            KeEnterCriticalRegion();
            ExAcquireResourceSharedLite(resource, true);
            KeWaitForSingleObject(inside, Executive, KernelMode, false, null);
            Interlocked.Increment(ref owners);
            Assert.Equal(1u, ExIsResourceAcquiredSharedLite(resource));
            Assert.False(ExAcquireResourceExclusiveLite(resource, false));
            ExReleaseResourceLite(resource);
            KeLeaveCriticalRegion();
            KeSetEvent(leave, 0, false);
        }));
        Assert.Equal(2, owners);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(9)]
    public void ExAcquireResourceExclusiveLite_WritersExcludeReaders(int seed)
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: seed);
        var value = 0;
        var torn = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var resource = new ERESOURCE();
            ExInitializeResourceLite(resource);
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 4);
            for (var t = 0; t < 4; t++)
            {
                var writer = t % 2 == 0;
                machine.Scheduler.CreateThread(writer ? $"W{t}" : $"R{t}", ThreadKind.System, machine.Modules.Kernel, () =>
                {
                    for (var i = 0; i < 5; i++)
                    {
                        KeEnterCriticalRegion();
                        if (writer)
                        {
                            ExAcquireResourceExclusiveLite(resource, true);
                            value++;
                            KeStallExecutionProcessor(1);
                            value++;
                        }
                        else
                        {
                            ExAcquireResourceSharedLite(resource, true);
                            torn |= value % 2 != 0;
                        }

                        ExReleaseResourceLite(resource);
                        KeLeaveCriticalRegion();
                    }

                    KeReleaseSemaphore(done, 0, 1, false);
                });
            }

            for (var t = 0; t < 4; t++)
            {
                KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            }
        }));
        Assert.Equal(20, value);
        Assert.False(torn);
    }

    [Fact]
    public void ExAcquireResourceExclusiveLite_ApcsEnabled_BugChecksC4_37()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var resource = new ERESOURCE();
            ExInitializeResourceLite(resource);
            address = resource.Address;
            ExAcquireResourceExclusiveLite(resource, true);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x37, 0, 0, address);
    }

    [Fact]
    public void ExConvertExclusiveToSharedLite_LetsOtherReadersIn()
    {
        using var machine = MachineAssert.Boot();
        var shared = 0u;
        var exclusive = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var resource = new ERESOURCE();
            ExInitializeResourceLite(resource);
            KeEnterCriticalRegion();
            ExAcquireResourceExclusiveLite(resource, true);
            ExConvertExclusiveToSharedLite(resource);
            exclusive = ExIsResourceAcquiredExclusiveLite(resource);
            shared = ExIsResourceAcquiredSharedLite(resource);
            ExReleaseResourceLite(resource);
            KeLeaveCriticalRegion();
            ExDeleteResourceLite(resource);
        }));
        Assert.False(exclusive);
        Assert.Equal(1u, shared);
    }

    /// <summary>A writer releases to two waiting readers; what ExGetSharedWaiterCount says at once,
    /// how many readers got in, and the run's trace hash.</summary>
    private static (uint WaitersAfterRelease, int ReadersIn, ulong Hash) ReleaseToReaders(int seed)
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: seed);
        uint waitersAfter = uint.MaxValue;
        var readersIn = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var resource = new ERESOURCE();
            ExInitializeResourceLite(resource);
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 2);
            KeEnterCriticalRegion();
            ExAcquireResourceExclusiveLite(resource, true);
            for (var t = 0; t < 2; t++)
            {
                machine.Scheduler.CreateThread($"Reader{t}", ThreadKind.System, machine.Modules.Kernel, () =>
                {
                    KeEnterCriticalRegion();
                    ExAcquireResourceSharedLite(resource, true);
                    Interlocked.Increment(ref readersIn);
                    ExReleaseResourceLite(resource);
                    KeLeaveCriticalRegion();
                    KeReleaseSemaphore(done, 0, 1, false);
                });
            }

            while (ExGetSharedWaiterCount(resource) < 2)
            {
                KeDelayExecutionThread(KernelMode, false, -10_000);
            }

            ExReleaseResourceLite(resource);
            waitersAfter = ExGetSharedWaiterCount(resource);
            KeLeaveCriticalRegion();
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        return (waitersAfter, readersIn, machine.Trace.Hash);
    }

    [Fact]
    public void ExReleaseResourceLite_GrantsWaitingReaders_SharedWaiterCountIsZeroOnEverySchedule()
    {
        var hashes = new HashSet<ulong>();
        for (var seed = 0; seed < 24; seed++)
        {
            var run = ReleaseToReaders(seed);
            Assert.True(run.WaitersAfterRelease == 0, $"seed {seed}: ExGetSharedWaiterCount is {run.WaitersAfterRelease} right after the release");
            Assert.Equal(2, run.ReadersIn);
            hashes.Add(run.Hash);
        }

        // The seeds explored more than one interleaving.
        Assert.True(hashes.Count > 1, $"only {hashes.Count} distinct traces");
    }
}
