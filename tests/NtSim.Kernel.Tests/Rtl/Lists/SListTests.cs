using static NtSim.Wdm;

namespace NtSim.Tests.Rtl.Lists;

/// <summary>The sequenced singly linked lists (SLIST_HEADER).</summary>
public sealed class SListTests
{
    private sealed class Item
    {
        public readonly SLIST_ENTRY Link;
        public readonly int Value;

        public Item(int value)
        {
            Link = new SLIST_ENTRY(this);
            Value = value;
        }
    }

    [Fact]
    public void InterlockedPushPop_AreLastInFirstOut_AndCountTheDepth()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var head = new SLIST_HEADER();
            InitializeSListHead(head);
            Assert.Equal(0, QueryDepthSList(head));
            var a = new Item(1);
            var b = new Item(2);

            Assert.True(InterlockedPushEntrySList(head, a.Link).IsNull);
            Assert.Equal((PSLIST_ENTRY)a.Link, InterlockedPushEntrySList(head, b.Link));
            Assert.Equal(2, QueryDepthSList(head));
            Assert.Same(b, CONTAINING_RECORD<Item>(InterlockedPopEntrySList(head)));
            Assert.Equal(1, ExQueryDepthSList(head));
            Assert.Same(a, CONTAINING_RECORD<Item>(InterlockedPopEntrySList(head)));
            Assert.True(InterlockedPopEntrySList(head).IsNull);
            Assert.Equal(0, QueryDepthSList(head));
        }));
    }

    [Fact]
    public void InterlockedFlushSList_TakesTheWholeChain()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var head = new SLIST_HEADER();
            InitializeSListHead(head);
            foreach (var value in new[] { 1, 2, 3 })
            {
                ExInterlockedPushEntrySList(head, new Item(value).Link, null);
            }

            var values = new List<int>();
            for (var entry = InterlockedFlushSList(head); !entry.IsNull; entry = entry.Next)
            {
                values.Add(CONTAINING_RECORD<Item>(entry).Value);
            }

            Assert.Equal([3, 2, 1], values);
            Assert.Equal(0, QueryDepthSList(head));
            Assert.True(ExInterlockedPopEntrySList(head, null).IsNull);
            Assert.True(ExInterlockedFlushSList(head).IsNull);
        }));
    }

    [Fact]
    public void PoolEntries_CarryNextInThePoolsBytes()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var tag = TAG("SLst");
            var head = new SLIST_HEADER();
            InitializeSListHead(head);
            var a = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, tag);
            var b = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, tag);
            InterlockedPushEntrySList(head, (PSLIST_ENTRY)a);
            InterlockedPushEntrySList(head, (PSLIST_ENTRY)b);

            Assert.Equal(a.Address, b.Read<ulong>());
            Assert.Equal(b, InterlockedPopEntrySList(head).Address);
            Assert.Equal(a, InterlockedPopEntrySList(head).Address);
            ExFreePoolWithTag(a, tag);
            ExFreePoolWithTag(b, tag);
        }));
    }

    [Fact]
    public void PushAndPop_FromTwoProcessorsAtOnce_LoseNoEntry()
    {
        using var machine = MachineAssert.Boot(processors: 2, mode: ExecutionMode.Concurrent);
        const int rounds = 10_000;
        var popped = new int[2];
        ushort depth = 0xFFFF;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var head = new SLIST_HEADER();
            InitializeSListHead(head);
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 2);
            for (var t = 0; t < 2; t++)
            {
                var index = t;
                PSLIST_ENTRY owned = new Item(t).Link;
                Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
                {
                    // Push the entry this thread owns, pop whichever is first and own that one.
                    for (var round = 0; round < rounds; round++)
                    {
                        InterlockedPushEntrySList(head, owned);
                        owned = InterlockedPopEntrySList(head);
                        if (!owned.IsNull)
                        {
                            popped[index]++;
                        }
                    }

                    KeReleaseSemaphore(done, 0, 1, false);
                }, null));
                ZwClose(handle);
            }

            for (var t = 0; t < 2; t++)
            {
                KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            }

            depth = QueryDepthSList(head);
        }));

        // Each thread pops after its own push, so a pop never finds the list empty.
        Assert.Equal([rounds, rounds], popped);
        Assert.Equal(0, depth);
    }
}
