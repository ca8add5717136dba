using static NtSim.Wdm;

namespace NtSim.Tests.Io;

/// <summary>Tail.Overlay.ListEntry: a LIST_ENTRY whose container is the IRP, so a driver queues IRPs
/// with the list routines and finds them back with CONTAINING_RECORD; allocation, reuse and free clear it.</summary>
public sealed class IrpListEntryTests
{
    [Fact]
    public void NewIrp_HasNullLinks_AndIsItsEntrysContainer()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var irp = IoAllocateIrp(1, false);
            Assert.True(irp.Tail.Overlay.ListEntry.Flink.IsNull);
            Assert.True(irp.Tail.Overlay.ListEntry.Blink.IsNull);
            Assert.False(irp.Tail.Overlay.IsLinked);
            Assert.Same(irp, CONTAINING_RECORD<IRP>(irp.Tail.Overlay.ListEntry));
            IoFreeIrp(irp);
        }));
    }

    [Fact]
    public void QueuedIrps_WalkInOrder_AndCountAsLinkedOnlyWhileInTheList()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            InitializeListHead(head);
            var first = IoAllocateIrp(1, false);
            var second = IoAllocateIrp(1, false);
            InsertTailList(head, first.Tail.Overlay.ListEntry);
            InsertTailList(head, second.Tail.Overlay.ListEntry);

            var walked = new List<IRP>();
            for (var entry = head.Flink; entry != head; entry = entry.Flink)
            {
                walked.Add(CONTAINING_RECORD<IRP>(entry));
            }

            Assert.Equal([first, second], walked);
            Assert.True(first.Tail.Overlay.IsLinked);
            Assert.True(second.Tail.Overlay.IsLinked);

            // RemoveEntryList leaves the removed entry's links stale (Flink is not NULL), yet it is in no list.
            RemoveEntryList(first.Tail.Overlay.ListEntry);
            Assert.False(first.Tail.Overlay.ListEntry.Flink.IsNull);
            Assert.False(first.Tail.Overlay.IsLinked);
            Assert.True(second.Tail.Overlay.IsLinked);

            // The last entry out: its stale Flink is the head, whose Blink is the head again.
            Assert.True(RemoveEntryList(second.Tail.Overlay.ListEntry));
            Assert.False(second.Tail.Overlay.IsLinked);

            // Initialized as an empty list, an entry points at itself: not in a queue either.
            InitializeListHead(first.Tail.Overlay.ListEntry);
            Assert.False(first.Tail.Overlay.IsLinked);
            Assert.True(IsListEmpty(head));
            IoFreeIrp(first);
            IoFreeIrp(second);
        }));
    }

    [Fact]
    public void FreeAndReuse_ClearTheLinks()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            InitializeListHead(head);
            var irp = IoAllocateIrp(1, false);
            InsertTailList(head, irp.Tail.Overlay.ListEntry);
            RemoveEntryList(irp.Tail.Overlay.ListEntry);
            irp.IoStatus.Status = STATUS_SUCCESS;
            IoReuseIrp(irp, STATUS_SUCCESS);
            Assert.True(irp.Tail.Overlay.ListEntry.Flink.IsNull);
            Assert.True(irp.Tail.Overlay.ListEntry.Blink.IsNull);

            InsertTailList(head, irp.Tail.Overlay.ListEntry);
            RemoveEntryList(irp.Tail.Overlay.ListEntry);
            var entry = irp.Tail.Overlay.ListEntry;
            IoFreeIrp(irp);
            Assert.True(entry.Flink.IsNull);
            Assert.True(entry.Blink.IsNull);
            Assert.Same(irp, CONTAINING_RECORD<IRP>(entry));
        }));
    }

    [Theory]
    [InlineData(false, "pending in a queue of the driver (Tail.Overlay.ListEntry)")]
    [InlineData(true, "held by the driver (in no queue, no cancel routine)")]
    public void DeadlockReport_SaysWhetherTheIrpIsInTheDriversList(bool removeAgain, string where)
    {
        using var machine = MachineAssert.Boot();
        IRP? sent = null;
        var status = machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            InitializeListHead(head);
            var device = IoTestDriver.LoadWithDevice("Lister", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                IoMarkIrpPending(irp);
                InsertTailList(head, irp.Tail.Overlay.ListEntry);
                if (removeAgain)
                {
                    // Taken out again and kept: its links are stale but it is in no list.
                    RemoveEntryList(irp.Tail.Overlay.ListEntry);
                }

                return STATUS_PENDING;
            });
            IoTestDriver.SendReadAndWait(device, irp => sent = irp);
        }, "Reader");

        Assert.Equal(RunStatus.Deadlock, status);
        var line = Assert.Single(machine.Deadlock!.Threads, t => t.Contains("(Reader)", StringComparison.Ordinal));
        Assert.EndsWith($", the completion of {sent!.Describe()} IRP_MJ_READ at \\Device\\Lister of \\Driver\\Lister: {where}", line);
    }

    [Fact]
    public void IrpFreedWhileQueued_TheNextRemovalFailsFast()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var head = new LIST_ENTRY();
            InitializeListHead(head);
            var irp = IoAllocateIrp(1, false);
            InsertTailList(head, irp.Tail.Overlay.ListEntry);
            IoFreeIrp(irp);

            // The freed IRP's links are NULL now: the head's last entry no longer points back at the head.
            InsertTailList(head, new LIST_ENTRY());
        });
        MachineAssert.BugCheck(machine, status, KERNEL_SECURITY_CHECK_FAILURE, FAST_FAIL_CORRUPT_LIST_ENTRY, 0, 0, 0);
    }
}
