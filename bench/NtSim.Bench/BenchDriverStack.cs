using static NtSim.Wdm;

namespace NtSim.Bench;

/// <summary>
/// The I/O benchmarks' device stack: the function driver BenchFn (\Device\BenchFn, link
/// \??\BenchFn, DO_BUFFERED_IO) under two pass-through filters (BenchFlt1, BenchFlt2) attached
/// with IoAttachDeviceToDeviceStack. The filters skip their stack location and call the lower
/// driver for every major function; the function driver completes every request itself.
/// </summary>
internal static class BenchDriverStack
{
    public const string Win32Name = @"\\.\BenchFn";

    /// <summary>Copies the 64-byte input to the output (METHOD_BUFFERED: both in the system buffer).</summary>
    public static readonly uint IOCTL_BENCH_COPY = BenchIoctl.IOCTL_BENCH_COPY;

    public const int IoctlLength = BenchIoctl.IoctlLength;

    /// <summary>Loads the three drivers; runs on a system thread.</summary>
    public static void Load()
    {
        DEVICE_OBJECT? function = null;
        Load("BenchFn", (driver, _) =>
        {
            driver.MajorFunction[IRP_MJ_CREATE] = BenchFnEvtComplete;
            driver.MajorFunction[IRP_MJ_CLEANUP] = BenchFnEvtComplete;
            driver.MajorFunction[IRP_MJ_CLOSE] = BenchFnEvtComplete;
            driver.MajorFunction[IRP_MJ_READ] = BenchFnEvtRead;
            driver.MajorFunction[IRP_MJ_DEVICE_CONTROL] = BenchFnEvtDeviceControl;
            var status = IoCreateDevice(driver, 0, new UNICODE_STRING(@"\Device\BenchFn"), FILE_DEVICE_UNKNOWN, 0, false, out function);
            if (!NT_SUCCESS(status))
            {
                return status;
            }

            function!.Flags |= DO_BUFFERED_IO;
            function.Flags &= ~DO_DEVICE_INITIALIZING;
            return IoCreateSymbolicLink(new UNICODE_STRING(@"\??\BenchFn"), new UNICODE_STRING(@"\Device\BenchFn"));
        });
        LoadFilter("BenchFlt1", function!);
        LoadFilter("BenchFlt2", function!);
    }

    private static void LoadFilter(string name, DEVICE_OBJECT function) =>
        Load(name, (driver, _) =>
        {
            for (var i = 0; i <= IRP_MJ_MAXIMUM_FUNCTION; i++)
            {
                driver.MajorFunction[i] = BenchFltEvtPassThrough;
            }

            var status = IoCreateDevice<FilterExtension>(driver, null, FILE_DEVICE_UNKNOWN, 0, false, out var filter);
            if (!NT_SUCCESS(status))
            {
                return status;
            }

            var lower = IoAttachDeviceToDeviceStack(filter!, function)!;
            filter!.Extension<FilterExtension>().Lower = lower;
            // A filter takes the buffering method of the device below it.
            filter.Flags |= lower.Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
            filter.Flags &= ~DO_DEVICE_INITIALIZING;
            return STATUS_SUCCESS;
        });

    private static void Load(string name, DRIVER_INITIALIZE entry)
    {
        var thread = KTHREAD.Current!;
        var status = DriverLoader.Load(thread, name, entry, thread.Machine!.Modules.For(entry),
            $@"\Registry\Machine\System\CurrentControlSet\Services\{name}", out _);
        if (!NT_SUCCESS(status))
        {
            throw new InvalidOperationException($"Loading {name} failed: {status}.");
        }
    }

    private static NTSTATUS BenchFltEvtPassThrough(DEVICE_OBJECT device, IRP irp)
    {
        IoSkipCurrentIrpStackLocation(irp);
        return IoCallDriver(device.Extension<FilterExtension>().Lower!, irp);
    }

    private static NTSTATUS BenchFnEvtComplete(DEVICE_OBJECT device, IRP irp) => Complete(irp, STATUS_SUCCESS, 0);

    /// <summary>Buffered read: the system buffer is left as the I/O manager gave it, all of it reported read.</summary>
    private static NTSTATUS BenchFnEvtRead(DEVICE_OBJECT device, IRP irp) =>
        Complete(irp, STATUS_SUCCESS, IoGetCurrentIrpStackLocation(irp).Parameters.Read.Length);

    private static NTSTATUS BenchFnEvtDeviceControl(DEVICE_OBJECT device, IRP irp) => BenchIoctl.DeviceControl(irp);

    private static NTSTATUS Complete(IRP irp, NTSTATUS status, ulong information) => BenchIoctl.Complete(irp, status, information);

    private sealed class FilterExtension
    {
        public DEVICE_OBJECT? Lower { get; set; }
    }
}
