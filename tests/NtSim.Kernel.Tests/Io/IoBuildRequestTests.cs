using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoBuildRequestTests
{
    private static readonly uint Tag = TAG("Test");
    private static readonly uint IoctlReverse = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS);

    private static DEVICE_OBJECT LoadReverser() => IoTestDriver.LoadWithDevice("Reverse", driver =>
    {
        driver.MajorFunction[IRP_MJ_DEVICE_CONTROL] = (_, irp) =>
        {
            var stack = IoGetCurrentIrpStackLocation(irp);
            var length = (int)stack.Parameters.DeviceIoControl.InputBufferLength;
            var buffer = irp.AssociatedIrp.SystemBuffer.AsSpan(length);
            buffer.Reverse();
            irp.IoStatus.Status = STATUS_SUCCESS;
            irp.IoStatus.Information = (ulong)length;
            IoCompleteRequest(irp, IO_NO_INCREMENT);
            return STATUS_SUCCESS;
        };
        driver.MajorFunction[IRP_MJ_READ] = (_, irp) =>
        {
            var length = (int)IoGetCurrentIrpStackLocation(irp).Parameters.Read.Length;
            irp.AssociatedIrp.SystemBuffer.AsSpan(length).Fill(0x5A);
            irp.IoStatus.Status = STATUS_SUCCESS;
            irp.IoStatus.Information = 3;
            IoCompleteRequest(irp, IO_NO_INCREMENT);
            return STATUS_SUCCESS;
        };
    });

    [Fact]
    public void IoBuildDeviceIoControlRequest_Buffered_CopiesInputAndOutput()
    {
        using var machine = MachineAssert.Boot();
        var iosb = new IO_STATUS_BLOCK();
        byte[] result = [];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = LoadReverser();
            var input = ExAllocatePool2(POOL_FLAG_NON_PAGED, 4, Tag);
            var output = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, Tag);
            new byte[] { 1, 2, 3, 4 }.CopyTo(input.AsSpan(4));
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var irp = IoBuildDeviceIoControlRequest(IoctlReverse, device, input, 4, output, 8, false, evt, iosb)!;
            var status = IoCallDriver(device, irp);
            if (status == STATUS_PENDING)
            {
                KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
            }

            Assert.Equal(1, KeReadStateEvent(evt));
            result = output.AsReadOnlySpan(8).ToArray();
            ExFreePoolWithTag(input, Tag);
            ExFreePoolWithTag(output, Tag);
        }));
        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal(4UL, iosb.Information);
        Assert.Equal(new byte[] { 4, 3, 2, 1, 0, 0, 0, 0 }, result);
        Assert.Equal(0, machine.Pool.QueryTag("IoBf").NonPagedBytes);
    }

    [Fact]
    public void IoBuildSynchronousFsdRequest_BufferedRead_CopiesOnlyInformationBytes()
    {
        using var machine = MachineAssert.Boot();
        var iosb = new IO_STATUS_BLOCK();
        byte[] result = [];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = LoadReverser();
            device.Flags |= DO_BUFFERED_IO;
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 6, Tag);
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, device, buffer, 6, null, evt, iosb)!;
            IoCallDriver(device, irp);
            result = buffer.AsReadOnlySpan(6).ToArray();
            ExFreePoolWithTag(buffer, Tag);
        }));
        Assert.Equal(3UL, iosb.Information);
        Assert.Equal(new byte[] { 0x5A, 0x5A, 0x5A, 0, 0, 0 }, result);
    }
}
