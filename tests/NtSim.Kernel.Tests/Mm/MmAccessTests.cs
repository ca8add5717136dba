using static NtSim.Wdm;
using static NtSim.Tests.Ex.PoolTestSupport;

namespace NtSim.Tests.Mm;

public sealed class MmAccessTests
{
    private static readonly uint Tag = TAG("MmT1");
    private const ulong Unmapped = 0xFFFF_F123_4567_8000;

    [Fact]
    public void PVOID_ToString_IsWinDbgStyle()
    {
        Assert.Equal("ffffa50f`00001010", new PVOID(0xFFFF_A50F_0000_1010).ToString());
        Assert.Equal("00000000`00000000", PVOID.NULL.ToString());
        Assert.True(default(PVOID).IsNull);
    }

    [Fact]
    public void PVOID_Arithmetic_WorksInBytes()
    {
        var p = new PVOID(0x1000);
        Assert.Equal(new PVOID(0x1010), p + 16);
        Assert.Equal(new PVOID(0x0FF0), p - 16);
        Assert.Equal(0x10L, (p + 16) - p);
        Assert.True(p < p + 1);
        Assert.Equal(0x1000UL, (ulong)p);
    }

    [Fact]
    public void As_ReadsAndWritesThroughPool()
    {
        using var machine = Boot();
        long read = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, Tag);
            p.As<long>() = 0x1122334455667788;
            (p + 8).Write(42);
            read = p.Read<long>() + (p + 8).Read<int>();
            ExFreePoolWithTag(p, Tag);
        }));
        Assert.Equal(0x1122334455667788 + 42, read);
    }

    [Fact]
    public void AsReadOnlySpan_PagedAtDispatch_BugChecksD1_Read()
    {
        using var machine = Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            address = p.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            _ = p.AsReadOnlySpan(4)[0];
        });
        var info = MachineAssert.BugCheck(machine, status, DRIVER_IRQL_NOT_LESS_OR_EQUAL, address, 2, 0, 0);
        Assert.Contains("MmAccessTests.cs:", info.Location);
        Assert.Contains("paged pool", info.Detail);
    }

    [Fact]
    public void As_PagedAtDispatch_BugChecksD1_Write()
    {
        using var machine = Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            address = p.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            p.As<int>() = 1;
        });
        MachineAssert.BugCheck(machine, status, DRIVER_IRQL_NOT_LESS_OR_EQUAL, address, 2, 1, 0);
    }

    [Fact]
    public void AsSpan_NonPagedAtDispatch_Works()
    {
        using var machine = Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            p.AsSpan(64).Fill(7);
            KeLowerIrql(old);
            ExFreePoolWithTag(p, Tag);
        }));
    }

    [Fact]
    public void AsSpan_UnmappedSystemAddress_BugChecks50()
    {
        using var machine = Boot();
        var status = machine.Run(() => new PVOID(Unmapped).AsSpan(8)[0] = 1);
        var info = MachineAssert.BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, Unmapped, 1, 0, 0);
        Assert.Contains("not mapped", info.Detail);
    }

    [Fact]
    public void AsReadOnlySpan_UnmappedSystemAddress_BugChecks50_Read()
    {
        using var machine = Boot();
        var status = machine.Run(() => _ = new PVOID(Unmapped).AsReadOnlySpan(8)[0]);
        MachineAssert.BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, Unmapped, 0, 0, 0);
    }

    [Fact]
    public void AsSpan_UnmappedAtDispatch_BugChecksD1()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            new PVOID(Unmapped).AsSpan(8)[0] = 1;
        });
        MachineAssert.BugCheck(machine, status, DRIVER_IRQL_NOT_LESS_OR_EQUAL, Unmapped, 2, 1, 0);
    }

    [Fact]
    public void AsSpan_Null_RaisesAccessViolationTheDriverCanCatch()
    {
        using var machine = Boot();
        NTSTATUS caught = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            try
            {
                PVOID.NULL.As<int>() = 1;
            }
            catch (NtStatusException e)
            {
                caught = e.Status;
            }
        }));
        Assert.Equal(STATUS_ACCESS_VIOLATION, caught);
    }

    [Fact]
    public void AsSpan_NullUncaught_BugChecks7E_AccessViolation()
    {
        using var machine = Boot();
        var status = machine.Run(() => PVOID.NULL.As<int>() = 1);
        MachineAssert.BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, unchecked((uint)STATUS_ACCESS_VIOLATION), 0, 0, 0);
    }

    [Fact]
    public void AsSpan_RunsPastBlockIntoNextHeader_WithoutFaulting()
    {
        using var machine = Boot();
        byte nextBlockSize = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var a = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, Tag);
            ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, Tag);
            nextBlockSize = a.AsReadOnlySpan(48)[32 + 2];
        }));
        Assert.Equal((byte)3, nextBlockSize);
    }

    [Fact]
    public void AsSpan_PastEndOfBigAllocation_FaultsAtNextPage()
    {
        using var machine = Boot();
        ulong pageAfter = 0;
        var status = machine.Run(() =>
        {
            var big = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8192, Tag);
            pageAfter = big.Address + 8192;
            big.AsSpan(8192).Fill(1);
            big.AsSpan(8193).Fill(1);
        });
        MachineAssert.BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, pageAfter, 1, 0, 0);
    }

    [Fact]
    public void AsSpan_BigAllocationAfterFree_BugChecks50()
    {
        using var machine = Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var big = ExAllocatePool2(POOL_FLAG_NON_PAGED, 5000, Tag);
            address = big.Address;
            ExFreePoolWithTag(big, Tag);
            _ = big.Read<int>();
        });
        MachineAssert.BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, address, 0, 0, 0);
    }

    [Fact]
    public void MmIsAddressValid_PoolYes_UnmappedAndNullNo()
    {
        using var machine = Boot();
        bool pool = false, unmapped = true, nul = true, paged = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            pool = MmIsAddressValid(ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, Tag));
            paged = MmIsAddressValid(ExAllocatePool2(POOL_FLAG_PAGED, 8, Tag));
            unmapped = MmIsAddressValid(new PVOID(Unmapped));
            nul = MmIsAddressValid(PVOID.NULL);
        }));
        Assert.True(pool);
        Assert.True(paged);
        Assert.False(unmapped);
        Assert.False(nul);
    }

    [Fact]
    public void RtlRoutines_FillCopyMoveCompare()
    {
        using var machine = Boot();
        ulong same = 0, differ = 0;
        bool equal = false;
        byte[] moved = [];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var a = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var b = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            RtlFillMemory(a, 64, 0x11);
            RtlCopyMemory(b, a, 64);
            equal = RtlEqualMemory(a, b, 64);
            (b + 40).Write((byte)0x22);
            differ = RtlCompareMemory(a, b, 64);
            RtlZeroMemory(a, 64);
            for (var i = 0; i < 16; i++)
            {
                (a + i).Write((byte)i);
            }

            RtlMoveMemory(a + 4, a, 16);
            moved = a.AsReadOnlySpan(20).ToArray();
            same = RtlCompareMemory(a, a, 64);
        }));
        Assert.True(equal);
        Assert.Equal(40UL, differ);
        Assert.Equal(64UL, same);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 }, moved);
    }

    [Fact]
    public void RtlMoveMemory_OverlapAcrossPages_CopiesLikeMemmove()
    {
        using var machine = Boot();
        var ok = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            const int size = 3 * 4096;
            var big = ExAllocatePool2(POOL_FLAG_NON_PAGED, size, Tag);
            var span = big.AsSpan(size);
            for (var i = 0; i < size; i++)
            {
                span[i] = (byte)(i * 7);
            }

            var expected = span.ToArray();
            RtlMoveMemory(big + 1000, big, 10_000);
            var after = big.AsReadOnlySpan(size);
            ok = after.Slice(1000, 10_000).SequenceEqual(expected.AsSpan(0, 10_000)) && after[..1000].SequenceEqual(expected.AsSpan(0, 1000));
            RtlMoveMemory(big, big + 1000, 10_000);
            ok &= big.AsReadOnlySpan(10_000).SequenceEqual(expected.AsSpan(0, 10_000));
        }));
        Assert.True(ok);
    }

    [Fact]
    public void RtlCopyMemory_FromPagedAtDispatch_BugChecksD1_Read()
    {
        using var machine = Boot();
        ulong source = 0;
        var status = machine.Run(() =>
        {
            var paged = ExAllocatePool2(POOL_FLAG_PAGED, 64, Tag);
            var nonPaged = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            source = paged.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            RtlCopyMemory(nonPaged, paged, 64);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_IRQL_NOT_LESS_OR_EQUAL, source, 2, 0, 0);
    }

    [Fact]
    public void RtlZeroMemory_Unmapped_BugChecks50_Write()
    {
        using var machine = Boot();
        var status = machine.Run(() => RtlZeroMemory(new PVOID(Unmapped + 16), 8));
        MachineAssert.BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, Unmapped + 16, 1, 0, 0);
    }

    [Fact]
    public void UserAddressSpace_CommittedPagesWork_DecommittedRaiseAccessViolation()
    {
        using var machine = Boot();
        var space = new AddressSpace("app");
        machine.Memory.AddressSpaceResolver = _ => space;
        var reserved = space.Reserve(0, 0x20000);
        Assert.Equal(0x10000UL, reserved);
        Assert.True(space.Commit(reserved, 0x2000));
        int value = 0;
        NTSTATUS afterDecommit = STATUS_SUCCESS;
        bool validBefore = false, validAfter = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var p = new PVOID(reserved + 0x1FFC);
            p.Write(12345);
            value = p.Read<int>();
            validBefore = MmIsAddressValid(p);
            space.Decommit(reserved, 0x2000);
            validAfter = MmIsAddressValid(p);
            try
            {
                _ = p.Read<int>();
            }
            catch (NtStatusException e)
            {
                afterDecommit = e.Status;
            }
        }));
        Assert.Equal(12345, value);
        Assert.True(validBefore);
        Assert.False(validAfter);
        Assert.Equal(STATUS_ACCESS_VIOLATION, afterDecommit);
        Assert.True(space.Release(reserved));
        Assert.False(space.Release(reserved));
    }

    [Fact]
    public void UserAddressSpace_AtDispatch_BugChecksD1()
    {
        using var machine = Boot();
        var space = new AddressSpace("app");
        machine.Memory.AddressSpaceResolver = _ => space;
        var reserved = space.Reserve(0x50000, 0x1000);
        Assert.Equal(0x50000UL, reserved);
        Assert.True(space.Commit(reserved, 0x1000));
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            new PVOID(reserved).Write(1);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_IRQL_NOT_LESS_OR_EQUAL, reserved, 2, 1, 0);
    }

    [Fact]
    public void UserAddressSpace_GuardPage_RaisesOnceThenWorks()
    {
        using var machine = Boot();
        var space = new AddressSpace("app");
        machine.Memory.AddressSpaceResolver = _ => space;
        var reserved = space.Reserve(0, 0x1000);
        Assert.True(space.Commit(reserved, 0x1000, guard: true));
        NTSTATUS first = STATUS_SUCCESS;
        int second = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            try
            {
                new PVOID(reserved).Write(5);
            }
            catch (NtStatusException e)
            {
                first = e.Status;
            }

            new PVOID(reserved).Write(6);
            second = new PVOID(reserved).Read<int>();
        }));
        Assert.Equal(STATUS_GUARD_PAGE_VIOLATION, first);
        Assert.Equal(6, second);
    }

    [Fact]
    public void UserAddressSpace_ReserveTakenRange_Fails()
    {
        var space = new AddressSpace("app");
        Assert.Equal(0x20000UL, space.Reserve(0x20000, 0x10000));
        Assert.Equal(0UL, space.Reserve(0x20000, 0x1000));
        Assert.False(space.Commit(0x40000, 0x1000));
        Assert.NotEqual(0UL, space.Reserve(0, 0x1000));
    }

    [Fact]
    public void SystemAddress_NotVisibleThroughUserSpaceOfOtherProcess()
    {
        using var machine = Boot();
        var space = new AddressSpace("app");
        var reserved = space.Reserve(0, 0x1000);
        space.Commit(reserved, 0x1000);

        // Threads run in the System process, whose user half is empty.
        NTSTATUS status = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            try
            {
                new PVOID(reserved).Write(1);
            }
            catch (NtStatusException e)
            {
                status = e.Status;
            }
        }));
        Assert.Equal(STATUS_ACCESS_VIOLATION, status);
    }
}
