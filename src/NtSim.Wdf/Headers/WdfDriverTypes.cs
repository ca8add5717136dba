namespace NtSim;

/// <summary>EvtDriverDeviceAdd: the PnP manager found a device for this driver; create its WDFDEVICE.</summary>
public delegate NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit);

/// <summary>EvtDriverUnload: the driver is about to be unloaded.</summary>
public delegate void EVT_WDF_DRIVER_UNLOAD(WDFDRIVER Driver);

/// <summary>WDF_DRIVER_INIT_FLAGS (wdfdriver.h).</summary>
[Flags]
public enum WDF_DRIVER_INIT_FLAGS : uint
{
    /// <summary>The driver does not support PnP: it creates control devices only and must not give an EvtDriverDeviceAdd.</summary>
    WdfDriverInitNonPnpDriver = 0x1,
    /// <summary>A miniport under a port driver: the framework installs no dispatch routines, and the driver calls WdfDriverMiniportUnload when the port driver unloads it.</summary>
    WdfDriverInitNoDispatchOverride = 0x2,
    /// <summary>Reserved for system use (0x4): a driver must not set it.</summary>
    WdfVerifyOn = 0x4,
    /// <summary>Reserved for system use (0x8): a driver must not set it.</summary>
    WdfVerifierOn = 0x8,
}

/// <summary>WDF_DRIVER_CONFIG: WdfDriverCreate's configuration (WDF_DRIVER_CONFIG_INIT).</summary>
public sealed class WDF_DRIVER_CONFIG
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>Called when the PnP manager finds a device for the driver; NULL for a non-PnP driver.</summary>
    public EVT_WDF_DRIVER_DEVICE_ADD? EvtDriverDeviceAdd;
    /// <summary>Called before the driver unloads (optional).</summary>
    public EVT_WDF_DRIVER_UNLOAD? EvtDriverUnload;
    /// <summary>WDF_DRIVER_INIT_FLAGS: WdfDriverInitNonPnpDriver, WdfDriverInitNoDispatchOverride.</summary>
    public WDF_DRIVER_INIT_FLAGS DriverInitFlags;
    /// <summary>The tag the framework uses for the driver's allocations; 0 makes one from the first four characters of the driver's service name.</summary>
    public uint DriverPoolTag;

    internal const uint SizeOfStruct = 0x20;
}
