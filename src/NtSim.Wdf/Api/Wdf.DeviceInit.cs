namespace NtSim;

public static partial class Wdf
{
    /// <summary>EvtDeviceShutdownNotification runs on IRP_MJ_SHUTDOWN, while the file systems are still up.</summary>
    public const WDF_DEVICE_SHUTDOWN_FLAGS WdfDeviceShutdown = WDF_DEVICE_SHUTDOWN_FLAGS.WdfDeviceShutdown;
    /// <summary>EvtDeviceShutdownNotification runs on the last-chance shutdown, after the file systems are flushed.</summary>
    public const WDF_DEVICE_SHUTDOWN_FLAGS WdfDeviceLastChanceShutdown = WDF_DEVICE_SHUTDOWN_FLAGS.WdfDeviceLastChanceShutdown;

    /// <summary>WDF_FILEOBJECT_CONFIG_INIT: the three file callbacks, file object class WdfFileObjectWdfCanUseFsContext.</summary>
    public static void WDF_FILEOBJECT_CONFIG_INIT(out WDF_FILEOBJECT_CONFIG FileEventCallbacks, EVT_WDF_DEVICE_FILE_CREATE? EvtDeviceFileCreate,
        EVT_WDF_FILE_CLOSE? EvtFileClose, EVT_WDF_FILE_CLEANUP? EvtFileCleanup) =>
        FileEventCallbacks = new WDF_FILEOBJECT_CONFIG
        {
            Size = 0x28,
            EvtDeviceFileCreate = EvtDeviceFileCreate,
            EvtFileClose = EvtFileClose,
            EvtFileCleanup = EvtFileCleanup,
            AutoForwardCleanupClose = WDF_TRI_STATE.WdfUseDefault,
            FileObjectClass = WDF_FILEOBJECT_CLASS.WdfFileObjectWdfCanUseFsContext,
        };

    /// <summary>WDF_PNPPOWER_EVENT_CALLBACKS_INIT: every callback NULL.</summary>
    public static void WDF_PNPPOWER_EVENT_CALLBACKS_INIT(out WDF_PNPPOWER_EVENT_CALLBACKS Callbacks) =>
        Callbacks = new WDF_PNPPOWER_EVENT_CALLBACKS { Size = 0x90 };

    /// <summary>WDF_POWER_POLICY_EVENT_CALLBACKS_INIT: every callback NULL.</summary>
    public static void WDF_POWER_POLICY_EVENT_CALLBACKS_INIT(out WDF_POWER_POLICY_EVENT_CALLBACKS Callbacks) =>
        Callbacks = new WDF_POWER_POLICY_EVENT_CALLBACKS { Size = 0x40 };

    /// <summary>WdfDeviceInitSetIoType: buffered (the default), direct or neither for reads and writes.</summary>
    public static void WdfDeviceInitSetIoType(WDFDEVICE_INIT DeviceInit, WDF_DEVICE_IO_TYPE IoType) =>
        Init(DeviceInit, WdfDdis.WdfDeviceInitSetIoType).IoType = IoType;

    /// <summary>WdfDeviceInitSetExclusive: one open handle at a time.</summary>
    public static void WdfDeviceInitSetExclusive(WDFDEVICE_INIT DeviceInit, bool IsExclusive) =>
        Init(DeviceInit, WdfDdis.WdfDeviceInitSetExclusive).Exclusive = IsExclusive;

    /// <summary>WdfDeviceInitSetDeviceType: the FILE_DEVICE_* type (FILE_DEVICE_UNKNOWN by default).</summary>
    public static void WdfDeviceInitSetDeviceType(WDFDEVICE_INIT DeviceInit, uint DeviceType) =>
        Init(DeviceInit, WdfDdis.WdfDeviceInitSetDeviceType).DeviceType = DeviceType;

    /// <summary>WdfDeviceInitSetCharacteristics: sets, or ORs in, FILE_DEVICE_* characteristics.</summary>
    public static void WdfDeviceInitSetCharacteristics(WDFDEVICE_INIT DeviceInit, uint DeviceCharacteristics, bool OrInValues)
    {
        var init = Init(DeviceInit, WdfDdis.WdfDeviceInitSetCharacteristics);
        init.Characteristics = OrInValues ? init.Characteristics | DeviceCharacteristics : DeviceCharacteristics;
    }

    /// <summary>WdfDeviceInitAssignName: the device object's name (\Device\X).</summary>
    public static NTSTATUS WdfDeviceInitAssignName(WDFDEVICE_INIT DeviceInit, UNICODE_STRING? DeviceName)
    {
        Init(DeviceInit, WdfDdis.WdfDeviceInitAssignName).Name = DeviceName?.ToString();
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfDeviceInitAssignSDDLString: the device object's security descriptor, in SDDL.</summary>
    public static NTSTATUS WdfDeviceInitAssignSDDLString(WDFDEVICE_INIT DeviceInit, UNICODE_STRING? SDDLString)
    {
        Init(DeviceInit, WdfDdis.WdfDeviceInitAssignSDDLString).Sddl = SDDLString?.ToString();
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfDeviceInitSetDeviceClass: the device setup class GUID.</summary>
    public static void WdfDeviceInitSetDeviceClass(WDFDEVICE_INIT DeviceInit, in Guid DeviceClassGuid) =>
        Init(DeviceInit, WdfDdis.WdfDeviceInitSetDeviceClass).DeviceClass = DeviceClassGuid;

    /// <summary>WdfDeviceInitSetFileObjectConfig: the file callbacks and the WDFFILEOBJECT attributes.</summary>
    public static void WdfDeviceInitSetFileObjectConfig(WDFDEVICE_INIT DeviceInit, WDF_FILEOBJECT_CONFIG FileObjectConfig, WDF_OBJECT_ATTRIBUTES? FileObjectAttributes)
    {
        var init = Init(DeviceInit, WdfDdis.WdfDeviceInitSetFileObjectConfig);
        init.FileObjectConfig = FileObjectConfig;
        init.FileObjectAttributes = FileObjectAttributes;
    }

    /// <summary>WdfDeviceInitSetPnpPowerEventCallbacks.</summary>
    public static void WdfDeviceInitSetPnpPowerEventCallbacks(WDFDEVICE_INIT DeviceInit, WDF_PNPPOWER_EVENT_CALLBACKS PnpPowerEventCallbacks) =>
        Init(DeviceInit, WdfDdis.WdfDeviceInitSetPnpPowerEventCallbacks).Pnp.PnpPower = PnpPowerEventCallbacks;

    /// <summary>WdfDeviceInitSetPowerPolicyEventCallbacks.</summary>
    public static void WdfDeviceInitSetPowerPolicyEventCallbacks(WDFDEVICE_INIT DeviceInit, WDF_POWER_POLICY_EVENT_CALLBACKS PowerPolicyEventCallbacks) =>
        Init(DeviceInit, WdfDdis.WdfDeviceInitSetPowerPolicyEventCallbacks).Pnp.PowerPolicy = PowerPolicyEventCallbacks;

    /// <summary>WdfDeviceInitSetPowerPolicyOwnership: whether this driver owns the stack's power policy.</summary>
    public static void WdfDeviceInitSetPowerPolicyOwnership(WDFDEVICE_INIT DeviceInit, bool IsPowerPolicyOwner) =>
        Init(DeviceInit, WdfDdis.WdfDeviceInitSetPowerPolicyOwnership).Pnp.PowerPolicyOwner = IsPowerPolicyOwner;

    /// <summary>WdfDeviceInitSetRequestAttributes: the context and callbacks of every request the framework makes for the device.</summary>
    public static void WdfDeviceInitSetRequestAttributes(WDFDEVICE_INIT DeviceInit, WDF_OBJECT_ATTRIBUTES RequestAttributes) =>
        Init(DeviceInit, WdfDdis.WdfDeviceInitSetRequestAttributes).RequestAttributes = RequestAttributes;

    /// <summary>WdfDeviceInitSetIoInCallerContextCallback: see each request in the caller's thread before it is queued.</summary>
    public static void WdfDeviceInitSetIoInCallerContextCallback(WDFDEVICE_INIT DeviceInit, EVT_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext) =>
        Init(DeviceInit, WdfDdis.WdfDeviceInitSetIoInCallerContextCallback).IoInCallerContext = EvtIoInCallerContext;

    /// <summary>WdfDeviceInitAssignWdmIrpPreprocessCallback: see IRPs of <paramref name="MajorFunction"/> (and the
    /// listed minor functions, or all) before the framework does; the callback calls
    /// WdfDeviceWdmDispatchPreprocessedIrp to give one back.</summary>
    public static NTSTATUS WdfDeviceInitAssignWdmIrpPreprocessCallback(WDFDEVICE_INIT DeviceInit, EVT_WDFDEVICE_WDM_IRP_PREPROCESS EvtDeviceWdmIrpPreprocess,
        byte MajorFunction, byte[]? MinorFunctions, uint NumMinorFunctions)
    {
        var init = Init(DeviceInit, WdfDdis.WdfDeviceInitAssignWdmIrpPreprocessCallback);
        if (MajorFunction > Wdm.IRP_MJ_MAXIMUM_FUNCTION)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        init.Preprocess.Set(MajorFunction, EvtDeviceWdmIrpPreprocess, MinorFunctions is null ? [] : MinorFunctions[..(int)NumMinorFunctions]);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfFdoInitSetFilter: the device is a filter (requests it does not take go down; queues not power-managed by default).</summary>
    public static void WdfFdoInitSetFilter(WDFDEVICE_INIT DeviceInit) => Init(DeviceInit, WdfDdis.WdfFdoInitSetFilter).IsFilter = true;

    /// <summary>WdfDeviceInitSetPowerPageable / NotPageable: recorded (no paging path is simulated).</summary>
    public static void WdfDeviceInitSetPowerPageable(WDFDEVICE_INIT DeviceInit) => Init(DeviceInit, WdfDdis.WdfDeviceInitSetPowerPageable);

    /// <summary>WdfDeviceInitSetPowerNotPageable.</summary>
    public static void WdfDeviceInitSetPowerNotPageable(WDFDEVICE_INIT DeviceInit) => Init(DeviceInit, WdfDdis.WdfDeviceInitSetPowerNotPageable);

    /// <summary>WdfControlDeviceInitAllocate: a WDFDEVICE_INIT for a control device (no PnP), with its SDDL.</summary>
    public static WDFDEVICE_INIT? WdfControlDeviceInitAllocate(WDFDRIVER Driver, UNICODE_STRING SDDLString)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfControlDeviceInitAllocate);
        var driver = FxHandles.Resolve<FxDriver>(thread, Driver.Target, FxObjectType.Driver, nameof(WdfControlDeviceInitAllocate));
        var init = WDFDEVICE_INIT.ForControl(driver);
        init.Sddl = SDDLString.ToString();
        return init;
    }

    /// <summary>WdfControlDeviceInitSetShutdownNotification: call back at system shutdown.</summary>
    public static void WdfControlDeviceInitSetShutdownNotification(WDFDEVICE_INIT DeviceInit, EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification,
        WDF_DEVICE_SHUTDOWN_FLAGS Flags) =>
        Init(DeviceInit, WdfDdis.WdfControlDeviceInitSetShutdownNotification).Shutdown = (Notification, Flags);

    /// <summary>WdfDeviceInitFree: frees a WDFDEVICE_INIT that WdfDeviceCreate did not consume.</summary>
    public static void WdfDeviceInitFree(WDFDEVICE_INIT DeviceInit) => Init(DeviceInit, WdfDdis.WdfDeviceInitFree);

    private static WDFDEVICE_INIT Init(WDFDEVICE_INIT? init, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        if (init is null)
        {
            FxHandles.RequiredNull(thread, ddi.Name, "DeviceInit");
        }

        return init;
    }
}
