#if DEBUG
using static NtSim.Wdm;
using static NtSim.Tests.Ex.PoolTestSupport;

namespace NtSim.Tests.Ex;

/// <summary>The pool's invariants, asserted under its lock in Debug builds (ExPool.AssertInvariants):
/// a pool whose lists disagree with its pages is caught at the next walk.</summary>
public sealed class PoolInvariantsTests
{
    private static readonly uint Tag = TAG("Inva");

    [Fact]
    public void AssertInvariants_ALiveBlockOnAFreeList_FailsAtTheNextWalk()
    {
        using var machine = Boot();
        DebugAssertException? failure = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var live = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var page = (PoolPage)machine.Memory.SystemMap.Find(live.Address).Owner!;
            var unit = (int)((live.Address & MmLayout.PageMask) / PoolHeader.Unit) - 1;

            // The damage a lost update would do: the allocated block listed as free as well.
            machine.Pool.NonPaged.AddFree(page, unit, page.Slots[unit].Units);
            try
            {
                for (var i = 0; i < 64 && failure is null; i++)
                {
                    ExFreePoolWithTag(ExAllocatePool2(POOL_FLAG_NON_PAGED, 200, Tag), Tag);
                }
            }
            catch (DebugAssertException e)
            {
                failure = e;
            }
        }));

        Assert.NotNull(failure);
        Assert.Contains("NonPagedPool: listed block at unit 0 is Live", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssertInvariants_SteadyTraffic_HoldsAtEveryWalk()
    {
        using var machine = Boot();
        var blocks = new PVOID[40];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            for (var round = 0; round < 5; round++)
            {
                for (var i = 0; i < blocks.Length; i++)
                {
                    blocks[i] = ExAllocatePool2(i % 2 == 0 ? POOL_FLAG_NON_PAGED : POOL_FLAG_PAGED, (ulong)(16 + (i * 37 % 5000)), Tag);
                }

                for (var i = round % 2; i < blocks.Length; i += 2)
                {
                    ExFreePoolWithTag(blocks[i], Tag);
                }

                for (var i = 1 - (round % 2); i < blocks.Length; i += 2)
                {
                    ExFreePoolWithTag(blocks[i], Tag);
                }
            }
        }));

        Assert.Null(machine.BugCheck);
    }
}
#endif
