using static NtSim.Wdm;
using static NtSim.Tests.Ex.PoolTestSupport;

namespace NtSim.Tests.Vf;

public sealed class TrackingTests
{
    private static readonly uint Tag = TAG("Trk1");

    [Fact]
    public void Outstanding_ListsAllocationWithFileLineTagAndSize()
    {
        using var machine = Boot();
        PVOID p = default;
        var line = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 72, Tag); line = Here();
        }));
        var held = Assert.Single(machine.Tracking.Outstanding(TestModule));
        Assert.Equal(ResourceKind.PoolAllocation, held.Kind);
        Assert.Equal(TestModule, held.Module);
        Assert.Equal(p, held.Address);
        Assert.Equal(Tag, held.Tag);
        Assert.Equal(72UL, held.Size);
        Assert.Equal(NonPagedPoolNx, held.PoolType);
        Assert.Equal(line, held.Line);
        Assert.EndsWith("TrackingTests.cs", held.File, StringComparison.Ordinal);
        Assert.Equal($"TrackingTests.cs:{line}", held.Location);
    }

    [Fact]
    public void Outstanding_AfterFree_IsEmpty()
    {
        using var machine = Boot();
        MachineAssert.Completed(machine, machine.Run(() => ExFreePoolWithTag(ExAllocatePool2(POOL_FLAG_PAGED, 8, Tag), Tag)));
        Assert.Empty(machine.Tracking.Outstanding(TestModule));
        Assert.Equal(0, machine.Tracking.Count);
        Assert.Equal(1, machine.Tracking.TotalTracked);
    }

    [Fact]
    public void Report_NamesTestFileLineTagAndSize()
    {
        using var machine = Boot();
        var first = 0;
        var second = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag); first = Here();
            var keep = ExAllocatePool2(POOL_FLAG_PAGED, 5000, TAG("Big2")); second = Here();
            var freed = ExAllocatePool2(POOL_FLAG_PAGED, 16, Tag);
            ExFreePool(freed);
            _ = keep;
        }));
        var report = machine.Tracking.Report(TestModule);
        Assert.Contains("2 outstanding resource(s); pool: 2 allocation(s), 5064 byte(s)", report);
        Assert.Contains($"Pool 'Trk1' 64 bytes NonPagedPoolNx", report);
        Assert.Contains($"TrackingTests.cs:{first}", report);
        Assert.Contains($"Pool 'Big2' 5000 bytes PagedPool", report);
        Assert.Contains($"TrackingTests.cs:{second}", report);
    }

    [Fact]
    public void Outstanding_FiltersByModule_CaseInsensitive()
    {
        using var machine = Boot();
        MachineAssert.Completed(machine, machine.Run(() => ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, Tag)));
        Assert.Single(machine.Tracking.Outstanding(TestModule.ToUpperInvariant()));
        Assert.Empty(machine.Tracking.Outstanding("SomeOtherDriver"));
        Assert.Single(machine.Tracking.Outstanding());
        Assert.Single(machine.Tracking.Outstanding(TestModule, ResourceKind.PoolAllocation));
        Assert.Empty(machine.Tracking.Outstanding(TestModule, ResourceKind.LookasideList));
    }

    [Fact]
    public void Outstanding_SequenceNumbersFollowAllocationOrder()
    {
        using var machine = Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            for (var i = 1; i <= 5; i++)
            {
                ExAllocatePool2(POOL_FLAG_NON_PAGED, (ulong)i, Tag);
            }
        }));
        var held = machine.Tracking.Outstanding(TestModule);
        Assert.Equal([1UL, 2, 3, 4, 5], held.Select(r => r.Size));
        Assert.True(held.Zip(held.Skip(1)).All(pair => pair.First.Sequence < pair.Second.Sequence));
    }

    [Fact]
    public void LookasideList_IsTrackedUntilDeleted()
    {
        using var machine = Boot();
        var list = new NPAGED_LOOKASIDE_LIST();
        var line = 0;
        IReadOnlyList<TrackedResource> live = [];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExInitializeNPagedLookasideList(list, null, null, 0, 64, Tag, 0); line = Here();
            var e = ExAllocateFromNPagedLookasideList(list);
            ExFreeToNPagedLookasideList(list, e);
            live = machine.Tracking.Outstanding(TestModule);
            ExDeleteNPagedLookasideList(list);
        }));
        var lookaside = Assert.Single(live, r => r.Kind == ResourceKind.LookasideList);
        Assert.Equal(line, lookaside.Line);
        Assert.Contains("NPAGED_LOOKASIDE_LIST 'Trk1'", lookaside.Description);
        Assert.Single(live, r => r.Kind == ResourceKind.PoolAllocation);
        Assert.Empty(machine.Tracking.Outstanding(TestModule));
    }

    [Fact]
    public void LookasideEntry_AllocatedOnMiss_CarriesTheCallersLine()
    {
        using var machine = Boot();
        var list = new NPAGED_LOOKASIDE_LIST();
        var line = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExInitializeNPagedLookasideList(list, null, null, 0, 64, Tag, 0);
            ExAllocateFromNPagedLookasideList(list); line = Here();
        }));
        var entry = Assert.Single(machine.Tracking.Outstanding(TestModule, ResourceKind.PoolAllocation));
        Assert.Equal(line, entry.Line);
        Assert.Equal(Tag, entry.Tag);
    }

    [Fact]
    public void ResourceTracker_OtherKinds_CanBeTrackedWithADescription()
    {
        using var machine = Boot();
        var tracker = machine.Tracking;
        var module = new KernelModule("Widget", null);
        var handle = tracker.Track(ResourceKind.WorkItem, module, 0xFFFF_D000_0000_1000, 0, 0, 0, "/src/Widget.cs", 12, "IO_WORKITEM for \\Device\\Widget");
        var held = Assert.Single(tracker.Outstanding("widget"));
        Assert.Equal(ResourceKind.WorkItem, held.Kind);
        Assert.Contains("IO_WORKITEM", held.ToString());
        Assert.Contains("Widget.cs:12", tracker.Report("Widget"));
        tracker.Untrack(handle);
        Assert.Empty(tracker.Outstanding("Widget"));
        Assert.Throws<InvalidOperationException>(() => tracker.Untrack(handle));
    }
}
