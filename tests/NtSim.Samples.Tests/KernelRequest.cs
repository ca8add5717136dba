using static NtSim.Wdm;

namespace NtSim.Samples.Tests;

/// <summary>A request a test sends from kernel mode with IoBuild*Request: the IRP is the I/O
/// manager's, which fills <see cref="Iosb"/>, signals <see cref="Done"/> and frees the IRP when
/// the driver completes it.</summary>
internal sealed class KernelRequest
{
    private static readonly uint TestTag = TAG("Test");

    private KernelRequest()
    {
        KeInitializeEvent(Done, NotificationEvent, false);
    }

    public KEVENT Done { get; } = new();

    public IO_STATUS_BLOCK Iosb { get; } = new();

    /// <summary>The IRP (valid until it completes).</summary>
    public IRP Irp { get; private set; } = null!;

    /// <summary>What IoCallDriver returned.</summary>
    public NTSTATUS Returned { get; private set; }

    /// <summary>Whether the request has completed (its event is signaled).</summary>
    public bool IsComplete => KeReadStateEvent(Done) != 0;

    /// <summary>Builds an IOCTL with <paramref name="input"/> as its input buffer (through
    /// <paramref name="fileObject"/>, if given) and sends it unless <paramref name="cancelFirst"/>
    /// asks to cancel it before it is sent.</summary>
    public static KernelRequest DeviceIoControl(DEVICE_OBJECT device, uint code, ReadOnlySpan<byte> input, FILE_OBJECT? fileObject = null,
        bool cancelFirst = false)
    {
        var request = new KernelRequest();
        var buffer = input.Length == 0 ? default : ExAllocatePool2(POOL_FLAG_NON_PAGED, (ulong)input.Length, TestTag);
        if (input.Length != 0)
        {
            input.CopyTo(buffer.AsSpan(input.Length));
        }

        request.Irp = IoBuildDeviceIoControlRequest(code, device, buffer, (uint)input.Length, default, 0, false, request.Done, request.Iosb);
        if (!buffer.IsNull)
        {
            // Buffered: the I/O manager copied the input into the IRP's system buffer.
            ExFreePoolWithTag(buffer, TestTag);
        }

        return request.Send(device, fileObject, cancelFirst);
    }

    /// <summary>Builds and sends an IRP_MJ_READ of <paramref name="length"/> bytes (through
    /// <paramref name="fileObject"/>, if given); <see cref="ReadBuffer"/> receives the data.</summary>
    public static KernelRequest Read(DEVICE_OBJECT device, uint length, FILE_OBJECT? fileObject = null, bool cancelFirst = false)
    {
        var request = new KernelRequest();
        request.ReadBuffer = length == 0 ? default : ExAllocatePool2(POOL_FLAG_NON_PAGED, length, TestTag);
        request.Irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, device, request.ReadBuffer, length, null, request.Done, request.Iosb);
        return request.Send(device, fileObject, cancelFirst);
    }

    /// <summary>Sends IRP_MJ_CLEANUP for <paramref name="fileObject"/> (its last handle closed) and waits for it.</summary>
    public static NTSTATUS Cleanup(DEVICE_OBJECT device, FILE_OBJECT fileObject)
    {
        var request = new KernelRequest();
        request.Irp = IoBuildSynchronousFsdRequest(IRP_MJ_CLEANUP, device, default, 0, null, request.Done, request.Iosb);
        request.Send(device, fileObject, cancelFirst: false);
        return request.Wait();
    }

    /// <summary>The read's destination buffer (Read only); free it with <see cref="FreeReadBuffer"/>.</summary>
    public PVOID ReadBuffer { get; private set; }

    /// <summary>Waits for completion; returns the final status.</summary>
    public NTSTATUS Wait()
    {
        KeWaitForSingleObject(Done, Executive, KernelMode, false, null);
        return Iosb.Status;
    }

    /// <summary>Waits at most <paramref name="milliseconds"/>; true if the request completed.</summary>
    public bool Wait(long milliseconds) =>
        KeWaitForSingleObject(Done, Executive, KernelMode, false, -milliseconds * 10_000) == STATUS_SUCCESS;

    public void FreeReadBuffer()
    {
        if (!ReadBuffer.IsNull)
        {
            ExFreePoolWithTag(ReadBuffer, TestTag);
            ReadBuffer = default;
        }
    }

    private KernelRequest Send(DEVICE_OBJECT device, FILE_OBJECT? fileObject, bool cancelFirst)
    {
        IoGetNextIrpStackLocation(Irp).FileObject = fileObject;
        if (cancelFirst)
        {
            // Not cancelable yet: IoCancelIrp only sets Irp->Cancel, the driver must notice.
            Assert.False(IoCancelIrp(Irp));
        }

        Returned = IoCallDriver(device, Irp);
        return this;
    }
}
