using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoCancelIrpTests
{
    /// <summary>A driver that queues every read in a cancel-safe queue.</summary>
    private sealed class QueueDriver
    {
        public readonly LinkedList<IRP> Queue = new();
        public readonly KSPIN_LOCK Lock = new();
        public readonly IO_CSQ Csq = new();
        public DEVICE_OBJECT Device = null!;

        public void Load()
        {
            Device = IoTestDriver.LoadWithDevice("Queue", driver => driver.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                IoCsqInsertIrp(Csq, irp, null);
                return STATUS_PENDING;
            });
            KeInitializeSpinLock(Lock);
            IoCsqInitialize(Csq,
                (_, irp) => Queue.AddLast(irp),
                (_, irp) => Queue.Remove(irp),
                (_, irp, _) => irp is null ? Queue.First?.Value : Queue.Find(irp)?.Next?.Value,
                (IO_CSQ _, out KIRQL irql) => KeAcquireSpinLock(Lock, out irql),
                (_, irql) => KeReleaseSpinLock(Lock, irql),
                (_, irp) =>
                {
                    irp.IoStatus.Status = STATUS_CANCELLED;
                    irp.IoStatus.Information = 0;
                    IoCompleteRequest(irp, IO_NO_INCREMENT);
                });
        }
    }

    private static IRP Send(DEVICE_OBJECT device, List<string> log, string name)
    {
        var irp = IoAllocateIrp(device.StackSize, false);
        IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
        IoSetCompletionRoutine(irp, (_, i, _) =>
        {
            log.Add($"{name} {NtNames.StatusName(i.IoStatus.Status)}");
            return STATUS_MORE_PROCESSING_REQUIRED;
        }, null, true, true, true);
        Assert.Equal(STATUS_PENDING, IoCallDriver(device, irp));
        return irp;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(8)]
    public void IoCsqRemoveNextIrp_SkipsCancelledIrp(int seed)
    {
        using var machine = MachineAssert.Boot(seed: seed);
        var log = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var driver = new QueueDriver();
            driver.Load();
            var a = Send(driver.Device, log, "a");
            var b = Send(driver.Device, log, "b");
            var c = Send(driver.Device, log, "c");
            Assert.True(IoCancelIrp(b));
            foreach (var expected in new[] { a, c })
            {
                var next = IoCsqRemoveNextIrp(driver.Csq, null);
                Assert.Same(expected, next);
                next!.IoStatus.Status = STATUS_SUCCESS;
                IoCompleteRequest(next, IO_NO_INCREMENT);
            }

            Assert.Null(IoCsqRemoveNextIrp(driver.Csq, null));
            IoFreeIrp(a);
            IoFreeIrp(b);
            IoFreeIrp(c);
        }));
        Assert.Equal(["b STATUS_CANCELLED", "a STATUS_SUCCESS", "c STATUS_SUCCESS"], log);
    }

    [Fact]
    public void IoCsqInsertIrp_AlreadyCancelled_CompletesAtOnce()
    {
        using var machine = MachineAssert.Boot();
        var log = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var driver = new QueueDriver();
            driver.Load();
            var irp = IoAllocateIrp(driver.Device.StackSize, false);
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoSetCompletionRoutine(irp, (_, i, _) =>
            {
                log.Add(NtNames.StatusName(i.IoStatus.Status));
                return STATUS_MORE_PROCESSING_REQUIRED;
            }, null, true, true, true);
            Assert.False(IoCancelIrp(irp));
            Assert.True(irp.Cancel);
            IoCallDriver(driver.Device, irp);
            Assert.Empty(driver.Queue);
            IoFreeIrp(irp);
        }));
        Assert.Equal(["STATUS_CANCELLED"], log);
    }

    [Fact]
    public void IoCancelIrp_CancelRoutineRunsWithCancelLockAtDispatch()
    {
        using var machine = MachineAssert.Boot();
        KIRQL inRoutine = PASSIVE_LEVEL;
        var cancelIrql = HIGH_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Cancel", driver => driver.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                IoMarkIrpPending(irp);
                IoSetCancelRoutine(irp, (_, i) =>
                {
                    inRoutine = KeGetCurrentIrql();
                    cancelIrql = i.CancelIrql;
                    IoReleaseCancelSpinLock(i.CancelIrql);
                    i.IoStatus.Status = STATUS_CANCELLED;
                    IoCompleteRequest(i, IO_NO_INCREMENT);
                });
                return STATUS_PENDING;
            });
            var irp = IoAllocateIrp(1, false);
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoSetCompletionRoutine(irp, (_, _, _) => STATUS_MORE_PROCESSING_REQUIRED, null, true, true, true);
            IoCallDriver(device, irp);
            Assert.True(IoCancelIrp(irp));
            Assert.Equal(STATUS_CANCELLED, irp.IoStatus.Status);
            IoFreeIrp(irp);
        }));
        Assert.Equal(DISPATCH_LEVEL, inRoutine);
        Assert.Equal(PASSIVE_LEVEL, cancelIrql);
    }

    [Fact]
    public void IoCompleteRequest_CancelRoutineStillSet_BugChecksC9_07()
    {
        using var machine = MachineAssert.Boot();
        ulong irpAddress = 0;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Sloppy", driver => driver.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                irpAddress = irp.Address;
                IoSetCancelRoutine(irp, (_, _) => { });
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS;
            });
            var irp = IoAllocateIrp(1, false);
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoCallDriver(device, irp);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x07, 0, irpAddress, 0);
    }
}
