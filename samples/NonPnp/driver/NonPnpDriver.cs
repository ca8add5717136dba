using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.Samples.NonPnp;

/// <summary>The control device's context: the "file" the device reads and writes (see the README:
/// NtSim has no file system, so the file is a block of pool the create opens).</summary>
public sealed class CONTROL_DEVICE_EXTENSION
{
    public string? FileName;
    public PVOID FileData;
    public ulong FileLength;
}

/// <summary>What EvtIoInCallerContext leaves a METHOD_NEITHER request: its buffers, probed and locked.</summary>
public sealed class REQUEST_CONTEXT
{
    public WDFMEMORY InputMemoryBuffer;
    public WDFMEMORY OutputMemoryBuffer;
}

/// <summary>
/// nonpnp (nonpnp.c): a non-PnP KMDF driver. DriverEntry binds as a non-PnP driver and makes one
/// control device (\Device\NONPNP, \DosDevices\NONPNP): exclusive, buffered, secured by SDDL, with a
/// shutdown notification, file callbacks, EvtIoInCallerContext for METHOD_NEITHER, and a default
/// sequential queue for read, write and the four IOCTLs.
/// </summary>
public sealed partial class NonPnpDriver : IDriver
{
    /// <summary>SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R (wdmsec.h).</summary>
    private const string SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R = "D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGW;;;WD)(A;;GR;;;RC)";

    /// <summary>POOL_TAG 'ELIF' as C writes it: the bytes "FILE".</summary>
    private const uint POOL_TAG = 'F' | ('I' << 8) | ('L' << 16) | ('E' << 24);

    private static readonly PFN_WDF_GET_CONTEXT<CONTROL_DEVICE_EXTENSION> ControlGetData = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<CONTROL_DEVICE_EXTENSION>();

    private static readonly PFN_WDF_GET_CONTEXT<REQUEST_CONTEXT> GetRequestContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<REQUEST_CONTEXT>();

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KdPrint("Driver Frameworks NONPNP Legacy Driver Example\n");
        WDF_DRIVER_CONFIG_INIT(out var config, null);
        config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
        config.EvtDriverUnload = NonPnpEvtDriverUnload;
        WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
        attributes.EvtCleanupCallback = NonPnpEvtDriverContextCleanup;
        var status = WdfDriverCreate(DriverObject, RegistryPath, attributes, config, out var hDriver);
        if (!NT_SUCCESS(status))
        {
            KdPrint("NonPnp: WdfDriverCreate failed with status 0x%x\n", status);
            return status;
        }

        var pInit = WdfControlDeviceInitAllocate(hDriver, new UNICODE_STRING(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R));
        return pInit is null ? STATUS_INSUFFICIENT_RESOURCES : NonPnpDeviceAdd(hDriver, pInit);
    }

    /// <summary>Makes the control device; frees DeviceInit if WdfDeviceCreate did not consume it.</summary>
    private static NTSTATUS NonPnpDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        WdfDeviceInitSetExclusive(DeviceInit, true);
        WdfDeviceInitSetIoType(DeviceInit, WDF_DEVICE_IO_TYPE.WdfDeviceIoBuffered);
        var status = WdfDeviceInitAssignName(DeviceInit, new UNICODE_STRING(@"\Device\NONPNP"));
        if (NT_SUCCESS(status))
        {
            WdfControlDeviceInitSetShutdownNotification(DeviceInit, NonPnpShutdown, WdfDeviceShutdown);
            WDF_FILEOBJECT_CONFIG_INIT(out var fileConfig, NonPnpEvtDeviceFileCreate, NonPnpEvtFileClose, null);
            WdfDeviceInitSetFileObjectConfig(DeviceInit, fileConfig, WDF_NO_OBJECT_ATTRIBUTES);
            WdfDeviceInitSetIoInCallerContextCallback(DeviceInit, NonPnpEvtDeviceIoInCallerContext);
            WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<CONTROL_DEVICE_EXTENSION>(out var attributes);
            status = WdfDeviceCreate(ref DeviceInit, attributes, out var controlDevice);
            if (NT_SUCCESS(status))
            {
                status = NonPnpFinishDevice(controlDevice);
            }
        }

        if (DeviceInit is not null)
        {
            WdfDeviceInitFree(DeviceInit);
        }

        return status;
    }

    private static NTSTATUS NonPnpFinishDevice(WDFDEVICE controlDevice)
    {
        var status = WdfDeviceCreateSymbolicLink(controlDevice, new UNICODE_STRING(@"\DosDevices\NONPNP"));
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var ioQueueConfig, WdfIoQueueDispatchSequential);
        ioQueueConfig.EvtIoRead = FileEvtIoRead;
        ioQueueConfig.EvtIoWrite = FileEvtIoWrite;
        ioQueueConfig.EvtIoDeviceControl = FileEvtIoDeviceControl;
        status = WdfIoQueueCreate(controlDevice, ioQueueConfig, WDF_NO_OBJECT_ATTRIBUTES, out _);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        // The control device takes I/O from here on.
        WdfControlFinishInitializing(controlDevice);
        return status;
    }

    /// <summary>The driver object's cleanup (unload): where resources made in DriverEntry go.</summary>
    private static void NonPnpEvtDriverContextCleanup(WDFOBJECT Driver) => KdPrint("NonPnp: EvtDriverContextCleanup\n");

    /// <summary>EvtDriverUnload: nothing left to do; the framework deletes the control device with the driver.</summary>
    private static void NonPnpEvtDriverUnload(WDFDRIVER Driver) => KdPrint("NonPnp: EvtDriverUnload\n");

    /// <summary>The machine is shutting down: nothing open to close.</summary>
    private static void NonPnpShutdown(WDFDEVICE Device) => KdPrint("NonPnp: shutdown notification\n");

    /// <summary>EvtDeviceFileCreate: "opens" \SystemRoot\temp plus the name after the device's.</summary>
    private static void NonPnpEvtDeviceFileCreate(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject)
    {
        var devExt = ControlGetData(Device)!;
        devExt.FileName = @"\SystemRoot\temp" + WdfFileObjectGetFileName(FileObject);
        KdPrint("NonPnp: file create %s\n", devExt.FileName);
        WdfRequestComplete(Request, STATUS_SUCCESS);
    }

    /// <summary>EvtFileClose: the "file" goes with its handle.</summary>
    private static void NonPnpEvtFileClose(WDFFILEOBJECT FileObject)
    {
        var devExt = ControlGetData(WdfFileObjectGetDevice(FileObject))!;
        if (!devExt.FileData.IsNull)
        {
            ExFreePoolWithTag(devExt.FileData, POOL_TAG);
            devExt.FileData = default;
            devExt.FileLength = 0;
        }
    }
}
