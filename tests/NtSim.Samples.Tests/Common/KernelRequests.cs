using static NtSim.Wdm;

namespace NtSim.Samples.Tests;

/// <summary>A kernel-mode client of a sample driver: builds requests as another driver would and
/// waits for them. Call from a simulated thread (inside <c>machine.Run</c>) at PASSIVE_LEVEL.</summary>
internal static class KernelRequests
{
    public static readonly uint Tag = TAG("SmTs");

    /// <summary>A zeroed nonpaged pool buffer filled with <paramref name="fill"/>, tagged <see cref="Tag"/>.</summary>
    public static PVOID Allocate(uint length, byte fill = 0)
    {
        var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, length, Tag);
        Assert.False(buffer.IsNull);
        buffer.AsSpan((int)length).Fill(fill);
        return buffer;
    }

    public static void Free(PVOID buffer) => ExFreePoolWithTag(buffer, Tag);

    /// <summary>IRP_MJ_READ through IoBuildSynchronousFsdRequest.</summary>
    public static IO_STATUS_BLOCK Read(DEVICE_OBJECT device, PVOID buffer, uint length) =>
        Fsd(IRP_MJ_READ, device, buffer, length);

    /// <summary>IRP_MJ_WRITE through IoBuildSynchronousFsdRequest.</summary>
    public static IO_STATUS_BLOCK Write(DEVICE_OBJECT device, PVOID buffer, uint length) =>
        Fsd(IRP_MJ_WRITE, device, buffer, length);

    /// <summary>IRP_MJ_DEVICE_CONTROL through IoBuildDeviceIoControlRequest (any method).</summary>
    public static IO_STATUS_BLOCK Control(DEVICE_OBJECT device, uint code, PVOID input, uint inputLength, PVOID output, uint outputLength)
    {
        var iosb = new IO_STATUS_BLOCK();
        var evt = NewEvent();
        var irp = IoBuildDeviceIoControlRequest(code, device, input, inputLength, output, outputLength, false, evt, iosb);
        Wait(IoCallDriver(device, irp), evt);
        return iosb;
    }

    /// <summary>An IRP from IoAllocateIrp that <paramref name="fill"/> sets up (its next location
    /// and, for direct I/O, the MDL), sent and waited for; the IRP is freed by its completion routine.</summary>
    public static IO_STATUS_BLOCK Send(DEVICE_OBJECT device, Action<IRP, IO_STACK_LOCATION> fill)
    {
        var iosb = new IO_STATUS_BLOCK();
        var evt = NewEvent();
        var irp = IoAllocateIrp(device.StackSize, false);
        fill(irp, IoGetNextIrpStackLocation(irp));
        IoSetCompletionRoutine(irp, (_, done, _) =>
        {
            iosb.Status = done.IoStatus.Status;
            iosb.Information = done.IoStatus.Information;
            KeSetEvent(evt, IO_NO_INCREMENT, false);
            IoFreeIrp(done);

            // The IRP is ours (IoAllocateIrp): stop the completion walk, it is freed already.
            return STATUS_MORE_PROCESSING_REQUIRED;
        }, null, true, true, true);
        Wait(IoCallDriver(device, irp), evt);
        return iosb;
    }

    /// <summary>A request with only a major function (IRP_MJ_CREATE, IRP_MJ_CLOSE ...).</summary>
    public static IO_STATUS_BLOCK SendMajor(DEVICE_OBJECT device, byte majorFunction) =>
        Send(device, (_, next) => next.MajorFunction = majorFunction);

    private static IO_STATUS_BLOCK Fsd(byte majorFunction, DEVICE_OBJECT device, PVOID buffer, uint length)
    {
        var iosb = new IO_STATUS_BLOCK();
        var evt = NewEvent();
        var irp = IoBuildSynchronousFsdRequest(majorFunction, device, buffer, length, null, evt, iosb);
        Wait(IoCallDriver(device, irp), evt);
        return iosb;
    }

    private static KEVENT NewEvent()
    {
        var evt = new KEVENT();
        KeInitializeEvent(evt, NotificationEvent, false);
        return evt;
    }

    private static void Wait(NTSTATUS status, KEVENT evt)
    {
        if (status == STATUS_PENDING)
        {
            KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
        }
    }
}
