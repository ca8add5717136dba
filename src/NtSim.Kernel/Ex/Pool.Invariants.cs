using System.Diagnostics;

namespace NtSim;

public sealed partial class ExPool
{
    // Debug builds walk every page and free list at every this many pool operations: a walk is
    // O(pages), and a test allocates thousands of blocks.
    private const int InvariantWalkInterval = 16;

    private readonly HashSet<PoolFreeBlock> _listedScratch = [];
    private int _invariantCountdown;

    /// <summary>
    /// The pool's stated invariants, asserted under its lock in Debug builds (as Channels asserts
    /// its own), at every <see cref="InvariantWalkInterval"/>th operation:
    /// 1. the blocks of a page chain from unit 0 to its frontier, each block's PreviousSize being
    ///    the size of the block before it;
    /// 2. every listed free block is a free block (Freed or Remainder) of its list's size, in a
    ///    page of its descriptor, listed once;
    /// 3. every free block of two units or more below a page's frontier is listed (a one-unit
    ///    remainder has no room for data and is never handed out);
    /// 4. a descriptor's BytesInUse is its live small blocks plus its big allocations' pages.
    /// Allocates nothing once warm, so the steady-state allocation tests hold in Debug too.
    /// </summary>
    [Conditional("DEBUG")]
    private void AssertInvariants()
    {
        Debug.Assert(_lock.IsHeldByCurrentThread, "the pool's invariants are checked under its lock");
        if (--_invariantCountdown > 0)
        {
            return;
        }

        _invariantCountdown = InvariantWalkInterval;
        AssertInvariants(NonPaged);
        AssertInvariants(Paged);
    }

    private void AssertInvariants(PoolDescriptor descriptor)
    {
        var listed = _listedScratch;
        listed.Clear();
        for (var units = 0; units < PoolPage.Units; units++)
        {
            if (descriptor.FreeList(units) is not { } list)
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                var block = list[i];
                ref readonly var slot = ref block.Page.Slots[block.Unit];
                Debug.Assert(block.Page.Descriptor == descriptor, $"{descriptor.Name}: a listed free block is in another pool's page");
                Debug.Assert(slot.State is PoolSlotState.Freed or PoolSlotState.Remainder, $"{descriptor.Name}: listed block at unit {block.Unit} is {slot.State}");
                Debug.Assert(slot.Units == units, $"{descriptor.Name}: a block of {slot.Units} units is on the list of {units}");
                Debug.Assert(listed.Add(block), $"{descriptor.Name}: the block at unit {block.Unit} is listed twice");
            }
        }

        ulong live = 0;
        var free = 0;
        foreach (var page in descriptor.Pages)
        {
            var previous = 0;
            var unit = 0;
            while (unit < page.UsedUnits)
            {
                ref readonly var slot = ref page.Slots[unit];
                Debug.Assert(slot.Units > 0 && unit + slot.Units <= PoolPage.Units, $"{descriptor.Name}: the block at unit {unit} has {slot.Units} units");
                Debug.Assert(slot.PrevUnits == previous, $"{descriptor.Name}: the block at unit {unit} says the one before has {slot.PrevUnits} units, not {previous}");
                if (slot.State == PoolSlotState.Live)
                {
                    live += (ulong)(slot.Units * PoolHeader.Unit);
                }
                else if (slot.Units >= 2)
                {
                    free++;
                    Debug.Assert(listed.Contains(new PoolFreeBlock(page, unit)), $"{descriptor.Name}: the free block at unit {unit} is not listed");
                }

                previous = slot.Units;
                unit += slot.Units;
            }
        }

        Debug.Assert(free == listed.Count, $"{descriptor.Name}: {listed.Count} blocks listed, {free} free blocks in the pages");
        Debug.Assert(descriptor.BytesInUse == live + _big.PageBytes(descriptor.Paged),
            $"{descriptor.Name}: BytesInUse is {descriptor.BytesInUse}, the blocks and pages add up to {live + _big.PageBytes(descriptor.Paged)}");
    }
}
