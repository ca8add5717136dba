using System.Runtime.CompilerServices;
using NtSim;
using static MyDriver.MyDriverPublic;
using static NtSim.Wdm;

namespace MyDriver;

/// <summary>
/// MyDriver, a WDM Plug and Play function driver: DriverEntry fills in the dispatch table and the
/// AddDevice routine; AddDevice creates an FDO over the PDO the PnP manager found (Root\MyDriver)
/// and registers a device interface; the PnP IRPs (Driver.Pnp.cs) start and remove it.
/// </summary>
public sealed partial class Driver : IDriver
{
    /// <summary>The remove lock's tag ('MyDr').</summary>
    private static readonly uint MyDriverPoolTag = TAG("MyDr");

    /// <summary>DriverEntry: a PnP driver creates no device here; AddDevice does, once per device.</summary>
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KdPrint("MyDriver: DriverEntry\n");
        DriverObject.MajorFunction[IRP_MJ_CREATE] = MyDriverCreate;
        DriverObject.MajorFunction[IRP_MJ_CLOSE] = MyDriverClose;
        DriverObject.MajorFunction[IRP_MJ_DEVICE_CONTROL] = MyDriverDeviceControl;
        DriverObject.MajorFunction[IRP_MJ_PNP] = MyDriverDispatchPnp;
        DriverObject.MajorFunction[IRP_MJ_POWER] = MyDriverDispatchPower;
        DriverObject.MajorFunction[IRP_MJ_SYSTEM_CONTROL] = MyDriverDispatchPassDown;
        DriverObject.DriverExtension.AddDevice = MyDriverAddDevice;
        DriverObject.DriverUnload = MyDriverUnload;
        return STATUS_SUCCESS;
    }

    /// <summary>AddDevice: create the FDO, register the interface (enabled at start), attach to the stack.</summary>
    private static NTSTATUS MyDriverAddDevice(DRIVER_OBJECT DriverObject, DEVICE_OBJECT PhysicalDeviceObject)
    {
        KdPrint("MyDriver: AddDevice\n");
        var status = IoCreateDevice<FDO_DATA>(DriverObject, null, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, false, out var deviceObject);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var fdoData = deviceObject!.Extension<FDO_DATA>();
        fdoData.Self = deviceObject;
        IoInitializeRemoveLock(fdoData.RemoveLock, MyDriverPoolTag, 1, 100);
        status = IoRegisterDeviceInterface(PhysicalDeviceObject, GUID_DEVINTERFACE_MYDRIVER, null, out fdoData.InterfaceName);
        if (!NT_SUCCESS(status))
        {
            IoDeleteDevice(deviceObject);
            return status;
        }

        var lower = IoAttachDeviceToDeviceStack(deviceObject, PhysicalDeviceObject);
        if (lower is null)
        {
            RtlFreeUnicodeString(ref fdoData.InterfaceName);
            IoDeleteDevice(deviceObject);
            return STATUS_NO_SUCH_DEVICE;
        }

        fdoData.NextLowerDriver = lower;
        deviceObject.Flags |= DO_BUFFERED_IO | DO_POWER_PAGABLE;

        // A device created outside DriverEntry is the driver's to mark ready.
        deviceObject.Flags &= ~DO_DEVICE_INITIALIZING;
        return STATUS_SUCCESS;
    }

    /// <summary>IRP_MJ_CREATE: counted; refused once the device is being removed (the remove lock says so).</summary>
    private static NTSTATUS MyDriverCreate(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fdoData = DeviceObject.Extension<FDO_DATA>();
        var status = IoAcquireRemoveLock(fdoData.RemoveLock, Irp);
        if (NT_SUCCESS(status))
        {
            Interlocked.Increment(ref fdoData.OpenCount);
            IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        }

        return MyDriverCompleteRequest(Irp, status, 0);
    }

    /// <summary>IRP_MJ_CLOSE: always succeeds, whatever the device's state.</summary>
    private static NTSTATUS MyDriverClose(DEVICE_OBJECT DeviceObject, IRP Irp) => MyDriverCompleteRequest(Irp, STATUS_SUCCESS, 0);

    /// <summary>IRP_MJ_DEVICE_CONTROL: IOCTL_MYDRIVER_GET_INFO returns the counters; other codes fail.</summary>
    private static NTSTATUS MyDriverDeviceControl(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var fdoData = DeviceObject.Extension<FDO_DATA>();
        var status = IoAcquireRemoveLock(fdoData.RemoveLock, Irp);
        if (!NT_SUCCESS(status))
        {
            return MyDriverCompleteRequest(Irp, status, 0);
        }

        var stack = IoGetCurrentIrpStackLocation(Irp);
        var size = (uint)Unsafe.SizeOf<MYDRIVER_INFO>();
        ulong information = 0;
        if (stack.Parameters.DeviceIoControl.IoControlCode != IOCTL_MYDRIVER_GET_INFO)
        {
            status = STATUS_INVALID_DEVICE_REQUEST;
        }
        else if (stack.Parameters.DeviceIoControl.OutputBufferLength < size)
        {
            status = STATUS_BUFFER_TOO_SMALL;
        }
        else
        {
            // METHOD_BUFFERED: the output goes into the system buffer, Information bytes of it back to the caller.
            Irp.AssociatedIrp.SystemBuffer.Write(new MYDRIVER_INFO { OpenCount = (uint)Volatile.Read(ref fdoData.OpenCount), StartCount = (uint)fdoData.StartCount });
            information = size;
        }

        MyDriverCompleteRequest(Irp, status, information);
        IoReleaseRemoveLock(fdoData.RemoveLock, Irp);
        return status;
    }

    /// <summary>DriverUnload: every FDO is gone by now (IRP_MN_REMOVE_DEVICE deleted it); nothing is left to free.</summary>
    private static void MyDriverUnload(DRIVER_OBJECT DriverObject) => KdPrint("MyDriver: unloading\n");

    private static NTSTATUS MyDriverCompleteRequest(IRP Irp, NTSTATUS Status, ulong Information)
    {
        Irp.IoStatus.Status = Status;
        Irp.IoStatus.Information = Information;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return Status;
    }
}
