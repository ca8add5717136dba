namespace NtSim;

/// <summary>
/// WDFDEVICE_INIT (PWDFDEVICE_INIT): what EvtDriverDeviceAdd, or WdfControlDeviceInitAllocate,
/// collects before WdfDeviceCreate makes the device: I/O type, name, callbacks. WdfDeviceCreate
/// consumes it (the driver's variable becomes null), as it frees the C structure.
/// </summary>
public sealed class WDFDEVICE_INIT
{
    private WDFDEVICE_INIT(FxDriver driver, DEVICE_OBJECT? physicalDevice, bool control)
    {
        Driver = driver;
        PhysicalDevice = physicalDevice;
        IsControlDevice = control;
    }

    internal FxDriver Driver { get; }

    /// <summary>The PDO under a function or filter device; null for a control device.</summary>
    internal DEVICE_OBJECT? PhysicalDevice { get; }

    internal bool IsControlDevice { get; }

    internal bool IsFilter { get; set; }

    internal WDF_DEVICE_IO_TYPE IoType { get; set; } = WDF_DEVICE_IO_TYPE.WdfDeviceIoBuffered;

    internal bool Exclusive { get; set; }

    internal uint DeviceType { get; set; } = Wdm.FILE_DEVICE_UNKNOWN;

    internal uint Characteristics { get; set; } = Wdm.FILE_DEVICE_SECURE_OPEN;

    internal string? Name { get; set; }

    internal string? Sddl { get; set; }

    internal Guid? DeviceClass { get; set; }

    internal WDF_FILEOBJECT_CONFIG? FileObjectConfig { get; set; }

    internal WDF_OBJECT_ATTRIBUTES? FileObjectAttributes { get; set; }

    internal WDF_OBJECT_ATTRIBUTES? RequestAttributes { get; set; }

    internal EVT_WDF_IO_IN_CALLER_CONTEXT? IoInCallerContext { get; set; }

    internal FxPreprocessTable Preprocess { get; } = new();

    /// <summary>The PnP/power and power policy callbacks (WdfDeviceInitSetPnpPowerEventCallbacks ...).</summary>
    internal FxPnpCallbacks Pnp { get; } = new();

    /// <summary>WdfControlDeviceInitSetShutdownNotification's callback and flags.</summary>
    internal (EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION Callback, WDF_DEVICE_SHUTDOWN_FLAGS Flags)? Shutdown { get; set; }

    /// <summary>Set once WdfDeviceCreate made the device (consumed).</summary>
    internal FxDevice? CreatedDevice { get; set; }

    internal static WDFDEVICE_INIT ForFdo(FxDriver driver, DEVICE_OBJECT physicalDevice) => new(driver, physicalDevice, control: false);

    internal static WDFDEVICE_INIT ForControl(FxDriver driver) => new(driver, null, control: true);
}
