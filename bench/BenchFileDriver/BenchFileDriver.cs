using NtSim.Bench;
using static NtSim.Wdm;

namespace NtSim.Bench.Drivers;

/// <summary>
/// The device stack of the I/O benchmarks in one driver assembly: the function device
/// \Device\BenchFile (link \??\BenchFile, DO_BUFFERED_IO) under two pass-through filter devices of
/// the same driver. The function device copies the 64-byte input of IOCTL_BENCH_COPY to the
/// output, as BenchFn does; the filters skip their stack location and call the device below.
/// </summary>
public sealed class BenchFileDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        for (var i = 0; i <= IRP_MJ_MAXIMUM_FUNCTION; i++)
        {
            DriverObject.MajorFunction[i] = BenchFileEvtDispatch;
        }

        DriverObject.DriverUnload = BenchFileEvtUnload;
        var status = IoCreateDevice<BenchExtension>(DriverObject, new UNICODE_STRING(@"\Device\BenchFile"), FILE_DEVICE_UNKNOWN, 0, false, out var function);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        function!.Flags |= DO_BUFFERED_IO;
        function.Flags &= ~DO_DEVICE_INITIALIZING;
        for (var i = 0; i < 2; i++)
        {
            status = IoCreateDevice<BenchExtension>(DriverObject, null, FILE_DEVICE_UNKNOWN, 0, false, out var filter);
            if (!NT_SUCCESS(status))
            {
                return status;
            }

            var lower = IoAttachDeviceToDeviceStack(filter!, function)!;
            filter!.Extension<BenchExtension>().Lower = lower;
            filter.Flags |= lower.Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
            filter.Flags &= ~DO_DEVICE_INITIALIZING;
        }

        return IoCreateSymbolicLink(new UNICODE_STRING(@"\??\BenchFile"), new UNICODE_STRING(@"\Device\BenchFile"));
    }

    private static void BenchFileEvtUnload(DRIVER_OBJECT driver)
    {
        IoDeleteSymbolicLink(new UNICODE_STRING(@"\??\BenchFile"));
        while (driver.DeviceObject is { } device)
        {
            if (device.Extension<BenchExtension>().Lower is { } lower)
            {
                IoDetachDevice(lower);
            }

            IoDeleteDevice(device);
        }
    }

    private static NTSTATUS BenchFileEvtDispatch(DEVICE_OBJECT device, IRP irp)
    {
        if (device.Extension<BenchExtension>().Lower is { } lower)
        {
            IoSkipCurrentIrpStackLocation(irp);
            return IoCallDriver(lower, irp);
        }

        return IoGetCurrentIrpStackLocation(irp).MajorFunction == IRP_MJ_DEVICE_CONTROL
            ? BenchIoctl.DeviceControl(irp)
            : BenchIoctl.Complete(irp, STATUS_SUCCESS, 0);
    }

    private sealed class BenchExtension
    {
        public DEVICE_OBJECT? Lower { get; set; }
    }
}
