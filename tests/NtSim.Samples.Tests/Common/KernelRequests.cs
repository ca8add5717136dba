using static NtSim.Wdm;

namespace NtSim.Samples.Tests;

/// <summary>
/// A kernel-mode client of a sample driver: builds requests as another driver would. The
/// synchronous helpers (<see cref="Read"/>, <see cref="Write"/>, <see cref="Control"/>,
/// <see cref="Send"/>, <see cref="SendMajor"/>, <see cref="Cleanup"/>) send a request and wait for
/// it; the <c>Start</c> helpers send one and hand back the <see cref="Request"/> in flight, for
/// tests that cancel it, race it or let it pend. Call from a simulated thread (inside
/// <c>machine.Run</c>) at PASSIVE_LEVEL.
/// </summary>
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

    /// <summary>Asserts that the test freed every buffer it allocated here; call from the host.</summary>
    public static void AssertAllFreed(Machine machine) => Assert.Equal(0, machine.Pool.QueryTag(Tag).Outstanding);

    /// <summary>IRP_MJ_READ through IoBuildSynchronousFsdRequest, waited for.</summary>
    public static IO_STATUS_BLOCK Read(DEVICE_OBJECT device, PVOID buffer, uint length) =>
        Fsd(IRP_MJ_READ, device, buffer, length, null).Finish();

    /// <summary>IRP_MJ_WRITE through IoBuildSynchronousFsdRequest, waited for.</summary>
    public static IO_STATUS_BLOCK Write(DEVICE_OBJECT device, PVOID buffer, uint length) =>
        Fsd(IRP_MJ_WRITE, device, buffer, length, null).Finish();

    /// <summary>IRP_MJ_CLEANUP for <paramref name="fileObject"/> (its last handle closed), waited for; returns the status.</summary>
    public static NTSTATUS Cleanup(DEVICE_OBJECT device, FILE_OBJECT fileObject) =>
        Fsd(IRP_MJ_CLEANUP, device, default, 0, fileObject).Wait();

    /// <summary>IRP_MJ_DEVICE_CONTROL through IoBuildDeviceIoControlRequest (any method), waited for.</summary>
    public static IO_STATUS_BLOCK Control(DEVICE_OBJECT device, uint code, PVOID input, uint inputLength, PVOID output, uint outputLength) =>
        new Request((done, iosb) => IoBuildDeviceIoControlRequest(code, device, input, inputLength, output, outputLength, false, done, iosb)!)
            .Send(device, null, cancelFirst: false)
            .Finish();

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
        WaitIfPending(IoCallDriver(device, irp), evt);
        return iosb;
    }

    /// <summary>A request with only a major function (IRP_MJ_CREATE, IRP_MJ_CLOSE ...).</summary>
    public static IO_STATUS_BLOCK SendMajor(DEVICE_OBJECT device, byte majorFunction) =>
        Send(device, (_, next) => next.MajorFunction = majorFunction);

    /// <summary>Sends an IRP_MJ_READ of <paramref name="length"/> bytes into a new buffer (through
    /// <paramref name="fileObject"/>, if given), cancelled before it is sent if
    /// <paramref name="cancelFirst"/>, and returns it in flight; <see cref="Request.ReadBuffer"/>
    /// receives the data.</summary>
    public static Request StartRead(DEVICE_OBJECT device, uint length, FILE_OBJECT? fileObject = null, bool cancelFirst = false)
    {
        var buffer = length == 0 ? default : Allocate(length);
        return Fsd(IRP_MJ_READ, device, buffer, length, fileObject, cancelFirst, readBuffer: buffer);
    }

    /// <summary>Sends a METHOD_BUFFERED IOCTL with <paramref name="input"/> as its input buffer and
    /// no output (through <paramref name="fileObject"/>, if given), cancelled before it is sent if
    /// <paramref name="cancelFirst"/>, and returns it in flight.</summary>
    public static Request StartDeviceIoControl(DEVICE_OBJECT device, uint code, ReadOnlySpan<byte> input, FILE_OBJECT? fileObject = null,
        bool cancelFirst = false)
    {
        var buffer = PVOID.NULL;
        if (input.Length != 0)
        {
            buffer = Allocate((uint)input.Length);
            input.CopyTo(buffer.AsSpan(input.Length));
        }

        var inputLength = (uint)input.Length;
        var request = new Request((done, iosb) => IoBuildDeviceIoControlRequest(code, device, buffer, inputLength, default, 0, false, done, iosb)!);
        if (!buffer.IsNull)
        {
            // Buffered: the I/O manager copied the input into the IRP's system buffer.
            Free(buffer);
        }

        return request.Send(device, fileObject, cancelFirst);
    }

    private static Request Fsd(byte majorFunction, DEVICE_OBJECT device, PVOID buffer, uint length, FILE_OBJECT? fileObject,
        bool cancelFirst = false, PVOID readBuffer = default) =>
        new Request((done, iosb) => IoBuildSynchronousFsdRequest(majorFunction, device, buffer, length, null, done, iosb)!, readBuffer)
            .Send(device, fileObject, cancelFirst);

    private static KEVENT NewEvent()
    {
        var evt = new KEVENT();
        KeInitializeEvent(evt, NotificationEvent, false);
        return evt;
    }

    private static void WaitIfPending(NTSTATUS status, KEVENT evt)
    {
        if (status == STATUS_PENDING)
        {
            KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
        }
    }

    /// <summary>A request sent with IoBuild*Request: the IRP is the I/O manager's, which fills
    /// <see cref="Iosb"/>, signals <see cref="Done"/> and frees the IRP when the driver completes it.</summary>
    internal sealed class Request
    {
        /// <summary>Builds the IRP with <paramref name="build"/>, given the request's event and status block.</summary>
        public Request(Func<KEVENT, IO_STATUS_BLOCK, IRP> build, PVOID readBuffer = default)
        {
            KeInitializeEvent(Done, NotificationEvent, false);
            Irp = build(Done, Iosb);
            ReadBuffer = readBuffer;
        }

        public KEVENT Done { get; } = new();

        public IO_STATUS_BLOCK Iosb { get; } = new();

        /// <summary>The IRP (valid until it completes).</summary>
        public IRP Irp { get; }

        /// <summary>What IoCallDriver returned.</summary>
        public NTSTATUS Returned { get; private set; }

        /// <summary>Whether the request has completed (its event is signaled).</summary>
        public bool IsComplete => KeReadStateEvent(Done) != 0;

        /// <summary>The read's destination buffer (<see cref="StartRead"/> only); free it with <see cref="FreeReadBuffer"/>.</summary>
        public PVOID ReadBuffer { get; private set; }

        /// <summary>Waits for completion; returns the final status.</summary>
        public NTSTATUS Wait()
        {
            KeWaitForSingleObject(Done, Executive, KernelMode, false, null);
            return Iosb.Status;
        }

        public void FreeReadBuffer()
        {
            if (!ReadBuffer.IsNull)
            {
                Free(ReadBuffer);
                ReadBuffer = default;
            }
        }

        /// <summary>Sets the file object of the driver's location and calls the driver, after
        /// IoCancelIrp if <paramref name="cancelFirst"/>.</summary>
        public Request Send(DEVICE_OBJECT device, FILE_OBJECT? fileObject, bool cancelFirst)
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

        /// <summary>Waits if the driver returned STATUS_PENDING (the I/O status block is final
        /// otherwise) and returns the I/O status block.</summary>
        public IO_STATUS_BLOCK Finish()
        {
            if (Returned == STATUS_PENDING)
            {
                Wait();
            }

            return Iosb;
        }
    }
}
