using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoMakeAssociatedIrpTests
{
    [Fact]
    public void IoMakeAssociatedIrp_MasterCompletesWhenTheLastAssociatedIrpCompletes()
    {
        using var machine = MachineAssert.Boot();
        var lowerReads = 0;
        var masterCompletedAfter = -1;
        NTSTATUS masterStatus = STATUS_UNSUCCESSFUL, sent = STATUS_UNSUCCESSFUL;
        IRP? seenMaster = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var lower = IoTestDriver.LoadWithDevice("Lower", driver =>
                driver.MajorFunction[IRP_MJ_READ] = (_, irp) =>
                {
                    lowerReads++;
                    seenMaster ??= irp.AssociatedIrp.MasterIrp;
                    irp.IoStatus.Status = STATUS_SUCCESS;
                    IoCompleteRequest(irp, IO_NO_INCREMENT);
                    return STATUS_SUCCESS;
                });
            var splitter = IoTestDriver.LoadWithDevice("Splitter", driver =>
                driver.MajorFunction[IRP_MJ_READ] = (_, master) =>
                {
                    master.IoStatus.Status = STATUS_SUCCESS;
                    master.AssociatedIrp.IrpCount = 2;
                    IoMarkIrpPending(master);
                    for (var i = 0; i < 2; i++)
                    {
                        var part = IoMakeAssociatedIrp(master, lower.StackSize)!;
                        IoGetNextIrpStackLocation(part).MajorFunction = IRP_MJ_READ;
                        IoCallDriver(lower, part);
                    }

                    return STATUS_PENDING;
                });
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            var irp = IoAllocateIrp(splitter.StackSize, false);
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoSetCompletionRoutine(irp, (_, i, _) =>
            {
                masterStatus = i.IoStatus.Status;
                masterCompletedAfter = lowerReads;
                IoFreeIrp(i);
                KeSetEvent(done, 0, false);
                return STATUS_MORE_PROCESSING_REQUIRED;
            }, null, true, true, true);
            sent = IoCallDriver(splitter, irp);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        Assert.Equal(STATUS_PENDING, sent);
        Assert.Equal(2, lowerReads);
        Assert.Equal(2, masterCompletedAfter);
        Assert.Equal(STATUS_SUCCESS, masterStatus);
        Assert.NotNull(seenMaster);
        Assert.Empty(machine.IoManager.Irps.InUse());
    }

    [Fact]
    public void IoMakeAssociatedIrp_AboveDispatch_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var irp = IoAllocateIrp(1, false);
            KeRaiseIrql(HIGH_LEVEL, out _);
            IoMakeAssociatedIrp(irp, 1);
        });

        // 0xC4/0xE5: a DDI called above its documented IRQL (<= DISPATCH_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)HIGH_LEVEL, 0, 0);
    }
}
