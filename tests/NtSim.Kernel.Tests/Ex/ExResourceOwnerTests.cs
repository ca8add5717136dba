using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

public sealed class ExResourceOwnerTests
{
    private const ulong OwnerPointer = 0xFFFF_A000_0012_3403;   // an ERESOURCE_THREAD value with its two low bits set

    [Fact]
    public void ExSetResourceOwnerPointer_PassesOwnership_AndReleaseForThreadFreesIt()
    {
        using var machine = MachineAssert.Boot();
        bool ownedAfterPass = true, freeAfterRelease = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var resource = new ERESOURCE();
            ExInitializeResourceLite(resource);
            KeEnterCriticalRegion();
            ExAcquireResourceExclusiveLite(resource, true);
            ExSetResourceOwnerPointer(resource, new PVOID(OwnerPointer));
            ownedAfterPass = ExIsResourceAcquiredExclusiveLite(resource);
            ExReleaseResourceForThreadLite(resource, OwnerPointer);
            freeAfterRelease = ExAcquireResourceExclusiveLite(resource, false);
            ExReleaseResourceLite(resource);
            KeLeaveCriticalRegion();
        }));
        Assert.False(ownedAfterPass);
        Assert.True(freeAfterRelease);
    }

    [Fact]
    public void ExReleaseResourceForThreadLite_AnotherThreadReleasesTheSharedOwnersAcquisition()
    {
        using var machine = MachineAssert.Boot();
        var acquiredAfter = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var resource = new ERESOURCE();
            ExInitializeResourceLite(resource);
            var owner = 0UL;
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            machine.Scheduler.CreateThread("Reader", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                KeEnterCriticalRegion();
                ExAcquireResourceSharedLite(resource, true);
                owner = ExGetCurrentResourceThread();
                KeLeaveCriticalRegion();
                KeSetEvent(done, 0, false);
            });
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            KeEnterCriticalRegion();
            ExReleaseResourceForThreadLite(resource, owner);
            acquiredAfter = ExAcquireResourceExclusiveLite(resource, false);
            ExReleaseResourceLite(resource);
            KeLeaveCriticalRegion();
        }));
        Assert.True(acquiredAfter);
    }

    [Fact]
    public void ExGetCurrentResourceThread_IsTheThreadsAddress()
    {
        using var machine = MachineAssert.Boot();
        ulong id = 0, address = 1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            id = ExGetCurrentResourceThread();
            address = KeGetCurrentThread().Address;
        }));
        Assert.Equal(address, id);
    }

    [Fact]
    public void ExSetResourceOwnerPointer_NotOwned_BugChecksResourceNotOwned()
    {
        using var machine = MachineAssert.Boot();
        ulong resource = 0, thread = 0;
        var status = machine.Run(() =>
        {
            var r = new ERESOURCE();
            ExInitializeResourceLite(r);
            resource = r.Address;
            thread = KeGetCurrentThread().Address;
            ExSetResourceOwnerPointer(r, new PVOID(OwnerPointer));
        });

        // RESOURCE_NOT_OWNED (0xE3): P1 the resource, P2 the thread.
        MachineAssert.BugCheck(machine, status, RESOURCE_NOT_OWNED, resource, thread, 0, 0);
    }

    [Fact]
    public void ExReleaseResourceForThreadLite_OwnerThatHoldsNothing_BugChecksResourceNotOwnedWithTheOwner()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Verifier = VerifierFlags.AnyOption & ~VerifierFlags.DeadlockDetection });
        ulong resource = 0;
        var status = machine.Run(() =>
        {
            var r = new ERESOURCE();
            ExInitializeResourceLite(r);
            resource = r.Address;
            ExReleaseResourceForThreadLite(r, OwnerPointer);
        });

        // RESOURCE_NOT_OWNED (0xE3): P1 the resource, P2 the ERESOURCE_THREAD named.
        MachineAssert.BugCheck(machine, status, RESOURCE_NOT_OWNED, resource, OwnerPointer, 0, 0);
    }

    [Fact]
    public void SharedRules_WithAnExclusiveWaiter_OnlyStarveExclusiveIsGranted()
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: 5);
        bool normal = true, waitForExclusive = true, starve = false, writerGotIt = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var resource = new ERESOURCE();
            ExInitializeResourceLite(resource);
            var held = new KEVENT();
            var leave = new KEVENT();
            var writerDone = new KEVENT();
            KeInitializeEvent(held, NotificationEvent, false);
            KeInitializeEvent(leave, NotificationEvent, false);
            KeInitializeEvent(writerDone, NotificationEvent, false);
            machine.Scheduler.CreateThread("Reader", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                ExEnterCriticalRegionAndAcquireResourceShared(resource);
                KeSetEvent(held, 0, false);
                KeWaitForSingleObject(leave, Executive, KernelMode, false, null);
                ExReleaseResourceAndLeaveCriticalRegion(resource);
            });
            KeWaitForSingleObject(held, Executive, KernelMode, false, null);
            machine.Scheduler.CreateThread("Writer", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                ExEnterCriticalRegionAndAcquireResourceExclusive(resource);
                writerGotIt = ExIsResourceAcquiredExclusiveLite(resource);
                ExReleaseResourceAndLeaveCriticalRegion(resource);
                KeSetEvent(writerDone, 0, false);
            });
            var tick = new LARGE_INTEGER(-10_000);
            while (ExGetExclusiveWaiterCount(resource) == 0)
            {
                KeDelayExecutionThread(KernelMode, false, tick);
            }

            KeEnterCriticalRegion();
            normal = ExAcquireResourceSharedLite(resource, false);
            waitForExclusive = ExAcquireSharedWaitForExclusive(resource, false);
            starve = ExAcquireSharedStarveExclusive(resource, false);
            ExReleaseResourceLite(resource);
            KeLeaveCriticalRegion();
            KeSetEvent(leave, 0, false);
            KeWaitForSingleObject(writerDone, Executive, KernelMode, false, null);
        }));
        Assert.False(normal);
        Assert.False(waitForExclusive);
        Assert.True(starve);
        Assert.True(writerGotIt);
    }

    [Fact]
    public void ExEnterCriticalRegionAndAcquireResourceExclusive_DisablesApcsUntilTheRelease()
    {
        using var machine = MachineAssert.Boot();
        bool disabledInside = false, ownedInside = false, disabledAfter = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var resource = new ERESOURCE();
            ExInitializeResourceLite(resource);
            ExEnterCriticalRegionAndAcquireResourceExclusive(resource);
            disabledInside = KeAreApcsDisabled();
            ownedInside = ExIsResourceAcquiredExclusiveLite(resource);
            ExReleaseResourceAndLeaveCriticalRegion(resource);
            disabledAfter = KeAreApcsDisabled();
        }));
        Assert.True(disabledInside);
        Assert.True(ownedInside);
        Assert.False(disabledAfter);
    }

    [Fact]
    public void ExReinitializeResourceLite_ReleasedResource_IsFreeAgain()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = STATUS_UNSUCCESSFUL;
        var acquired = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var resource = new ERESOURCE();
            ExInitializeResourceLite(resource);
            KeEnterCriticalRegion();
            ExAcquireResourceSharedLite(resource, true);
            ExReleaseResourceLite(resource);
            status = ExReinitializeResourceLite(resource);
            acquired = ExAcquireResourceExclusiveLite(resource, false);
            ExReleaseResourceLite(resource);
            KeLeaveCriticalRegion();
        }));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.True(acquired);
    }
}
