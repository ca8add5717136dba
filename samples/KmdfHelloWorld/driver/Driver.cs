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
        // Print "Hello World" for DriverEntry.
        KdPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "KmdfHelloWorld: DriverEntry\n");

        // Initialize the driver configuration object to register the entry point for EvtDeviceAdd.
        WDF_DRIVER_CONFIG_INIT(out var config, KmdfHelloWorldEvtDeviceAdd);

        // Finally, create the driver object.
        return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
    }

    private static NTSTATUS KmdfHelloWorldEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        // Print "Hello World".
        KdPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "KmdfHelloWorld: KmdfHelloWorldEvtDeviceAdd\n");

        // Create the device object.
        WDFDEVICE_INIT? init = DeviceInit;
        return WdfDeviceCreate(ref init, WDF_NO_OBJECT_ATTRIBUTES, out _);
    }
}
