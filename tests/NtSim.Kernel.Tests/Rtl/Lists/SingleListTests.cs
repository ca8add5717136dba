using static NtSim.Wdm;

namespace NtSim.Tests.Rtl.Lists;

/// <summary>PushEntryList, PopEntryList and their ExInterlocked forms.</summary>
public sealed class SingleListTests
{
    private sealed class Item
    {
        public readonly SINGLE_LIST_ENTRY Link;
        public readonly int Value;

        public Item(int value)
        {
            Link = new SINGLE_LIST_ENTRY(this);
            Value = value;
        }
    }

    [Fact]
    public void PushEntryList_PopEntryList_AreLastInFirstOut_AndPopOfAnEmptyListIsNull()
    {
        var head = new SINGLE_LIST_ENTRY();
        PushEntryList(head, new Item(1).Link);
        PushEntryList(head, new Item(2).Link);

        Assert.Equal(2, CONTAINING_RECORD<Item>(PopEntryList(head)).Value);
        Assert.Equal(1, CONTAINING_RECORD<Item>(PopEntryList(head)).Value);
        Assert.True(PopEntryList(head).IsNull);
        Assert.True(head.Next.IsNull);
    }

    [Fact]
    public void PushEntryList_OfPoolEntries_WritesNextInThePoolsBytes()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var tag = TAG("Sgl ");
            var head = new SINGLE_LIST_ENTRY();
            var a = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, tag);
            var b = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, tag);
            PushEntryList(head, (PSINGLE_LIST_ENTRY)a);
            PushEntryList(head, (PSINGLE_LIST_ENTRY)b);

            Assert.Equal(a.Address, b.Read<ulong>());
            Assert.Equal(0UL, a.Read<ulong>());
            Assert.Equal(b, PopEntryList(head).Address);
            Assert.Equal(a, CONTAINING_RECORD(PopEntryList(head), 0));
            ExFreePoolWithTag(a, tag);
            ExFreePoolWithTag(b, tag);
        }));
    }

    [Fact]
    public void ExInterlockedPushEntryList_ReturnsTheOldFirstEntry_AndRestoresTheIrql()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var head = new SINGLE_LIST_ENTRY();
            var guard = new KSPIN_LOCK();
            KeInitializeSpinLock(guard);
            var a = new Item(1);
            var b = new Item(2);

            Assert.True(ExInterlockedPushEntryList(head, a.Link, guard).IsNull);
            Assert.Equal((PSINGLE_LIST_ENTRY)a.Link, ExInterlockedPushEntryList(head, b.Link, guard));
            Assert.Equal(PASSIVE_LEVEL, KeGetCurrentIrql());
            Assert.Same(b, CONTAINING_RECORD<Item>(ExInterlockedPopEntryList(head, guard)));
            Assert.Same(a, CONTAINING_RECORD<Item>(ExInterlockedPopEntryList(head, guard)));
            Assert.True(ExInterlockedPopEntryList(head, guard).IsNull);
            Assert.False(guard.IsHeld);
        }));
    }
}
