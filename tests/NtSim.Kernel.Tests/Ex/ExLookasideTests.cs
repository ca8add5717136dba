using static NtSim.Wdm;
using static NtSim.Tests.Ex.PoolTestSupport;

namespace NtSim.Tests.Ex;

public sealed class ExLookasideTests
{
    private static readonly uint Tag = TAG("LkAs");

    [Fact]
    public void ExAllocateFromNPagedLookasideList_MissThenHit_CountsAndReusesLastFreed()
    {
        using var machine = Boot();
        var list = new NPAGED_LOOKASIDE_LIST();
        PVOID first = default, second = default;
        PoolTagUsage usage = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExInitializeNPagedLookasideList(list, null, null, 0, 100, Tag, 0);
            first = ExAllocateFromNPagedLookasideList(list);
            ExFreeToNPagedLookasideList(list, first);
            second = ExAllocateFromNPagedLookasideList(list);
            usage = machine.Pool.QueryTag(Tag);
            ExFreeToNPagedLookasideList(list, second);
            ExDeleteNPagedLookasideList(list);
        }));
        Assert.Equal(first, second);
        Assert.Equal(2u, list.L.TotalAllocates);
        Assert.Equal(1u, list.L.AllocateMisses);
        Assert.Equal(2u, list.L.TotalFrees);
        Assert.Equal(0u, list.L.FreeMisses);
        Assert.Equal(100u, list.L.Size);
        Assert.Equal(Tag, list.L.Tag);
        Assert.Equal(NonPagedPool, list.L.Type);
        Assert.Equal(1, usage.NonPagedAllocs);
        Assert.Equal(0, machine.Pool.QueryTag(Tag).Outstanding);
    }

    [Fact]
    public void ExFreeToNPagedLookasideList_PastDepth_FreesToPoolAndCountsMisses()
    {
        using var machine = Boot();
        var list = new NPAGED_LOOKASIDE_LIST();
        long outstandingAfterFrees = -1;
        int cached = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExInitializeNPagedLookasideList(list, null, null, (uint)POOL_NX_ALLOCATION, 48, Tag, 0);
            var entries = new List<PVOID>();
            for (var i = 0; i < 10; i++)
            {
                entries.Add(ExAllocateFromNPagedLookasideList(list));
            }

            foreach (var e in entries)
            {
                ExFreeToNPagedLookasideList(list, e);
            }

            outstandingAfterFrees = machine.Pool.QueryTag(Tag).Outstanding;
            cached = list.L.CurrentDepth;
            ExDeleteNPagedLookasideList(list);
        }));
        Assert.Equal(list.L.Depth, cached);
        Assert.Equal(10u - list.L.Depth, list.L.FreeMisses);
        Assert.Equal(list.L.Depth, outstandingAfterFrees);
        Assert.Equal(NonPagedPoolNx, list.L.Type);
        Assert.Equal(0, machine.Pool.QueryTag(Tag).Outstanding);
        Assert.Equal(10, machine.Pool.QueryTag(Tag).NonPagedFrees);
    }

    [Fact]
    public void ExInitializeNPagedLookasideList_CustomRoutines_AreCalledWithTypeSizeAndTag()
    {
        using var machine = Boot();
        var list = new NPAGED_LOOKASIDE_LIST();
        var calls = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExInitializeNPagedLookasideList(list,
                (type, bytes, tag) =>
                {
                    calls.Add($"alloc {(int)type} {bytes} {PoolTag.Format(tag)}");
                    return ExAllocatePoolWithTag(type, bytes, tag);
                },
                buffer =>
                {
                    calls.Add("free");
                    ExFreePoolWithTag(buffer, Tag);
                },
                (uint)POOL_RAISE_IF_ALLOCATION_FAILURE, 32, Tag, 0);
            var e = ExAllocateFromNPagedLookasideList(list);
            ExFreeToNPagedLookasideList(list, e);
            ExDeleteNPagedLookasideList(list);
        }));
        Assert.Equal(["alloc 16 32 LkAs", "free"], calls);
    }

    [Fact]
    public void ExAllocateFromPagedLookasideList_Works_AtPassive()
    {
        using var machine = Boot();
        var list = new PAGED_LOOKASIDE_LIST();
        PVOID entry = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExInitializePagedLookasideList(list, null, null, 0, 256, Tag, 0);
            entry = ExAllocateFromPagedLookasideList(list);
            entry.AsSpan(256).Fill(3);
            ExFreeToPagedLookasideList(list, entry);
            ExDeletePagedLookasideList(list);
        }));
        Assert.StartsWith("ffffc40e`", entry.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, machine.Pool.QueryTag(Tag).PagedFrees);
    }

    [Fact]
    public void ExAllocateFromPagedLookasideList_AtDispatch_BugChecksC4_E5()
    {
        using var machine = Boot();
        var list = new PAGED_LOOKASIDE_LIST();
        var status = machine.Run(() =>
        {
            ExInitializePagedLookasideList(list, null, null, 0, 64, Tag, 0);
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExAllocateFromPagedLookasideList(list);
        });
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, 2, 0, 0);
        Assert.Contains("ExAllocateFromPagedLookasideList", info.Detail);
    }

    [Fact]
    public void ExFreeToNPagedLookasideList_AboveDispatch_BugChecksC4_E5()
    {
        using var machine = Boot();
        var list = new NPAGED_LOOKASIDE_LIST();
        var status = machine.Run(() =>
        {
            ExInitializeNPagedLookasideList(list, null, null, 0, 64, Tag, 0);
            var e = ExAllocateFromNPagedLookasideList(list);
            KeRaiseIrql(HIGH_LEVEL, out _);
            ExFreeToNPagedLookasideList(list, e);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, 15, 0, 0);
    }

    [Fact]
    public void ExAllocateFromNPagedLookasideList_AtDispatch_Works()
    {
        using var machine = Boot();
        var list = new NPAGED_LOOKASIDE_LIST();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExInitializeNPagedLookasideList(list, null, null, 0, 64, Tag, 0);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            var e = ExAllocateFromNPagedLookasideList(list);
            e.AsSpan(64).Clear();
            ExFreeToNPagedLookasideList(list, e);
            KeLowerIrql(old);
            ExDeleteNPagedLookasideList(list);
        }));
    }

    [Fact]
    public void ExFreeToNPagedLookasideList_NullEntry_RaisesAccessViolation()
    {
        using var machine = Boot();
        var list = new NPAGED_LOOKASIDE_LIST();
        NTSTATUS caught = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExInitializeNPagedLookasideList(list, null, null, 0, 64, Tag, 0);
            try
            {
                ExFreeToNPagedLookasideList(list, PVOID.NULL);
            }
            catch (NtStatusException e)
            {
                caught = e.Status;
            }

            ExDeleteNPagedLookasideList(list);
        }));
        Assert.Equal(STATUS_ACCESS_VIOLATION, caught);
    }

    [Fact]
    public void ExAllocateFromNPagedLookasideList_Uninitialized_RaisesAccessViolationNamingTheCall()
    {
        using var machine = Boot();
        NtStatusException? error = null;
        MachineAssert.Completed(machine, machine.Run(() =>
            error = Assert.Throws<NtStatusException>(() => ExAllocateFromNPagedLookasideList(new NPAGED_LOOKASIDE_LIST()))));
        Assert.Equal(STATUS_ACCESS_VIOLATION, error!.Status);
        Assert.Contains("ExAllocateFromNPagedLookasideList: the lookaside list was never initialized", error.Message);
    }

    [Fact]
    public void ExInitializeNPagedLookasideList_Twice_ThrowsClearError()
    {
        using var machine = Boot();
        var list = new NPAGED_LOOKASIDE_LIST();
        InvalidOperationException? error = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExInitializeNPagedLookasideList(list, null, null, 0, 64, Tag, 0);
            error = Assert.Throws<InvalidOperationException>(() => ExInitializeNPagedLookasideList(list, null, null, 0, 64, Tag, 0));
            ExDeleteNPagedLookasideList(list);
        }));
        Assert.Contains("already initialized", error!.Message);
    }

    [Fact]
    public void ExInitializeLookasideListEx_BadPoolTypeOrFlags_ReturnsInvalidParameter()
    {
        using var machine = Boot();
        NTSTATUS badType = STATUS_SUCCESS, badFlags = STATUS_SUCCESS, bothFlags = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            badType = ExInitializeLookasideListEx(new LOOKASIDE_LIST_EX(), null, null, (POOL_TYPE)0x10000, 0, 64, Tag, 0);
            badFlags = ExInitializeLookasideListEx(new LOOKASIDE_LIST_EX(), null, null, NonPagedPoolNx, 0x4, 64, Tag, 0);
            bothFlags = ExInitializeLookasideListEx(new LOOKASIDE_LIST_EX(), null, null, NonPagedPoolNx,
                EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL | EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE, 64, Tag, 0);
        }));
        Assert.Equal(STATUS_INVALID_PARAMETER_4, badType);
        Assert.Equal(STATUS_INVALID_PARAMETER_5, badFlags);
        Assert.Equal(STATUS_INVALID_PARAMETER_5, bothFlags);
    }

    [Fact]
    public void ExAllocateFromLookasideListEx_CallbacksReceiveTheListAndRaiseType()
    {
        using var machine = Boot();
        var list = new LOOKASIDE_LIST_EX();
        NTSTATUS status = STATUS_UNSUCCESSFUL;
        POOL_TYPE seenType = MaxPoolType;
        LOOKASIDE_LIST_EX? seenList = null;
        var frees = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            status = ExInitializeLookasideListEx(list,
                (type, bytes, tag, lookaside) =>
                {
                    seenType = type;
                    seenList = lookaside;
                    return ExAllocatePoolWithTag(type, bytes, tag);
                },
                (buffer, lookaside) =>
                {
                    frees++;
                    ExFreePoolWithTag(buffer, lookaside.L.Tag);
                },
                NonPagedPoolNx, EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL, 128, Tag, 0);
            var a = ExAllocateFromLookasideListEx(list);
            var b = ExAllocateFromLookasideListEx(list);
            ExFreeToLookasideListEx(list, a);
            ExFreeToLookasideListEx(list, b);
            ExFlushLookasideListEx(list);
            var c = ExAllocateFromLookasideListEx(list);
            ExFreeToLookasideListEx(list, c);
            ExDeleteLookasideListEx(list);
        }));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(NonPagedPoolNx | POOL_RAISE_IF_ALLOCATION_FAILURE, seenType);
        Assert.Same(list, seenList);
        Assert.Equal(3, frees);
        Assert.Equal(3u, list.L.AllocateMisses);
        Assert.Equal(0, machine.Pool.QueryTag(Tag).Outstanding);
    }

    [Fact]
    public void ExAllocateFromLookasideListEx_PoolExhausted_ReturnsNull_OrRaisesWithFlag()
    {
        using var machine = Boot();
        machine.Pool.NonPagedPoolLimit = 100;
        PVOID plain = new(1);
        NTSTATUS raised = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var quiet = new LOOKASIDE_LIST_EX();
            ExInitializeLookasideListEx(quiet, null, null, NonPagedPoolNx, 0, 512, Tag, 0);
            plain = ExAllocateFromLookasideListEx(quiet);
            ExDeleteLookasideListEx(quiet);

            var loud = new LOOKASIDE_LIST_EX();
            ExInitializeLookasideListEx(loud, null, null, NonPagedPoolNx, EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL, 512, Tag, 0);
            try
            {
                ExAllocateFromLookasideListEx(loud);
            }
            catch (NtStatusException e)
            {
                raised = e.Status;
            }

            ExDeleteLookasideListEx(loud);
        }));
        Assert.True(plain.IsNull);
        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, raised);
    }
}
