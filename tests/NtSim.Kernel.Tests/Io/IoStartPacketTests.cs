using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoStartPacketTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void IoStartPacket_SerializesIrpsThroughStartIo(int seed)
    {
        using var machine = MachineAssert.Boot(seed: seed);
        var log = new List<string>();
        var maxInFlight = 0;
        var inFlight = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var dpc = new KDPC();
            DEVICE_OBJECT? device = null;
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                var irp = device!.CurrentIrp!;
                inFlight--;
                irp.IoStatus.Status = STATUS_SUCCESS;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                IoStartNextPacket(device, false);
            }, null);
            device = IoTestDriver.LoadWithDevice("Serial", driver =>
            {
                driver.MajorFunction[IRP_MJ_READ] = (dev, irp) =>
                {
                    IoMarkIrpPending(irp);
                    IoStartPacket(dev, irp, null, null);
                    return STATUS_PENDING;
                };
                driver.DriverStartIo = (_, irp) =>
                {
                    inFlight++;
                    maxInFlight = Math.Max(maxInFlight, inFlight);
                    log.Add($"start {IoGetCurrentIrpStackLocation(irp).Parameters.Read.Length}");
                    KeInsertQueueDpc(dpc, null, null);
                };
            });
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 3);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            for (uint i = 1; i <= 3; i++)
            {
                var irp = IoAllocateIrp(1, false);
                var next = IoGetNextIrpStackLocation(irp);
                next.MajorFunction = IRP_MJ_READ;
                next.Parameters.Read.Length = i;
                IoSetCompletionRoutine(irp, (_, r, _) =>
                {
                    KeReleaseSemaphore(done, 0, 1, false);
                    IoFreeIrp(r);
                    return STATUS_MORE_PROCESSING_REQUIRED;
                }, null, true, true, true);
                Assert.Equal(STATUS_PENDING, IoCallDriver(device, irp));
            }

            Assert.Equal(2, device.DeviceQueue.Count);
            KeLowerIrql(old);
            for (var i = 0; i < 3; i++)
            {
                KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            }

            Assert.False(device.DeviceQueue.Busy);
        }));
        Assert.Equal(["start 1", "start 2", "start 3"], log);
        Assert.Equal(1, maxInFlight);
    }
}
