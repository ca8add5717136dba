using System.Runtime.CompilerServices;
using static NtSim.Wdm;

namespace NtSim.Tests.Rtl.Lists;

/// <summary>
/// A list kept in pool memory, as the book's chapter 8 keeps it: a typed head in the driver's
/// globals, records allocated from pool with a LIST_ENTRY first, CONTAINING_RECORD back to the record.
/// </summary>
public sealed class ListEntryPoolTests
{
    private static readonly uint Tag = TAG("List");

    private struct ItemHeader
    {
        public int Type;
        public int Size;
        public long Time;
    }

    private struct FullItem<T>
        where T : unmanaged
    {
        public LIST_ENTRY64 Entry;
        public T Data;
    }

    private sealed class Globals
    {
        public readonly LIST_ENTRY ItemsHead = new();
        public int ItemCount;
    }

    private static PVOID NewItem(int type)
    {
        var info = ExAllocatePool2(POOL_FLAG_NON_PAGED, (ulong)Unsafe.SizeOf<FullItem<ItemHeader>>(), Tag);
        Assert.False(info.IsNull);
        ref var item = ref info.As<FullItem<ItemHeader>>();
        item.Data.Type = type;
        item.Data.Size = Unsafe.SizeOf<ItemHeader>();
        return info;
    }

    [Fact]
    public void FIELD_OFFSET_GivesTheFieldsPlaceInTheRecord()
    {
        Assert.Equal(0, FIELD_OFFSET((ref FullItem<ItemHeader> r) => ref r.Entry));
        Assert.Equal(16, FIELD_OFFSET((ref FullItem<ItemHeader> r) => ref r.Data));
        Assert.Equal(20, FIELD_OFFSET((ref FullItem<ItemHeader> r) => ref r.Data.Size));
    }

    [Fact]
    public void PoolEntries_LinkThroughThePoolsBytes_AndComeBackThroughCONTAINING_RECORD()
    {
        using var machine = MachineAssert.Boot();
        var types = new List<int>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var globals = new Globals();
            InitializeListHead(globals.ItemsHead);
            var first = NewItem(1);
            var second = NewItem(2);
            InsertTailList(globals.ItemsHead, (PLIST_ENTRY)first);
            InsertTailList(globals.ItemsHead, (PLIST_ENTRY)second);
            globals.ItemCount = 2;

            // The links are in the pool's bytes: first->Flink is second, second->Flink is the head.
            Assert.Equal(second.Address, first.Read<LIST_ENTRY64>().Flink);
            Assert.Equal(first.Address, second.Read<LIST_ENTRY64>().Blink);
            Assert.Equal(globals.ItemsHead.Flink.Address, first);
            Assert.Equal(((PLIST_ENTRY)globals.ItemsHead).Address.Address, first.Read<LIST_ENTRY64>().Blink);
            Assert.Equal(((PLIST_ENTRY)globals.ItemsHead).Address.Address, second.Read<LIST_ENTRY64>().Flink);
            Assert.Equal((PLIST_ENTRY)second, globals.ItemsHead.Blink);

            while (!IsListEmpty(globals.ItemsHead))
            {
                var entry = RemoveHeadList(globals.ItemsHead);
                globals.ItemCount--;
                var info = CONTAINING_RECORD(entry, (ref FullItem<ItemHeader> r) => ref r.Entry);
                types.Add(info.As<FullItem<ItemHeader>>().Data.Type);
                ExFreePoolWithTag(info, Tag);
            }

            Assert.Equal(0, globals.ItemCount);

            // Emptied, the list keeps no typed entry in the machine's table (the driver could unload).
            Assert.Equal(0, machine.ListEntries.Count);
        }));
        Assert.Equal([1, 2], types);
    }

    [Fact]
    public void CONTAINING_RECORD_ByOffset_StepsBackFromAFieldInside()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, Tag);
            var entry = new PLIST_ENTRY(block + 32);

            Assert.Equal(block, CONTAINING_RECORD(entry, 32));
            ExFreePoolWithTag(block, Tag);
        }));
    }

    [Fact]
    public void RemoveEntryList_TwiceOnAPoolEntry_FailsFast()
    {
        using var machine = MachineAssert.Boot();

        var status = machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            InitializeListHead(head);
            var a = NewItem(1);
            var b = NewItem(2);
            var c = NewItem(3);
            InsertTailList(head, (PLIST_ENTRY)a);
            InsertTailList(head, (PLIST_ENTRY)b);
            InsertTailList(head, (PLIST_ENTRY)c);
            RemoveEntryList((PLIST_ENTRY)b);

            RemoveEntryList((PLIST_ENTRY)b);
        });

        var info = MachineAssert.BugCheck(machine, status, KERNEL_SECURITY_CHECK_FAILURE, FAST_FAIL_CORRUPT_LIST_ENTRY, 0, 0, 0);
        Assert.Contains("RemoveEntryList", info.ToString());
    }

    [Fact]
    public void AnOverrunOfTheBlockBefore_CorruptsTheNextEntry_AndTheListCheckCatchesIt()
    {
        using var machine = MachineAssert.Boot();
        const int size = 32;

        var status = machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            InitializeListHead(head);
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, size, Tag);
            var item = NewItem(1);
            Assert.Equal(buffer + size + 16, item);   // the next block in the page, behind its 16-byte header
            InsertTailList(head, (PLIST_ENTRY)item);

            // The driver copies 16 + 16 bytes too many: past its block, over the next block's header
            // and the entry's Flink and Blink, with pointer-sized values that happen to be valid addresses.
            var bytes = buffer.AsSpan(size + 32);
            for (var offset = 0; offset + 8 <= bytes.Length; offset += 8)
            {
                BitConverter.TryWriteBytes(bytes[offset..], buffer.Address);
            }

            RemoveEntryList((PLIST_ENTRY)item);
        });

        MachineAssert.BugCheck(machine, status, KERNEL_SECURITY_CHECK_FAILURE, FAST_FAIL_CORRUPT_LIST_ENTRY, 0, 0, 0);
    }

    [Fact]
    public void PoolEntriesAndTypedEntries_MixInOneList()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            InitializeListHead(head);
            var typed = new LIST_ENTRY();
            var pooled = NewItem(5);
            InsertTailList(head, (PLIST_ENTRY)pooled);
            InsertTailList(head, typed);

            // pooled->Flink holds the typed entry's simulated address; reading it back finds the entry.
            Assert.Equal(typed.Home.Address, pooled.Read<LIST_ENTRY64>().Flink);
            Assert.Equal((PLIST_ENTRY)typed, ((PLIST_ENTRY)pooled).Flink);
            Assert.Equal((PLIST_ENTRY)pooled, typed.Blink);

            Assert.Equal((PLIST_ENTRY)typed, RemoveTailList(head));
            Assert.Equal((PLIST_ENTRY)pooled, RemoveHeadList(head));
            Assert.True(IsListEmpty(head));
            ExFreePoolWithTag(pooled, Tag);
        }));
    }
}
