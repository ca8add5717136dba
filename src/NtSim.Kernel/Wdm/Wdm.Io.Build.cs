using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoBuildDeviceIoControlRequest: an IOCTL IRP for a kernel caller. With METHOD_BUFFERED
    /// the input is copied to a system buffer and IoStatus.Information bytes of output copied back;
    /// with METHOD_NEITHER the buffers are passed as they are. When the request completes, the
    /// status block is filled, the event signaled and the IRP freed. NULL if the buffers cannot be
    /// set up (no pool for the system buffer; a direct-I/O buffer MmProbeAndLockPages refuses).</summary>
    public static IRP? IoBuildDeviceIoControlRequest(uint IoControlCode, DEVICE_OBJECT DeviceObject, PVOID InputBuffer, uint InputBufferLength,
        PVOID OutputBuffer, uint OutputBufferLength, bool InternalDeviceIoControl, KEVENT? Event, IO_STATUS_BLOCK IoStatusBlock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        IrpBuilder.DeviceIoControl(DdiGate.Enter(DdiTable.IoBuildDeviceIoControlRequest), IoControlCode, KeContext.NotNull(DeviceObject, nameof(DeviceObject)), InputBuffer, InputBufferLength,
            OutputBuffer, OutputBufferLength, InternalDeviceIoControl, Event, KeContext.NotNull(IoStatusBlock, nameof(IoStatusBlock)), file, line);

    /// <summary>IoBuildSynchronousFsdRequest: a read, write, flush or shutdown IRP that the I/O
    /// manager frees at completion after filling the status block and signaling the event.</summary>
    public static IRP? IoBuildSynchronousFsdRequest(byte MajorFunction, DEVICE_OBJECT DeviceObject, PVOID Buffer, uint Length,
        LARGE_INTEGER? StartingOffset, KEVENT Event, IO_STATUS_BLOCK IoStatusBlock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        IrpBuilder.Fsd(DdiGate.Enter(DdiTable.IoBuildSynchronousFsdRequest), MajorFunction, KeContext.NotNull(DeviceObject, nameof(DeviceObject)), Buffer, Length, StartingOffset,
            KeContext.NotNull(Event, nameof(Event)), KeContext.NotNull(IoStatusBlock, nameof(IoStatusBlock)), synchronous: true, file, line);

    /// <summary>IoBuildAsynchronousFsdRequest: as the synchronous form, but the IRP is the caller's:
    /// its completion routine frees it (IoFreeIrp) and returns STATUS_MORE_PROCESSING_REQUIRED.</summary>
    public static IRP? IoBuildAsynchronousFsdRequest(byte MajorFunction, DEVICE_OBJECT DeviceObject, PVOID Buffer, uint Length,
        LARGE_INTEGER? StartingOffset, IO_STATUS_BLOCK? IoStatusBlock,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        // IoStatusBlock is [in, optional] for the asynchronous form (wdm.h, IoBuildAsynchronousFsdRequest).
        IrpBuilder.Fsd(DdiGate.Enter(DdiTable.IoBuildAsynchronousFsdRequest), MajorFunction, KeContext.NotNull(DeviceObject, nameof(DeviceObject)), Buffer, Length, StartingOffset,
            null, IoStatusBlock, synchronous: false, file, line);
}
