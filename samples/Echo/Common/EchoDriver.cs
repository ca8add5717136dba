using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.Samples.Echo;

/// <summary>
/// The echo driver's entry (driver.c): DriverEntry binds to the framework with EchoEvtDeviceAdd;
/// a checked build prints the framework's version. Both variants share it; they differ in how
/// their queue is synchronized (EchoQueue.cs of each).
/// </summary>
public sealed partial class EchoDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, EchoEvtDeviceAdd);
        var status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
        if (!NT_SUCCESS(status))
        {
            KdPrint("Error: WdfDriverCreate failed 0x%x\n", status);
            return status;
        }

        EchoPrintDriverVersion();
        return status;
    }

    /// <summary>EvtDriverDeviceAdd: the PnP manager found root\ECHO; create its device.</summary>
    private static NTSTATUS EchoEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        KdPrint("Enter  EchoEvtDeviceAdd\n");
        return EchoDeviceCreate(DeviceInit);
    }

    /// <summary>Which framework the driver is bound to, as a string and as a version test.</summary>
    private static NTSTATUS EchoPrintDriverVersion()
    {
        var status = WdfStringCreate(null, WDF_NO_OBJECT_ATTRIBUTES, out var text);
        if (!NT_SUCCESS(status))
        {
            KdPrint("Error: WdfStringCreate failed 0x%x\n", status);
            return status;
        }

        status = WdfDriverRetrieveVersionString(WdfGetDriver(), text);
        if (!NT_SUCCESS(status))
        {
            KdPrint("Error: WdfDriverRetrieveVersionString failed 0x%x\n", status);
            return status;
        }

        WdfStringGetUnicodeString(text, out var version);
        KdPrint("Echo Sample %wZ\n", version);
        WdfObjectDelete(text);

        WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(out var ver, 1, 0);
        KdPrint(WdfDriverIsVersionAvailable(WdfGetDriver(), ver) ? "Yes, framework version is 1.0\n" : "No, framework version is not 1.0\n");
        return STATUS_SUCCESS;
    }
}
