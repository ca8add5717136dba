using static NtSim.Wdm;

namespace NtSim.Bench;

/// <summary>
/// The function driver's half of the I/O benchmarks, compiled into both benchmark stacks (the
/// drivers of NtSim.Bench and the driver assembly BenchFileDriver, loaded from its file), so the
/// rewritten and the plain round trips do the same work.
/// </summary>
internal static class BenchIoctl
{
    /// <summary>Copies the 64-byte input to the output (METHOD_BUFFERED: both in the system buffer).</summary>
    public static readonly uint IOCTL_BENCH_COPY = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS);

    public const int IoctlLength = 64;

    /// <summary>IRP_MJ_DEVICE_CONTROL of the function device: IOCTL_BENCH_COPY echoes its input.</summary>
    public static NTSTATUS DeviceControl(IRP irp)
    {
        ref readonly var parameters = ref IoGetCurrentIrpStackLocation(irp).Parameters.DeviceIoControl;
        if (parameters.IoControlCode != IOCTL_BENCH_COPY || parameters.InputBufferLength < IoctlLength || parameters.OutputBufferLength < IoctlLength)
        {
            return Complete(irp, STATUS_INVALID_PARAMETER, 0);
        }

        // METHOD_BUFFERED: the input and the output share the system buffer.
        var buffer = irp.AssociatedIrp.SystemBuffer;
        buffer.AsReadOnlySpan(IoctlLength).CopyTo(buffer.AsSpan(IoctlLength));
        return Complete(irp, STATUS_SUCCESS, IoctlLength);
    }

    public static NTSTATUS Complete(IRP irp, NTSTATUS status, ulong information)
    {
        irp.IoStatus.Status = status;
        irp.IoStatus.Information = information;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return status;
    }
}
