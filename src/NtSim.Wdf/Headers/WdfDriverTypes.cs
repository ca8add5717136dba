namespace NtSim;

/// <summary>EvtDriverDeviceAdd: the PnP manager found a device for this driver; create its WDFDEVICE.</summary>
public delegate NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit);

/// <summary>EvtDriverUnload: the driver is about to be unloaded.</summary>
public delegate void EVT_WDF_DRIVER_UNLOAD(WDFDRIVER Driver);

/// <summary>WDF_DRIVER_INIT_FLAGS (wdfdriver.h).</summary>
[Flags]
public enum WDF_DRIVER_INIT_FLAGS : uint
{
    WdfDriverInitNonPnpDriver = 0x1,
    WdfDriverInitNoDispatchOverride = 0x2,
    WdfVerifyOn = 0x4,
    WdfVerifierOn = 0x8,
}

/// <summary>WDF_DRIVER_CONFIG: WdfDriverCreate's configuration (WDF_DRIVER_CONFIG_INIT).</summary>
public sealed class WDF_DRIVER_CONFIG
{
    public uint Size;
    public EVT_WDF_DRIVER_DEVICE_ADD? EvtDriverDeviceAdd;
    public EVT_WDF_DRIVER_UNLOAD? EvtDriverUnload;
    public WDF_DRIVER_INIT_FLAGS DriverInitFlags;
    public uint DriverPoolTag;

    internal const uint SizeOfStruct = 0x20;
}
