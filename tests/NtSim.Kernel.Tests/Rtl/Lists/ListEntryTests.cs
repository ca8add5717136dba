using static NtSim.Wdm;

namespace NtSim.Tests.Rtl.Lists;

/// <summary>The doubly linked list routines on typed entries (a driver's own objects).</summary>
public sealed class ListEntryTests
{
    private sealed class Item
    {
        public readonly LIST_ENTRY Entry;
        public readonly int Value;

        public Item(int value)
        {
            Entry = new LIST_ENTRY(this);
            Value = value;
        }
    }

    private static List<int> Walk(LIST_ENTRY head)
    {
        var values = new List<int>();
        for (var entry = head.Flink; entry != head; entry = entry.Flink)
        {
            values.Add(CONTAINING_RECORD<Item>(entry).Value);
        }

        return values;
    }

    private static List<int> WalkBack(LIST_ENTRY head)
    {
        var values = new List<int>();
        for (var entry = head.Blink; entry != head; entry = entry.Blink)
        {
            values.Add(CONTAINING_RECORD<Item>(entry).Value);
        }

        return values;
    }

    [Fact]
    public void InitializeListHead_MakesAnEmptyListThatPointsAtItself()
    {
        var head = new LIST_ENTRY();

        InitializeListHead(head);

        Assert.True(IsListEmpty(head));
        Assert.Equal((PLIST_ENTRY)head, head.Flink);
        Assert.Equal((PLIST_ENTRY)head, head.Blink);
    }

    [Fact]
    public void InsertTailList_InsertHeadList_LinkBothWays()
    {
        var head = new LIST_ENTRY();
        InitializeListHead(head);

        InsertTailList(head, new Item(2).Entry);
        InsertTailList(head, new Item(3).Entry);
        InsertHeadList(head, new Item(1).Entry);

        Assert.False(IsListEmpty(head));
        Assert.Equal([1, 2, 3], Walk(head));
        Assert.Equal([3, 2, 1], WalkBack(head));
    }

    [Fact]
    public void RemoveHeadList_RemoveTailList_TakeTheEnds_AndReturnTheHeadWhenEmpty()
    {
        var head = new LIST_ENTRY();
        InitializeListHead(head);
        foreach (var value in new[] { 1, 2, 3 })
        {
            InsertTailList(head, new Item(value).Entry);
        }

        Assert.Equal(1, CONTAINING_RECORD<Item>(RemoveHeadList(head)).Value);
        Assert.Equal(3, CONTAINING_RECORD<Item>(RemoveTailList(head)).Value);
        Assert.Equal(2, CONTAINING_RECORD<Item>(RemoveHeadList(head)).Value);
        Assert.True(IsListEmpty(head));
        Assert.Equal((PLIST_ENTRY)head, RemoveHeadList(head));
        Assert.Equal((PLIST_ENTRY)head, RemoveTailList(head));
        Assert.True(IsListEmpty(head));
    }

    [Fact]
    public void RemoveEntryList_UnlinksTheEntry_AndTellsWhenTheListIsEmpty()
    {
        var head = new LIST_ENTRY();
        InitializeListHead(head);
        var a = new Item(1);
        var b = new Item(2);
        InsertTailList(head, a.Entry);
        InsertTailList(head, b.Entry);

        Assert.False(RemoveEntryList(a.Entry));
        Assert.Equal([2], Walk(head));
        Assert.True(RemoveEntryList(b.Entry));
        Assert.True(IsListEmpty(head));
    }

    [Fact]
    public void AppendTailList_AppendsAHeadlessList()
    {
        var head = new LIST_ENTRY();
        InitializeListHead(head);
        InsertTailList(head, new Item(1).Entry);

        // A headless circular list of 2 and 3: the first entry stands for it.
        var other = new LIST_ENTRY();
        InitializeListHead(other);
        InsertTailList(other, new Item(2).Entry);
        InsertTailList(other, new Item(3).Entry);
        var first = other.Flink;
        RemoveEntryList(other);

        AppendTailList(head, first);

        Assert.Equal([1, 2, 3], Walk(head));
        Assert.Equal([3, 2, 1], WalkBack(head));
    }

    [Fact]
    public void CONTAINING_RECORD_OfTheWrongTypeOrWithoutAContainer_Throws()
    {
        var head = new LIST_ENTRY();
        InitializeListHead(head);
        var item = new Item(7);
        InsertTailList(head, item.Entry);

        Assert.Same(item, CONTAINING_RECORD<Item>(head.Flink));
        var wrongType = Assert.Throws<InvalidCastException>(() => CONTAINING_RECORD<string>(head.Flink));
        Assert.Contains("is in a Item, not a String", wrongType.Message);
        var noContainer = Assert.Throws<InvalidCastException>(() => CONTAINING_RECORD<Item>(head));
        Assert.Contains("new LIST_ENTRY(this)", noContainer.Message);
    }

    [Fact]
    public void RemoveEntryList_Twice_FailsFastWithListEntryCorrupted()
    {
        using var machine = MachineAssert.Boot();
        var named = "";

        var status = machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            InitializeListHead(head);
            var a = new Item(1);
            var b = new Item(2);
            var c = new Item(3);
            InsertTailList(head, a.Entry);
            InsertTailList(head, b.Entry);
            InsertTailList(head, c.Entry);
            RemoveEntryList(b.Entry);
            named = $"RemoveEntryList: the LIST_ENTRY at {(PLIST_ENTRY)b.Entry} is corrupted";

            RemoveEntryList(b.Entry);   // a double remove: b's neighbours no longer point at it
        });

        var info = MachineAssert.BugCheck(machine, status, KERNEL_SECURITY_CHECK_FAILURE, FAST_FAIL_CORRUPT_LIST_ENTRY, 0, 0, 0);
        Assert.StartsWith("ffffd000`", named["RemoveEntryList: the LIST_ENTRY at ".Length..]);
        Assert.Contains(named, info.ToString());
    }

    [Fact]
    public void InsertTailList_OnAHeadWhoseLastEntryWasOverwritten_FailsFast()
    {
        using var machine = MachineAssert.Boot();

        var status = machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            InitializeListHead(head);
            var a = new Item(1);
            InsertTailList(head, a.Entry);
            a.Entry.Flink = new Item(9).Entry;   // a stray write over the last entry's Flink

            InsertTailList(head, new Item(2).Entry);
        });

        MachineAssert.BugCheck(machine, status, KERNEL_SECURITY_CHECK_FAILURE, FAST_FAIL_CORRUPT_LIST_ENTRY, 0, 0, 0);
    }

    [Fact]
    public void RemoveHeadList_OfAnEntryFreedWhileLinked_FailsFast()
    {
        using var machine = MachineAssert.Boot();

        var status = machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            InitializeListHead(head);
            var a = new Item(1);
            var b = new Item(2);
            InsertTailList(head, a.Entry);
            InsertTailList(head, b.Entry);
            InitializeListHead(a.Entry);   // the entry reused for another list while still linked here

            RemoveHeadList(head);
        });

        MachineAssert.BugCheck(machine, status, KERNEL_SECURITY_CHECK_FAILURE, FAST_FAIL_CORRUPT_LIST_ENTRY, 0, 0, 0);
    }

    [Fact]
    public void InsertTailList_OnAnUninitializedHead_IsANullDereference()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS caught = STATUS_SUCCESS;

        MachineAssert.Completed(machine, machine.Run(() =>
        {
            try
            {
                InsertTailList(new LIST_ENTRY(), new Item(1).Entry);
            }
            catch (NtStatusException e)
            {
                caught = e.Status;
            }
        }));

        Assert.Equal(STATUS_ACCESS_VIOLATION, caught);
    }
}
