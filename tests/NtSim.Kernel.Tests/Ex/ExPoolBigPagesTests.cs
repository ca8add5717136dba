using static NtSim.Wdm;
using static NtSim.Tests.Ex.PoolTestSupport;

namespace NtSim.Tests.Ex;

/// <summary>Big pool blocks (whole pages): a freed block's pages come back zeroed, and a steady
/// stream of big blocks allocates no managed memory.</summary>
public sealed class ExPoolBigPagesTests
{
    private static readonly uint Tag = TAG("BigP");

    [Fact]
    public void ExAllocatePool2_BigBlockAfterFree_SameAddressReadsZeros()
    {
        using var machine = Boot(trace: false);
        PVOID first = default, second = default;
        var zeroed = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            first = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_UNINITIALIZED, 64 * 1024, Tag);
            first.AsSpan(64 * 1024).Fill(0xEE);
            ExFreePoolWithTag(first, Tag);
            second = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_UNINITIALIZED, 64 * 1024, Tag);
            zeroed = second.AsReadOnlySpan(64 * 1024).IndexOfAnyExcept((byte)0) < 0;
            ExFreePoolWithTag(second, Tag);
        }));
        Assert.Equal(first, second);
        Assert.True(zeroed, "a big block's pages keep nothing of the block freed before it");
    }

    [Fact]
    public void ExFreePool_BigBlockThenTouch_BugChecks50()
    {
        using var machine = Boot(trace: false);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var big = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64 * 1024, Tag);
            address = big.Address;
            ExFreePoolWithTag(big, Tag);
            big.AsSpan(1)[0] = 1;
        });
        // 0x50: P1 the address, P2 1 for a write, P3 and P4 0.
        MachineAssert.BugCheck(machine, status, PAGE_FAULT_IN_NONPAGED_AREA, address, 1, 0, 0);
    }

    [Fact]
    public void ExAllocatePool2_BigBlockSteadyState_AllocatesNoManagedMemory()
    {
        using var machine = Boot(trace: false);
        long allocated = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Cycle();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 200; i++)
            {
                Cycle();
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }));
        Assert.Equal(0, allocated);

        static void Cycle()
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64 * 1024, Tag);
            p.AsSpan(64 * 1024)[^1] = 1;
            ExFreePoolWithTag(p, Tag);
        }
    }
}
