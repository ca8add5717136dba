using NtSim;
using static NtSim.Wdf;
using static NtSim.Wdm;

// The KMDF this driver is built for; MyDriver.inf's KmdfLibraryVersion says the same.
[assembly: KmdfVersion(1, 33)]

namespace MyDriver;

/// <summary>
/// MyDriver, a KMDF driver: DriverEntry creates the framework driver object with an
/// EvtDriverDeviceAdd callback; when the PnP manager reports Root\MyDriver, that callback creates
/// the device (Device.cs) with its interface and its default queue (Queue.cs).
/// </summary>
public sealed partial class Driver : IDriver
{
    /// <summary>DriverEntry: the framework takes the driver object from here on (dispatch table, AddDevice, unload).</summary>
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KdPrint("MyDriver: DriverEntry\n");
        WDF_DRIVER_CONFIG_INIT(out var config, MyDriverEvtDeviceAdd);
        var status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
        if (!NT_SUCCESS(status))
        {
            KdPrint("MyDriver: WdfDriverCreate failed 0x%08X\n", status);
        }

        return status;
    }

    /// <summary>EvtDriverDeviceAdd: the PnP manager found the device; create its device object.</summary>
    private static NTSTATUS MyDriverEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        KdPrint("MyDriver: MyDriverEvtDeviceAdd\n");
        return MyDriverDeviceCreate(DeviceInit);
    }
}
