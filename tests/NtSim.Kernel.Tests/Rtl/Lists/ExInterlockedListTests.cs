using static NtSim.Wdm;

namespace NtSim.Tests.Rtl.Lists;

/// <summary>The ExInterlocked list routines: a list routine under the caller's spin lock.</summary>
public sealed class ExInterlockedListTests
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

    [Fact]
    public void InsertAndRemove_ReturnWhatWasAtTheEnd_OrNullForAnEmptyList()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            var guard = new KSPIN_LOCK();
            InitializeListHead(head);
            KeInitializeSpinLock(guard);
            var a = new Item(1);
            var b = new Item(2);
            var c = new Item(3);

            Assert.True(ExInterlockedInsertTailList(head, b.Entry, guard).IsNull);
            Assert.Equal((PLIST_ENTRY)b.Entry, ExInterlockedInsertTailList(head, c.Entry, guard));
            Assert.Equal((PLIST_ENTRY)b.Entry, ExInterlockedInsertHeadList(head, a.Entry, guard));
            Assert.Equal(PASSIVE_LEVEL, KeGetCurrentIrql());

            Assert.Same(a, CONTAINING_RECORD<Item>(ExInterlockedRemoveHeadList(head, guard)));
            Assert.Same(b, CONTAINING_RECORD<Item>(ExInterlockedRemoveHeadList(head, guard)));
            Assert.Same(c, CONTAINING_RECORD<Item>(ExInterlockedRemoveHeadList(head, guard)));
            Assert.True(ExInterlockedRemoveHeadList(head, guard).IsNull);
            Assert.True(IsListEmpty(head));
            Assert.False(guard.IsHeld);
        }));
    }

    [Fact]
    public void ExInterlockedInsertTailList_AtDispatchLevel_StaysThere()
    {
        using var machine = MachineAssert.Boot();
        KIRQL after = PASSIVE_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            var guard = new KSPIN_LOCK();
            InitializeListHead(head);
            KeInitializeSpinLock(guard);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            ExInterlockedInsertTailList(head, new Item(1).Entry, guard);
            after = KeGetCurrentIrql();
            KeLowerIrql(old);
        }));
        Assert.Equal(DISPATCH_LEVEL, after);
    }

    [Fact]
    public void ExInterlockedInsertTailList_WithItsLockAlreadyHeld_IsSpinLockAlreadyOwned()
    {
        using var machine = MachineAssert.Boot();

        var status = machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            var guard = new KSPIN_LOCK();
            InitializeListHead(head);
            KeInitializeSpinLock(guard);
            KeAcquireSpinLock(guard, out _);

            ExInterlockedInsertTailList(head, new Item(1).Entry, guard);
        });

        MachineAssert.BugCheck(machine, status, SPIN_LOCK_ALREADY_OWNED, 0, 0, 0, 0);
    }

    [Fact]
    public void ExInterlockedAddUlong_AndAddLargeInteger_ReturnTheValueBefore()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var guard = new KSPIN_LOCK();
            KeInitializeSpinLock(guard);
            var count = 0xFFFF_FFFEu;
            LARGE_INTEGER total = 5;

            Assert.Equal(0xFFFF_FFFEu, ExInterlockedAddUlong(ref count, 3, guard));
            Assert.Equal(1u, count);
            Assert.Equal(5, ExInterlockedAddLargeInteger(ref total, 1L << 40, guard).QuadPart);
            Assert.Equal(5 + (1L << 40), total.QuadPart);
            Assert.Equal(PASSIVE_LEVEL, KeGetCurrentIrql());
        }));
    }

    [Fact]
    public void InsertAndRemove_FromTwoProcessorsAtOnce_LoseNoEntry()
    {
        using var machine = MachineAssert.Boot(processors: 2, mode: ExecutionMode.Concurrent);
        const int rounds = 10_000;
        var removed = new int[2];
        var empty = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            var guard = new KSPIN_LOCK();
            InitializeListHead(head);
            KeInitializeSpinLock(guard);
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 2);
            for (var t = 0; t < 2; t++)
            {
                var index = t;
                PLIST_ENTRY owned = new Item(t).Entry;
                Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
                {
                    for (var round = 0; round < rounds; round++)
                    {
                        ExInterlockedInsertTailList(head, owned, guard);
                        owned = ExInterlockedRemoveHeadList(head, guard);
                        if (!owned.IsNull)
                        {
                            removed[index]++;
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

            empty = IsListEmpty(head);
        }));

        Assert.Equal([rounds, rounds], removed);
        Assert.True(empty);
    }
}
