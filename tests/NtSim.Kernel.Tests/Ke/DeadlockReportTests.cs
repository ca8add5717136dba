using NtSim.Tests.Io;
using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

/// <summary>A deadlock report names the IRPs a waiting thread waits for, and where each one is.</summary>
public sealed class DeadlockReportTests
{
    private static readonly uint s_ioctl = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS);

    [Fact]
    public void DescribeDeadlock_ThreadWaitsForAnIrpTheDriverHolds_NamesTheIrpDeviceAndDriver()
    {
        using var machine = MachineAssert.Boot();
        IRP? held = null;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Keeper", d => d.MajorFunction[IRP_MJ_DEVICE_CONTROL] = (_, irp) =>
            {
                // Pended and kept, never queued, never completed: the caller waits forever.
                IoMarkIrpPending(irp);
                held = irp;
                return STATUS_PENDING;
            });
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var irp = IoBuildDeviceIoControlRequest(s_ioctl, device, default, 0, default, 0, false, evt, new IO_STATUS_BLOCK());
            IoCallDriver(device, irp!);
            KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
        }, "Caller");

        Assert.Equal(RunStatus.Deadlock, status);
        var line = Assert.Single(machine.Deadlock!.Threads, t => t.Contains("(Caller)", StringComparison.Ordinal));
        Assert.EndsWith($", the completion of {held!.Describe()} IRP_MJ_DEVICE_CONTROL at \\Device\\Keeper of \\Driver\\Keeper: held by the driver (in no queue, no cancel routine)", line);
    }

    [Fact]
    public void DescribeDeadlock_EventIsTheCompletionRoutinesContext_NamesTheIrp()
    {
        // Forward and wait: the IRP from IoAllocateIrp has no UserEvent; the completion routine
        // would set the event it was given as its context.
        using var machine = MachineAssert.Boot();
        IRP? sent = null;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Keeper", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                IoMarkIrpPending(irp);
                return STATUS_PENDING;
            });
            IoTestDriver.SendReadAndWait(device, irp => sent = irp);
        }, "Forwarder");

        Assert.Equal(RunStatus.Deadlock, status);
        var line = Assert.Single(machine.Deadlock!.Threads, t => t.Contains("(Forwarder)", StringComparison.Ordinal));
        Assert.EndsWith($", the completion of {sent!.Describe()} IRP_MJ_READ at \\Device\\Keeper of \\Driver\\Keeper: held by the driver (in no queue, no cancel routine)", line);
    }

    [Fact]
    public void DescribeDeadlock_IrpPendingInACancelSafeQueue_SaysSo()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var queue = new LinkedList<IRP>();
            var csq = new IO_CSQ();
            var queueLock = new KSPIN_LOCK();
            KeInitializeSpinLock(queueLock);
            var device = IoTestDriver.LoadWithDevice("Queuer", d => d.MajorFunction[IRP_MJ_DEVICE_CONTROL] = (_, irp) =>
            {
                IoCsqInsertIrp(csq, irp, null);
                return STATUS_PENDING;
            });
            IoCsqInitialize(csq,
                (_, irp) => queue.AddLast(irp),
                (_, irp) => queue.Remove(irp),
                (_, irp, _) => irp is null ? queue.First?.Value : queue.Find(irp)?.Next?.Value,
                (IO_CSQ _, out KIRQL irql) => KeAcquireSpinLock(queueLock, out irql),
                (_, irql) => KeReleaseSpinLock(queueLock, irql),
                (_, irp) =>
                {
                    irp.IoStatus.Status = STATUS_CANCELLED;
                    IoCompleteRequest(irp, IO_NO_INCREMENT);
                });
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var irp = IoBuildDeviceIoControlRequest(s_ioctl, device, default, 0, default, 0, false, evt, new IO_STATUS_BLOCK());
            IoCallDriver(device, irp!);
            KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
        }, "Caller");

        Assert.Equal(RunStatus.Deadlock, status);
        var line = Assert.Single(machine.Deadlock!.Threads, t => t.Contains("(Caller)", StringComparison.Ordinal));
        Assert.EndsWith("IRP_MJ_DEVICE_CONTROL at \\Device\\Queuer of \\Driver\\Queuer: pending in the driver's cancel-safe queue", line);
    }
}
