namespace NtSim;

public static partial class Wdf
{
    /// <summary>The driver does not support PnP: it creates control devices only and must not give an EvtDriverDeviceAdd.</summary>
    public const WDF_DRIVER_INIT_FLAGS WdfDriverInitNonPnpDriver = WDF_DRIVER_INIT_FLAGS.WdfDriverInitNonPnpDriver;
    /// <summary>A miniport under a port driver: the framework installs no dispatch routines, and the driver calls WdfDriverMiniportUnload when the port driver unloads it.</summary>
    public const WDF_DRIVER_INIT_FLAGS WdfDriverInitNoDispatchOverride = WDF_DRIVER_INIT_FLAGS.WdfDriverInitNoDispatchOverride;

    /// <summary>WDF_DRIVER_CONFIG_INIT: Size and EvtDriverDeviceAdd (null for a non-PnP driver).</summary>
    public static void WDF_DRIVER_CONFIG_INIT(out WDF_DRIVER_CONFIG Config, EVT_WDF_DRIVER_DEVICE_ADD? EvtDriverDeviceAdd) =>
        Config = new WDF_DRIVER_CONFIG { Size = WDF_DRIVER_CONFIG.SizeOfStruct, EvtDriverDeviceAdd = EvtDriverDeviceAdd };

    /// <summary>
    /// WdfDriverCreate: binds the driver to the framework. The framework takes the driver object's
    /// dispatch table (every IRP now goes through its packages) and, for a PnP driver, AddDevice and
    /// DriverUnload; a non-PnP driver gets DriverUnload only if it gives EvtDriverUnload (fxdriver.cpp).
    /// </summary>
    public static NTSTATUS WdfDriverCreate(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath, WDF_OBJECT_ATTRIBUTES? DriverAttributes,
        WDF_DRIVER_CONFIG DriverConfig, out WDFDRIVER Driver)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDriverCreate);
        Driver = default;
        if (DriverConfig is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfDriverCreate), nameof(DriverConfig));
        }

        var status = FxDriver.Create(thread, DriverObject, RegistryPath.ToString(), DriverAttributes, DriverConfig, out var driver);
        if (Wdm.NT_SUCCESS(status))
        {
            Driver = new WDFDRIVER(driver);
        }

        return status;
    }

    /// <summary>WdfGetDriver: the calling driver's WDFDRIVER. Any IRQL.</summary>
    public static WDFDRIVER WdfGetDriver()
    {
        var thread = DdiGate.Enter(WdfDdis.WdfGetDriver);
        return new WDFDRIVER(FxLibrary.Of(thread.Machine).ClientOf(thread)?.Driver);
    }

    /// <summary>WdfDriverWdmGetDriverObject: the WDM DRIVER_OBJECT under the WDFDRIVER. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static DRIVER_OBJECT WdfDriverWdmGetDriverObject(WDFDRIVER Driver)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDriverWdmGetDriverObject);
        return FxHandles.Resolve<FxDriver>(thread, Driver.Target, FxObjectType.Driver, nameof(WdfDriverWdmGetDriverObject)).Globals.DriverObject;
    }

    /// <summary>WdfWdmDriverGetWdfDriverHandle: the WDFDRIVER of a WDM driver object (NULL if it is not a KMDF driver). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFDRIVER WdfWdmDriverGetWdfDriverHandle(DRIVER_OBJECT DriverObject)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfWdmDriverGetWdfDriverHandle);
        return new WDFDRIVER(FxDriver.Of(DriverObject));
    }

    /// <summary>WdfDriverGetRegistryPath: the driver's service key path.</summary>
    public static string WdfDriverGetRegistryPath(WDFDRIVER Driver)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDriverGetRegistryPath);
        return FxHandles.Resolve<FxDriver>(thread, Driver.Target, FxObjectType.Driver, nameof(WdfDriverGetRegistryPath)).Globals.RegistryPath;
    }
}
