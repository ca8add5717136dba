using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.Bench;

/// <summary>
/// The KMDF benchmark's drivers: the same IOCTL (IOCTL_BENCH_COPY, METHOD_BUFFERED, 64 bytes echoed)
/// served by a WDM driver (its dispatch routine completes the IRP) and by two KMDF drivers whose
/// default queue is parallel or sequential (EvtIoDeviceControl retrieves both buffers and completes
/// the request). Each is a non-PnP driver with a named device and a \??\ link.
/// </summary>
internal static class KmdfBenchDrivers
{
    public const string WdmName = "BenchWdm";
    public const string ParallelName = "BenchKmdfPar";
    public const string SequentialName = "BenchKmdfSeq";

    /// <summary>Installs and starts the three services (from the host).</summary>
    public static RunStatus Start(Machine machine)
    {
        machine.Services.Install<BenchWdmDriver>(WdmName);
        machine.Services.Install<BenchKmdfParallelDriver>(ParallelName);
        machine.Services.Install<BenchKmdfSequentialDriver>(SequentialName);
        foreach (var name in new[] { WdmName, ParallelName, SequentialName })
        {
            var status = machine.Services.Start(name);
            if (status != RunStatus.Completed)
            {
                return status;
            }
        }

        return RunStatus.Completed;
    }

    /// <summary>A KMDF control device named <paramref name="name"/> whose default queue has <paramref name="dispatchType"/>.</summary>
    internal static NTSTATUS CreateKmdfDevice(DRIVER_OBJECT driverObject, UNICODE_STRING registryPath, string name, WDF_IO_QUEUE_DISPATCH_TYPE dispatchType)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, null);
        config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
        config.EvtDriverUnload = _ => { };
        var status = WdfDriverCreate(driverObject, registryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out var driver);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var init = WdfControlDeviceInitAllocate(driver, new UNICODE_STRING("D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;GRGW;;;WD)"));
        WdfDeviceInitAssignName(init!, new UNICODE_STRING($@"\Device\{name}"));
        status = WdfDeviceCreate(ref init, WDF_NO_OBJECT_ATTRIBUTES, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var queueConfig, dispatchType);
        queueConfig.EvtIoDeviceControl = EvtIoDeviceControl;
        status = WdfIoQueueCreate(device, queueConfig, WDF_NO_OBJECT_ATTRIBUTES, out _);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        status = WdfDeviceCreateSymbolicLink(device, new UNICODE_STRING($@"\??\{name}"));
        WdfControlFinishInitializing(device);
        return status;
    }

    /// <summary>EvtIoDeviceControl: IOCTL_BENCH_COPY echoes its input into its output.</summary>
    private static void EvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, ulong OutputBufferLength, ulong InputBufferLength, uint IoControlCode)
    {
        if (IoControlCode != BenchIoctl.IOCTL_BENCH_COPY
            || !NT_SUCCESS(WdfRequestRetrieveInputBuffer(Request, BenchIoctl.IoctlLength, out var input, out _))
            || !NT_SUCCESS(WdfRequestRetrieveOutputBuffer(Request, BenchIoctl.IoctlLength, out var output, out _)))
        {
            WdfRequestComplete(Request, STATUS_INVALID_PARAMETER);
            return;
        }

        input.AsReadOnlySpan(BenchIoctl.IoctlLength).CopyTo(output.AsSpan(BenchIoctl.IoctlLength));
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, BenchIoctl.IoctlLength);
    }
}

/// <summary>The WDM half: one device, its dispatch routines complete every IRP.</summary>
public sealed class BenchWdmDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        DriverObject.MajorFunction[IRP_MJ_CREATE] = Complete;
        DriverObject.MajorFunction[IRP_MJ_CLEANUP] = Complete;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = Complete;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = (_, irp) => BenchIoctl.DeviceControl(irp);
        DriverObject.DriverUnload = driver =>
        {
            IoDeleteSymbolicLink(new UNICODE_STRING($@"\??\{KmdfBenchDrivers.WdmName}"));
            IoDeleteDevice(driver.DeviceObject!);
        };
        var status = IoCreateDevice(DriverObject, 0, new UNICODE_STRING($@"\Device\{KmdfBenchDrivers.WdmName}"), FILE_DEVICE_UNKNOWN, 0, false, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        device!.Flags |= DO_BUFFERED_IO;
        device.Flags &= ~DO_DEVICE_INITIALIZING;
        return IoCreateSymbolicLink(new UNICODE_STRING($@"\??\{KmdfBenchDrivers.WdmName}"), new UNICODE_STRING($@"\Device\{KmdfBenchDrivers.WdmName}"));
    }

    private static NTSTATUS Complete(DEVICE_OBJECT device, IRP irp)
    {
        irp.IoStatus.Status = STATUS_SUCCESS;
        irp.IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }
}

/// <summary>The KMDF driver with a parallel default queue.</summary>
public sealed class BenchKmdfParallelDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath) =>
        KmdfBenchDrivers.CreateKmdfDevice(DriverObject, RegistryPath, KmdfBenchDrivers.ParallelName, WdfIoQueueDispatchParallel);
}

/// <summary>The KMDF driver with a sequential default queue.</summary>
public sealed class BenchKmdfSequentialDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath) =>
        KmdfBenchDrivers.CreateKmdfDevice(DriverObject, RegistryPath, KmdfBenchDrivers.SequentialName, WdfIoQueueDispatchSequential);
}
