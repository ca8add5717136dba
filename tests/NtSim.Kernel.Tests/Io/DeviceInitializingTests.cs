using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;

namespace NtSim.Tests.Io;

/// <summary>DO_DEVICE_INITIALIZING: the I/O manager clears it on the devices DriverEntry created;
/// a device created later stays closed to opens until its driver clears it.</summary>
public sealed class DeviceInitializingTests
{
    private static NTSTATUS Open(string name)
    {
        InitializeObjectAttributes(out var attributes, new UNICODE_STRING(name), OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, HANDLE.NULL, null);
        var status = ZwCreateFile(out var handle, GENERIC_READ, attributes, new IO_STATUS_BLOCK(), null, 0, 0, FILE_OPEN, FILE_SYNCHRONOUS_IO_NONALERT, null, 0);
        if (NT_SUCCESS(status))
        {
            ZwClose(handle);
        }

        return status;
    }

    private static NTSTATUS Succeed(DEVICE_OBJECT device, IRP irp)
    {
        irp.IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    [Fact]
    public void DriverEntry_DeviceLeftInitializing_IoManagerClearsItAndTheDeviceOpens()
    {
        using var machine = Boot();
        uint flagsInDriverEntry = 0, flagsAfter = 0;
        var open = STATUS_UNSUCCESSFUL;
        Completed(machine, machine.Run(() =>
        {
            DEVICE_OBJECT? device = null;
            IoTestDriver.Load("Book", (driver, _) =>
            {
                driver.MajorFunction[IRP_MJ_CREATE] = Succeed;
                driver.MajorFunction[IRP_MJ_CLEANUP] = Succeed;
                driver.MajorFunction[IRP_MJ_CLOSE] = Succeed;
                var status = IoCreateDevice(driver, 0, new UNICODE_STRING(@"\Device\Book"), FILE_DEVICE_UNKNOWN, 0, false, out device);
                IoCreateDevice(driver, 0, null, FILE_DEVICE_UNKNOWN, 0, false, out DEVICE_OBJECT? _);
                flagsInDriverEntry = device!.Flags;
                return status;
            });
            flagsAfter = device!.Flags;
            Assert.All(Enumerate(device.DriverObject), d => Assert.Equal(0u, d.Flags & DO_DEVICE_INITIALIZING));
            open = Open(@"\Device\Book");
        }));

        Assert.Equal(DO_DEVICE_INITIALIZING, flagsInDriverEntry & DO_DEVICE_INITIALIZING);
        Assert.Equal(0u, flagsAfter & DO_DEVICE_INITIALIZING);
        Assert.Equal(STATUS_SUCCESS, open);
    }

    [Fact]
    public void ZwCreateFile_DeviceCreatedAfterDriverEntryStillInitializing_RefusedAndSaysWhy()
    {
        using var machine = Boot();
        NTSTATUS before = STATUS_UNSUCCESSFUL, after = STATUS_UNSUCCESSFUL;
        Completed(machine, machine.Run(() =>
        {
            var driver = IoTestDriver.Load("Late", (d, _) =>
            {
                d.MajorFunction[IRP_MJ_CREATE] = Succeed;
                d.MajorFunction[IRP_MJ_CLEANUP] = Succeed;
                d.MajorFunction[IRP_MJ_CLOSE] = Succeed;
                return STATUS_SUCCESS;
            });
            // As AddDevice would: created after DriverEntry returned, the flag is the driver's to clear.
            Assert.Equal(STATUS_SUCCESS, IoCreateDevice(driver, 0, new UNICODE_STRING(@"\Device\Late"), FILE_DEVICE_UNKNOWN, 0, false, out var device));
            before = Open(@"\Device\Late");
            device!.Flags &= ~DO_DEVICE_INITIALIZING;
            after = Open(@"\Device\Late");
        }));

        Assert.Equal(STATUS_NO_SUCH_DEVICE, before);
        Assert.Equal(STATUS_SUCCESS, after);
        var message = Assert.Single(machine.DebugOutput.Messages, m => m.Text.Contains("DO_DEVICE_INITIALIZING", StringComparison.Ordinal));
        Assert.True(message.Shown);
        Assert.Contains(@"\Device\Late of \Driver\Late", message.Text, StringComparison.Ordinal);
        Assert.Contains(machine.Trace.Events, e => e.Kind == TraceKind.DebugPrint && e.Detail.Contains("DO_DEVICE_INITIALIZING is still set", StringComparison.Ordinal));
    }

    private static IEnumerable<DEVICE_OBJECT> Enumerate(DRIVER_OBJECT driver)
    {
        for (var device = driver.DeviceObject; device is not null; device = device.NextDevice)
        {
            yield return device;
        }
    }
}
