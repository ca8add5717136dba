using static NtSim.Wdm;

namespace NtSim.Tests.Win32Api;

/// <summary>A small legacy driver for the user-mode tests: \Device\Echo with link \??\Echo. Reads
/// fill the buffer with 0xAB; writes report their length; IOCTL_ECHO copies input to output
/// (METHOD_BUFFERED); IOCTL_PEND pends until IOCTL_RELEASE or cancellation. It records every
/// major function it sees, with the file object's FsContext.</summary>
internal sealed class EchoDevice
{
    public static readonly uint IOCTL_ECHO = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS);
    public static readonly uint IOCTL_ECHO_WRITE = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_WRITE_ACCESS);
    public static readonly uint IOCTL_PEND = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS);
    public static readonly uint IOCTL_RELEASE = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x803, METHOD_BUFFERED, FILE_ANY_ACCESS);
    public static readonly uint IOCTL_NEITHER = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x804, METHOD_NEITHER, FILE_ANY_ACCESS);
    public static readonly uint IOCTL_OUT_DIRECT = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x805, METHOD_OUT_DIRECT, FILE_ANY_ACCESS);

    private readonly List<IRP> _pended = [];
    private readonly KSPIN_LOCK _lock = new();
    private int _opens;

    public List<string> Seen { get; } = [];

    public uint DeviceFlags { get; init; } = DO_BUFFERED_IO;

    public bool Exclusive { get; init; }

    public DEVICE_OBJECT? Device { get; private set; }

    public void Load()
    {
        Io.IoTestDriver.Load("Echo", (driver, _) =>
        {
            KeInitializeSpinLock(_lock);
            driver.MajorFunction[IRP_MJ_CREATE] = Create;
            driver.MajorFunction[IRP_MJ_CLEANUP] = Cleanup;
            driver.MajorFunction[IRP_MJ_CLOSE] = Close;
            driver.MajorFunction[IRP_MJ_READ] = Read;
            driver.MajorFunction[IRP_MJ_WRITE] = Write;
            driver.MajorFunction[IRP_MJ_DEVICE_CONTROL] = Control;
            driver.MajorFunction[IRP_MJ_FLUSH_BUFFERS] = Complete;
            var status = IoCreateDevice(driver, 0, new UNICODE_STRING(@"\Device\Echo"), FILE_DEVICE_UNKNOWN, 0, Exclusive, out var device);
            Assert.Equal(STATUS_SUCCESS, status);
            device!.Flags |= DeviceFlags;
            device.Flags &= ~DO_DEVICE_INITIALIZING;
            Device = device;
            return IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Echo"), new UNICODE_STRING(@"\Device\Echo"));
        });
    }

    private void Record(IRP irp, string what)
    {
        lock (Seen)
        {
            Seen.Add(what);
        }
    }

    private NTSTATUS Create(DEVICE_OBJECT device, IRP irp)
    {
        var stack = IoGetCurrentIrpStackLocation(irp);
        stack.FileObject!.FsContext = Interlocked.Increment(ref _opens);
        Record(irp, $"create {stack.FileObject.FsContext} {ExGetPreviousMode()}");
        return Finish(irp, STATUS_SUCCESS, 0);
    }

    private NTSTATUS Cleanup(DEVICE_OBJECT device, IRP irp)
    {
        var file = IoGetCurrentIrpStackLocation(irp).FileObject!;
        Record(irp, $"cleanup {file.FsContext}");
        return Finish(irp, STATUS_SUCCESS, 0);
    }

    private NTSTATUS Close(DEVICE_OBJECT device, IRP irp)
    {
        Record(irp, $"close {IoGetCurrentIrpStackLocation(irp).FileObject!.FsContext}");
        return Finish(irp, STATUS_SUCCESS, 0);
    }

    private NTSTATUS Read(DEVICE_OBJECT device, IRP irp)
    {
        var length = IoGetCurrentIrpStackLocation(irp).Parameters.Read.Length;
        Record(irp, $"read {length}");
        var buffer = (device.Flags & DO_DIRECT_IO) != 0 ? MmGetSystemAddressForMdlSafe(irp.MdlAddress!, NormalPagePriority)
            : (device.Flags & DO_BUFFERED_IO) != 0 ? irp.AssociatedIrp.SystemBuffer : irp.UserBuffer;
        buffer.AsSpan((int)length).Fill(0xAB);
        return Finish(irp, STATUS_SUCCESS, length);
    }

    private NTSTATUS Write(DEVICE_OBJECT device, IRP irp)
    {
        var length = IoGetCurrentIrpStackLocation(irp).Parameters.Write.Length;
        Record(irp, $"write {length}");
        return Finish(irp, STATUS_SUCCESS, length);
    }

    private NTSTATUS Control(DEVICE_OBJECT device, IRP irp)
    {
        var stack = IoGetCurrentIrpStackLocation(irp);
        var code = stack.Parameters.DeviceIoControl.IoControlCode;
        var inLength = stack.Parameters.DeviceIoControl.InputBufferLength;
        var outLength = stack.Parameters.DeviceIoControl.OutputBufferLength;
        Record(irp, $"ioctl {code:X}");
        if (code == IOCTL_ECHO || code == IOCTL_ECHO_WRITE)
        {
            var n = Math.Min(inLength, outLength);
            return Finish(irp, STATUS_SUCCESS, n);
        }

        if (code == IOCTL_PEND)
        {
            KeAcquireSpinLock(_lock, out var irql);
            IoSetCancelRoutine(irp, CancelPended);
            IoMarkIrpPending(irp);
            _pended.Add(irp);
            KeReleaseSpinLock(_lock, irql);
            return STATUS_PENDING;
        }

        if (code == IOCTL_RELEASE)
        {
            KeAcquireSpinLock(_lock, out var irql);
            var all = _pended.ToList();
            _pended.Clear();
            foreach (var p in all)
            {
                IoSetCancelRoutine(p, null);
            }

            KeReleaseSpinLock(_lock, irql);
            foreach (var p in all)
            {
                p.AssociatedIrp.SystemBuffer.AsSpan(4).Fill(0x5A);
                Finish(p, STATUS_SUCCESS, 4);
            }

            return Finish(irp, STATUS_SUCCESS, 0);
        }

        if (code == IOCTL_NEITHER)
        {
            try
            {
                ProbeForWrite(irp.UserBuffer, outLength, 1);
                irp.UserBuffer.AsSpan((int)outLength).Fill(0x11);
                return Finish(irp, STATUS_SUCCESS, outLength);
            }
            catch (NtStatusException e)
            {
                return Finish(irp, e.Status, 0);
            }
        }

        if (code == IOCTL_OUT_DIRECT)
        {
            var output = MmGetSystemAddressForMdlSafe(irp.MdlAddress!, NormalPagePriority);
            output.AsSpan((int)outLength).Fill(0x22);
            return Finish(irp, STATUS_SUCCESS, outLength);
        }

        return Finish(irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }

    private void CancelPended(DEVICE_OBJECT device, IRP irp)
    {
        IoReleaseCancelSpinLock(irp.CancelIrql);
        KeAcquireSpinLock(_lock, out var irql);
        _pended.Remove(irp);
        KeReleaseSpinLock(_lock, irql);
        Record(irp, "cancelled");
        Finish(irp, STATUS_CANCELLED, 0);
    }

    private static NTSTATUS Complete(DEVICE_OBJECT device, IRP irp) => Finish(irp, STATUS_SUCCESS, 0);

    private static NTSTATUS Finish(IRP irp, NTSTATUS status, ulong information)
    {
        irp.IoStatus.Status = status;
        irp.IoStatus.Information = information;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return status;
    }
}
