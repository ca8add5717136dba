using static NtSim.Wdm;
using static NtSim.Tests.Ex.PoolTestSupport;

namespace NtSim.Tests.Ex;

public sealed class ExPoolTests
{
    private static readonly uint Tag = TAG("Samp");

    [Fact]
    public void ExAllocatePool2_NonPaged_WritesX64PoolHeader()
    {
        using var machine = Boot();
        PVOID p = default;
        (byte PreviousSize, byte PoolIndex, byte BlockSize, byte PoolType, uint Tag, ulong Contents) header = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            header = Header(p);
            ExFreePoolWithTag(p, Tag);
        }));
        Assert.Equal(0UL, p.Address % 16);
        Assert.StartsWith("ffffa50f`", p.ToString(), StringComparison.Ordinal);
        Assert.Equal((byte)5, header.BlockSize);          // (64 + 16) / 16
        Assert.Equal((byte)0, header.PreviousSize);       // first block of its page
        Assert.Equal((byte)1, header.PoolType);           // nonpaged, allocated
        Assert.Equal(Tag, header.Tag);
        Assert.Equal("Samp", PoolTag.Format(header.Tag));
    }

    [Fact]
    public void ExAllocatePool2_Paged_LivesInPagedPool()
    {
        using var machine = Boot();
        PVOID p = default;
        byte type = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            p = ExAllocatePool2(POOL_FLAG_PAGED, 100, Tag);
            type = Header(p).PoolType;
            ExFreePool(p);
        }));
        Assert.StartsWith("ffffc40e`", p.ToString(), StringComparison.Ordinal);
        Assert.Equal((byte)2, type);
    }

    [Fact]
    public void ExAllocatePool2_ReusedBlock_IsZeroedUnlessUninitialized()
    {
        using var machine = Boot();
        byte zeroed = 0xFF, stale = 0;
        PVOID first = default, second = default, third = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            first = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            first.AsSpan(64).Fill(0xAB);
            ExFreePoolWithTag(first, Tag);
            second = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            zeroed = second.AsReadOnlySpan(64)[63];
            second.AsSpan(64).Fill(0xCD);
            ExFreePoolWithTag(second, Tag);
            third = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_UNINITIALIZED, 64, Tag);
            stale = third.AsReadOnlySpan(64)[10];
            ExFreePoolWithTag(third, Tag);
        }));
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Equal(0, zeroed);
        Assert.Equal(0xCD, stale);
    }

    [Fact]
    public void ExAllocatePoolWithTag_LeavesOldContents_ExAllocatePoolZero_Zeroes()
    {
        using var machine = Boot();
        byte stale = 0, zero = 0xFF;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var a = ExAllocatePoolWithTag(NonPagedPoolNx, 32, Tag);
            a.AsSpan(32).Fill(0x5A);
            ExFreePoolWithTag(a, Tag);
            var b = ExAllocatePoolWithTag(NonPagedPoolNx, 32, Tag);
            stale = b.AsReadOnlySpan(32)[0];
            b.AsSpan(32).Fill(0x77);
            ExFreePoolWithTag(b, Tag);
            var c = ExAllocatePoolZero(NonPagedPoolNx, 32, Tag);
            zero = c.AsReadOnlySpan(32)[31];
            ExFreePoolWithTag(c, Tag);
        }));
        Assert.Equal(0x5A, stale);
        Assert.Equal(0, zero);
    }

    [Fact]
    public void ExAllocatePool2_TagZero_ReturnsNull()
    {
        using var machine = Boot();
        var result = new PVOID(1);
        MachineAssert.Completed(machine, machine.Run(() => result = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 0)));
        Assert.True(result.IsNull);
    }

    [Theory]
    [InlineData(POOL_FLAG_NON_PAGED | POOL_FLAG_RESERVED1)]
    [InlineData(POOL_FLAG_NON_PAGED | 0x8000_0000UL)]
    [InlineData(POOL_FLAG_UNINITIALIZED)]
    [InlineData(POOL_FLAG_NON_PAGED | POOL_FLAG_PAGED)]
    public void ExAllocatePool2_InvalidFlags_ReturnsNull(ulong flags)
    {
        using var machine = Boot();
        var result = new PVOID(1);
        MachineAssert.Completed(machine, machine.Run(() => result = ExAllocatePool2(flags, 64, Tag)));
        Assert.True(result.IsNull);
    }

    [Fact]
    public void ExAllocatePool2_UnknownOptionalFlag_IsIgnored()
    {
        using var machine = Boot();
        PVOID result = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            result = ExAllocatePool2(POOL_FLAG_NON_PAGED | 0x4000_0000_0000UL, 64, Tag);
            ExFreePool(result);
        }));
        Assert.False(result.IsNull);
    }

    [Fact]
    public void ExAllocatePool2_RaiseOnFailure_RaisesInsufficientResources()
    {
        using var machine = Boot();
        NTSTATUS tagZero = STATUS_SUCCESS, overLimit = STATUS_SUCCESS;
        var nullOverLimit = new PVOID(1);
        machine.Pool.NonPagedPoolLimit = 4096;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            try
            {
                ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_RAISE_ON_FAILURE, 64, 0);
            }
            catch (NtStatusException e)
            {
                tagZero = e.Status;
            }

            nullOverLimit = ExAllocatePool2(POOL_FLAG_NON_PAGED, 5000, Tag);
            try
            {
                ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_RAISE_ON_FAILURE, 5000, Tag);
            }
            catch (NtStatusException e)
            {
                overLimit = e.Status;
            }
        }));
        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, tagZero);
        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, overLimit);
        Assert.True(nullOverLimit.IsNull);
    }

    [Fact]
    public void ExAllocatePool2_PoolLimit_FailsWhenExhaustedAndRecoversAfterFree()
    {
        using var machine = Boot();
        machine.Pool.NonPagedPoolLimit = 80 * 3;
        var results = new List<PVOID>();
        PVOID afterFree = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            for (var i = 0; i < 4; i++)
            {
                results.Add(ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag));
            }

            ExFreePoolWithTag(results[0], Tag);
            afterFree = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
        }));
        Assert.False(results[2].IsNull);
        Assert.True(results[3].IsNull);
        Assert.Equal(results[0], afterFree);
    }

    [Fact]
    public void ExAllocatePool2_ZeroBytes_BugChecksC4_00()
    {
        using var machine = Boot();
        var status = machine.Run(() => ExAllocatePool2(POOL_FLAG_NON_PAGED, 0, Tag));
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x00, 0, (ulong)NonPagedPoolNx, 0);
        Assert.Contains("ExPoolTests.cs:", info.Location);
    }

    [Fact]
    public void ExAllocatePoolWithTag_ZeroBytes_BugChecksC4_00_WithPoolType()
    {
        using var machine = Boot();
        var status = machine.Run(() => ExAllocatePoolWithTag(PagedPool, 0, Tag));
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x00, 0, (ulong)PagedPool, 0);
    }

    [Fact]
    public void ExAllocatePool2_PagedAtDispatch_BugChecksC4_01()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x01, 2, (ulong)PagedPool, 64);
    }

    [Fact]
    public void ExAllocatePool2_NonPagedAtDispatch_Succeeds()
    {
        using var machine = Boot();
        PVOID p = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            ExFreePoolWithTag(p, Tag);
            KeLowerIrql(old);
        }));
        Assert.False(p.IsNull);
    }

    [Fact]
    public void ExAllocatePool2_NonPagedAboveDispatch_BugChecksC4_02()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(HIGH_LEVEL, out _);
            ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x02, 15, (ulong)NonPagedPoolNx, 64);
    }

    [Fact]
    public void ExFreePool_AddressNeverAllocated_BugChecksC4_10()
    {
        using var machine = Boot();
        ulong bad = 0;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            bad = (p + 8).Address;
            ExFreePool(p + 8);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x10, bad, 0, 0);
    }

    [Fact]
    public void ExFreePool_Null_BugChecksC4_10()
    {
        using var machine = Boot();
        var status = machine.Run(() => ExFreePool(default));
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x10, 0, 0, 0);
    }

    [Fact]
    public void ExFreePoolWithTag_PagedAtDispatch_BugChecksC4_11()
    {
        using var machine = Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            address = p.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExFreePoolWithTag(p, Tag);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x11, 2, (ulong)PagedPool, address);
    }

    [Fact]
    public void ExFreePoolWithTag_NonPagedAboveDispatch_BugChecksC4_12()
    {
        using var machine = Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            address = p.Address;
            KeRaiseIrql(HIGH_LEVEL, out _);
            ExFreePoolWithTag(p, Tag);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x12, 15, (ulong)NonPagedPoolNx, address);
    }

    [Fact]
    public void ExFreePoolWithTag_Twice_BugChecksC4_13_WithHeaderAndContents()
    {
        using var machine = Boot();
        ulong address = 0, contents = 0;
        byte blockSize = 0, type = 0xFF;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            address = p.Address;
            ExFreePoolWithTag(p, Tag);
            (_, _, blockSize, type, _, contents) = Header(p);
            ExFreePoolWithTag(p, Tag);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x13, 0, address - 16, contents);
        Assert.Equal((byte)5, blockSize);
        Assert.Equal((byte)0, type);
    }

    [Fact]
    public void ExFreePoolWithTag_WrongTag_BugChecksC2_0A()
    {
        using var machine = Boot();
        ulong address = 0;
        var other = TAG("Othr");
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            address = p.Address;
            ExFreePoolWithTag(p, other);
        });
        var info = MachineAssert.BugCheck(machine, status, BAD_POOL_CALLER, 0x0A, address, Tag, other);
        Assert.Contains("'Othr'", info.Detail);
        Assert.Contains("'Samp'", info.Detail);
    }

    [Fact]
    public void ExAllocatePool2_BigRequest_GetsWholePagesAndTracksThem()
    {
        using var machine = Boot();
        PVOID big = default;
        PoolTagUsage during = default, after = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            big = ExAllocatePool2(POOL_FLAG_NON_PAGED, 10_000, TAG("Big!"));
            big.AsSpan(10_000).Fill(1);
            during = machine.Pool.QueryTag("Big!");
            ExFreePoolWithTag(big, TAG("Big!"));
            after = machine.Pool.QueryTag("Big!");
        }));
        Assert.Equal(0UL, big.Address % PAGE_SIZE);
        Assert.Equal(3 * 4096L, during.NonPagedBytes);
        Assert.Equal(1, after.NonPagedFrees);
        Assert.Equal(0L, after.NonPagedBytes);
    }

    [Fact]
    public void ExFreePool_BigBlockTwice_BugChecksC4_13()
    {
        using var machine = Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var big = ExAllocatePool2(POOL_FLAG_PAGED, 8192, Tag);
            address = big.Address;
            ExFreePool(big);
            ExFreePool(big);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x13, 0, address, Tag);
    }

    [Fact]
    public void ExAllocatePool2_CacheAligned_BodyOnCacheLine()
    {
        using var machine = Boot();
        var addresses = new List<ulong>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExAllocatePool2(POOL_FLAG_NON_PAGED, 24, Tag);
            for (var i = 0; i < 20; i++)
            {
                addresses.Add(ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_CACHE_ALIGNED, (ulong)(40 + i * 7), Tag).Address);
            }
        }));
        Assert.All(addresses, a => Assert.Equal(0UL, a % 64));
        Assert.Empty(machine.Pool.Validate());
    }

    [Fact]
    public void ExAllocatePool_UsesTagNone()
    {
        using var machine = Boot();
        PoolTagUsage none = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExAllocatePool(NonPagedPool, 10);
            none = machine.Pool.QueryTag("None");
        }));
        Assert.Equal(1, none.NonPagedAllocs);
    }

    [Fact]
    public void ExAllocatePoolWithTag_TagZero_BugChecksC2_9B()
    {
        using var machine = Boot();
        var status = machine.Run(() => ExAllocatePoolWithTag(NonPagedPool, 10, 0));
        MachineAssert.BugCheck(machine, status, BAD_POOL_CALLER, 0x9B, (ulong)NonPagedPool, 10, 0);
    }

    [Fact]
    public void ExAllocatePoolWithTag_MustSucceed_BugChecksC2_9A()
    {
        using var machine = Boot();
        var status = machine.Run(() => ExAllocatePoolWithTag(NonPagedPoolMustSucceed, 10, Tag));
        MachineAssert.BugCheck(machine, status, BAD_POOL_CALLER, 0x9A, (ulong)NonPagedPoolMustSucceed, 10, Tag);
    }

    [Fact]
    public void ExAllocatePoolWithTag_RaiseType_RaisesOnFailure()
    {
        using var machine = Boot();
        machine.Pool.PagedPoolLimit = 1000;
        NTSTATUS raised = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            try
            {
                ExAllocatePoolWithTag(PagedPool | POOL_RAISE_IF_ALLOCATION_FAILURE, 2000, Tag);
            }
            catch (NtStatusException e)
            {
                raised = e.Status;
            }
        }));
        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, raised);
    }

    [Fact]
    public void TagUsage_CountsAllocationsFreesAndBytesPerPool()
    {
        using var machine = Boot();
        var tag = TAG("Cnt1");
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var a = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, tag);
            ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, tag);
            ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, tag);
            ExAllocatePool2(POOL_FLAG_PAGED, 100, tag);
            ExFreePoolWithTag(a, tag);
        }));
        var usage = machine.Pool.QueryTag(tag);
        Assert.Equal(3, usage.NonPagedAllocs);
        Assert.Equal(1, usage.NonPagedFrees);
        Assert.Equal(2 * 80L, usage.NonPagedBytes);
        Assert.Equal(1, usage.PagedAllocs);
        Assert.Equal(0, usage.PagedFrees);
        Assert.Equal(128L, usage.PagedBytes);
        Assert.Equal(3, usage.Outstanding);
        Assert.Contains(machine.Pool.TagUsage, u => u.TagText == "Cnt1");
        Assert.Equal(160UL, machine.Pool.NonPagedBytesInUse);
    }

    [Fact]
    public void ExAllocatePool2_Trace_RecordsPoolEvents()
    {
        using var machine = Boot(trace: true);
        MachineAssert.Completed(machine, machine.Run(() => ExFreePool(ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, Tag))));
        Assert.Contains(machine.Trace.Events, e => e.Kind == TraceKind.Pool && e.Detail.Contains("ExAllocatePool2", StringComparison.Ordinal));
        Assert.Contains(machine.Trace.Events, e => e.Kind == TraceKind.Pool && e.Detail.Contains("ExFreePool", StringComparison.Ordinal));
    }

    [Fact]
    public void ExAllocatePool2_SteadyState_AllocatesNoManagedMemory()
    {
        using var machine = Boot(trace: false);
        long allocated = -1;
        var lookaside = new NPAGED_LOOKASIDE_LIST();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExInitializeNPagedLookasideList(lookaside, null, null, 0, 64, Tag, 0);
            for (var i = 0; i < 100; i++)
            {
                Cycle(lookaside);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                Cycle(lookaside);
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            ExDeleteNPagedLookasideList(lookaside);
        }));
        Assert.Equal(0, allocated);

        static void Cycle(NPAGED_LOOKASIDE_LIST lookaside)
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            p.AsSpan(64)[0] = 1;
            ExFreePoolWithTag(p, Tag);
            var e = ExAllocateFromNPagedLookasideList(lookaside);
            ExFreeToNPagedLookasideList(lookaside, e);
        }
    }
}
