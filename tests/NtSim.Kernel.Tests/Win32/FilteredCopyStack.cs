using static NtSim.Wdm;

namespace NtSim.Tests.Win32Api;

/// <summary>\Device\Copy (DO_BUFFERED_IO, link \??\Copy) under two pass-through filters: IOCTL_COPY
/// copies its input to its output (METHOD_BUFFERED), reads report their whole length. Nothing in its
/// dispatch routines allocates, so a steady-state request measures the I/O path alone.</summary>
internal static class FilteredCopyStack
{
    public static readonly uint IOCTL_COPY = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS);

    public static void Load()
    {
        DEVICE_OBJECT? function = null;
        Io.IoTestDriver.Load("Copy", (driver, _) =>
        {
            driver.MajorFunction[IRP_MJ_CREATE] = (_, irp) => Complete(irp, 0);
            driver.MajorFunction[IRP_MJ_CLEANUP] = (_, irp) => Complete(irp, 0);
            driver.MajorFunction[IRP_MJ_CLOSE] = (_, irp) => Complete(irp, 0);
            driver.MajorFunction[IRP_MJ_READ] = (_, irp) => Complete(irp, IoGetCurrentIrpStackLocation(irp).Parameters.Read.Length);
            driver.MajorFunction[IRP_MJ_DEVICE_CONTROL] = Control;
            var status = IoCreateDevice(driver, 0, new UNICODE_STRING(@"\Device\Copy"), FILE_DEVICE_UNKNOWN, 0, false, out function);
            Assert.Equal(STATUS_SUCCESS, status);
            function!.Flags |= DO_BUFFERED_IO;
            function.Flags &= ~DO_DEVICE_INITIALIZING;
            return IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Copy"), new UNICODE_STRING(@"\Device\Copy"));
        });
        LoadFilter("CopyFlt1", function!);
        LoadFilter("CopyFlt2", function!);
    }

    private static void LoadFilter(string name, DEVICE_OBJECT function) =>
        Io.IoTestDriver.Load(name, (driver, _) =>
        {
            for (var i = 0; i <= IRP_MJ_MAXIMUM_FUNCTION; i++)
            {
                driver.MajorFunction[i] = (device, irp) =>
                {
                    IoSkipCurrentIrpStackLocation(irp);
                    return IoCallDriver(device.Extension<Lower>().Device!, irp);
                };
            }

            var status = IoCreateDevice<Lower>(driver, null, FILE_DEVICE_UNKNOWN, 0, false, out var filter);
            Assert.Equal(STATUS_SUCCESS, status);
            var lower = IoAttachDeviceToDeviceStack(filter!, function)!;
            filter!.Extension<Lower>().Device = lower;
            filter.Flags |= lower.Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
            filter.Flags &= ~DO_DEVICE_INITIALIZING;
            return STATUS_SUCCESS;
        });

    private static NTSTATUS Control(DEVICE_OBJECT device, IRP irp)
    {
        var parameters = IoGetCurrentIrpStackLocation(irp).Parameters.DeviceIoControl;
        if (parameters.IoControlCode != IOCTL_COPY)
        {
            irp.IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
            IoCompleteRequest(irp, IO_NO_INCREMENT);
            return STATUS_INVALID_DEVICE_REQUEST;
        }

        var length = (int)Math.Min(parameters.InputBufferLength, parameters.OutputBufferLength);
        var buffer = irp.AssociatedIrp.SystemBuffer;
        buffer.AsReadOnlySpan(length).CopyTo(buffer.AsSpan(length));
        return Complete(irp, (ulong)length);
    }

    private static NTSTATUS Complete(IRP irp, ulong information)
    {
        irp.IoStatus.Status = STATUS_SUCCESS;
        irp.IoStatus.Information = information;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    private sealed class Lower
    {
        public DEVICE_OBJECT? Device { get; set; }
    }
}
