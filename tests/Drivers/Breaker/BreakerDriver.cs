using static NtSim.Wdm;

namespace NtSim.TestDrivers;

/// <summary>
/// Breaker: a legacy driver with the Hello driver's device names (\Device\Hello, \??\Hello), so that HelloClient
/// opens it. Its create routine breaks into the kernel debugger (DbgBreakPoint) and then succeeds; its close
/// routine waits at DISPATCH_LEVEL, which bug checks. The kernel debugger's console tests run it.
/// </summary>
public sealed class BreakerDriver : IDriver
{
    private readonly KEVENT _never = new();

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        DriverObject.DriverUnload = BreakerUnload;
        DriverObject.MajorFunction[IRP_MJ_CREATE] = BreakerCreate;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = BreakerClose;
        KeInitializeEvent(_never, NotificationEvent, false);
        var status = IoCreateDevice(DriverObject, 0, new UNICODE_STRING(@"\Device\Hello"), FILE_DEVICE_UNKNOWN, 0, false, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        status = IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Hello"), new UNICODE_STRING(@"\Device\Hello"));
        if (!NT_SUCCESS(status))
        {
            IoDeleteDevice(device!);
            return status;
        }

        device!.Flags &= ~DO_DEVICE_INITIALIZING;
        return STATUS_SUCCESS;
    }

    private static void BreakerUnload(DRIVER_OBJECT DriverObject)
    {
        IoDeleteSymbolicLink(new UNICODE_STRING(@"\??\Hello"));
        IoDeleteDevice(DriverObject.DeviceObject!);
    }

    private static NTSTATUS BreakerCreate(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        DbgBreakPoint();
        Irp.IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    private NTSTATUS BreakerClose(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        KeRaiseIrql(DISPATCH_LEVEL, out _);
        var timeout = new LARGE_INTEGER(-10_000);
        KeWaitForSingleObject(_never, Executive, KernelMode, false, timeout);
        Irp.IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }
}
