using static NtSim.Wdf;
using static NtSim.Wdm;

// Built for the KMDF of the Windows 11 WDK, the version KmdfHelloWorld.inf asks for.
[assembly: NtSim.KmdfVersion(1, 33)]

namespace NtSim.Samples.KmdfHelloWorld;

/// <summary>
/// The driver of Microsoft's "Write a Hello World Windows Driver (KMDF)": DriverEntry creates the
/// framework driver object with an EvtDriverDeviceAdd callback, and that callback creates a device
/// object when the PnP manager reports the device. Each prints one line to the kernel debugger.
/// </summary>
public sealed class Driver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        // One line to the debugger, at INFO level for the IHV component (shown when its filter lets INFO through).
        KdPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "KmdfHelloWorld: DriverEntry\n");

        // The configuration names the one callback this driver has: EvtDriverDeviceAdd.
        WDF_DRIVER_CONFIG_INIT(out var config, KmdfHelloWorldEvtDeviceAdd);

        // The framework takes the driver object from here on (dispatch table, AddDevice, unload).
        return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
    }

    private static NTSTATUS KmdfHelloWorldEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        // The PnP manager found Root\KmdfHelloWorld: say so.
        KdPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "KmdfHelloWorld: KmdfHelloWorldEvtDeviceAdd\n");

        // The framework creates the function device object and attaches it over the PDO.
        return WdfDeviceCreate(ref DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, out _);
    }
}
