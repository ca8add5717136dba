namespace NtSim;

public static partial class Wdm
{
    // wdm.h: DEVICE_RELATION_TYPE
    /// <summary>IRP_MN_QUERY_DEVICE_RELATIONS type 0: the child devices a bus driver enumerates.</summary>
    public const DEVICE_RELATION_TYPE BusRelations = (DEVICE_RELATION_TYPE)0;
    /// <summary>IRP_MN_QUERY_DEVICE_RELATIONS type 1: the devices to eject together with this one.</summary>
    public const DEVICE_RELATION_TYPE EjectionRelations = (DEVICE_RELATION_TYPE)1;
    /// <summary>IRP_MN_QUERY_DEVICE_RELATIONS type 2: the devices whose power depends on this one.</summary>
    public const DEVICE_RELATION_TYPE PowerRelations = (DEVICE_RELATION_TYPE)2;
    /// <summary>IRP_MN_QUERY_DEVICE_RELATIONS type 3: the devices to remove together with this one.</summary>
    public const DEVICE_RELATION_TYPE RemovalRelations = (DEVICE_RELATION_TYPE)3;
    /// <summary>IRP_MN_QUERY_DEVICE_RELATIONS type 4: the PDO of the device (for target device change notifications).</summary>
    public const DEVICE_RELATION_TYPE TargetDeviceRelation = (DEVICE_RELATION_TYPE)4;
    /// <summary>IRP_MN_QUERY_DEVICE_RELATIONS type 5: the child devices of one bus only (reserved for the system).</summary>
    public const DEVICE_RELATION_TYPE SingleBusRelations = (DEVICE_RELATION_TYPE)5;
    /// <summary>IRP_MN_QUERY_DEVICE_RELATIONS type 6: the devices that carry this one's transport (reserved for the system).</summary>
    public const DEVICE_RELATION_TYPE TransportRelations = (DEVICE_RELATION_TYPE)6;

    // wdm.h: BUS_QUERY_ID_TYPE
    /// <summary>IRP_MN_QUERY_ID type 0: the device ID (enumerator\device).</summary>
    public const BUS_QUERY_ID_TYPE BusQueryDeviceID = (BUS_QUERY_ID_TYPE)0;
    /// <summary>IRP_MN_QUERY_ID type 1: the hardware IDs, most specific first (a multi-string).</summary>
    public const BUS_QUERY_ID_TYPE BusQueryHardwareIDs = (BUS_QUERY_ID_TYPE)1;
    /// <summary>IRP_MN_QUERY_ID type 2: the compatible IDs (a multi-string).</summary>
    public const BUS_QUERY_ID_TYPE BusQueryCompatibleIDs = (BUS_QUERY_ID_TYPE)2;
    /// <summary>IRP_MN_QUERY_ID type 3: the instance ID that tells this device from its siblings.</summary>
    public const BUS_QUERY_ID_TYPE BusQueryInstanceID = (BUS_QUERY_ID_TYPE)3;
    /// <summary>IRP_MN_QUERY_ID type 4: the device's serial number.</summary>
    public const BUS_QUERY_ID_TYPE BusQueryDeviceSerialNumber = (BUS_QUERY_ID_TYPE)4;
    /// <summary>IRP_MN_QUERY_ID type 5: the container ID (a GUID string) grouping the functions of one physical device.</summary>
    public const BUS_QUERY_ID_TYPE BusQueryContainerID = (BUS_QUERY_ID_TYPE)5;

    // wdm.h: DEVICE_TEXT_TYPE
    /// <summary>IRP_MN_QUERY_DEVICE_TEXT type 0: the device's description.</summary>
    public const DEVICE_TEXT_TYPE DeviceTextDescription = (DEVICE_TEXT_TYPE)0;
    /// <summary>IRP_MN_QUERY_DEVICE_TEXT type 1: where the device is (e.g. "PCI bus 0, device 3").</summary>
    public const DEVICE_TEXT_TYPE DeviceTextLocationInformation = (DEVICE_TEXT_TYPE)1;

    // wdm.h: DEVICE_USAGE_NOTIFICATION_TYPE
    /// <summary>IRP_MN_DEVICE_USAGE_NOTIFICATION type 0: undefined.</summary>
    public const DEVICE_USAGE_NOTIFICATION_TYPE DeviceUsageTypeUndefined = (DEVICE_USAGE_NOTIFICATION_TYPE)0;
    /// <summary>IRP_MN_DEVICE_USAGE_NOTIFICATION type 1: a paging file is on the device.</summary>
    public const DEVICE_USAGE_NOTIFICATION_TYPE DeviceUsageTypePaging = (DEVICE_USAGE_NOTIFICATION_TYPE)1;
    /// <summary>IRP_MN_DEVICE_USAGE_NOTIFICATION type 2: the hibernation file is on the device.</summary>
    public const DEVICE_USAGE_NOTIFICATION_TYPE DeviceUsageTypeHibernation = (DEVICE_USAGE_NOTIFICATION_TYPE)2;
    /// <summary>IRP_MN_DEVICE_USAGE_NOTIFICATION type 3: the crash dump file is on the device.</summary>
    public const DEVICE_USAGE_NOTIFICATION_TYPE DeviceUsageTypeDumpFile = (DEVICE_USAGE_NOTIFICATION_TYPE)3;

    // wdm.h: DEVICE_POWER_STATE and SYSTEM_POWER_STATE
    /// <summary>Device power state 0: unspecified.</summary>
    public const DEVICE_POWER_STATE PowerDeviceUnspecified = (DEVICE_POWER_STATE)0;
    /// <summary>Device power state D0: fully on and working.</summary>
    public const DEVICE_POWER_STATE PowerDeviceD0 = (DEVICE_POWER_STATE)1;
    /// <summary>Device power state D1: a light sleep state, keeping more context than D2.</summary>
    public const DEVICE_POWER_STATE PowerDeviceD1 = (DEVICE_POWER_STATE)2;
    /// <summary>Device power state D2: a deeper sleep state than D1.</summary>
    public const DEVICE_POWER_STATE PowerDeviceD2 = (DEVICE_POWER_STATE)3;
    /// <summary>Device power state D3: the lowest-powered state; the device keeps no context and may be off.</summary>
    public const DEVICE_POWER_STATE PowerDeviceD3 = (DEVICE_POWER_STATE)4;
    /// <summary>System power state 0: unspecified.</summary>
    public const SYSTEM_POWER_STATE PowerSystemUnspecified = (SYSTEM_POWER_STATE)0;
    /// <summary>System power state S0: working.</summary>
    public const SYSTEM_POWER_STATE PowerSystemWorking = (SYSTEM_POWER_STATE)1;
    /// <summary>System power state S1: sleep with the processor context kept.</summary>
    public const SYSTEM_POWER_STATE PowerSystemSleeping1 = (SYSTEM_POWER_STATE)2;
    /// <summary>System power state S2: sleep, with the processor off.</summary>
    public const SYSTEM_POWER_STATE PowerSystemSleeping2 = (SYSTEM_POWER_STATE)3;
    /// <summary>System power state S3: sleep with only memory powered (standby).</summary>
    public const SYSTEM_POWER_STATE PowerSystemSleeping3 = (SYSTEM_POWER_STATE)4;
    /// <summary>System power state S4: hibernate (memory saved to disk).</summary>
    public const SYSTEM_POWER_STATE PowerSystemHibernate = (SYSTEM_POWER_STATE)5;
    /// <summary>System power state S5: off (shutdown).</summary>
    public const SYSTEM_POWER_STATE PowerSystemShutdown = (SYSTEM_POWER_STATE)6;
    /// <summary>One past the last system power state (7).</summary>
    public const SYSTEM_POWER_STATE PowerSystemMaximum = (SYSTEM_POWER_STATE)7;

    // wdm.h: PNP_DEVICE_STATE bits (IRP_MN_QUERY_PNP_DEVICE_STATE)
    /// <summary>PNP_DEVICE_STATE bit 0x00000001: the device is physically disabled.</summary>
    public const uint PNP_DEVICE_DISABLED = 0x00000001;
    /// <summary>PNP_DEVICE_STATE bit 0x00000002: do not show the device in the user interface.</summary>
    public const uint PNP_DEVICE_DONT_DISPLAY_IN_UI = 0x00000002;
    /// <summary>PNP_DEVICE_STATE bit 0x00000004: the device is present but not working.</summary>
    public const uint PNP_DEVICE_FAILED = 0x00000004;
    /// <summary>PNP_DEVICE_STATE bit 0x00000008: the device has been physically removed.</summary>
    public const uint PNP_DEVICE_REMOVED = 0x00000008;
    /// <summary>PNP_DEVICE_STATE bit 0x00000010: the resource requirements changed; the PnP manager queries them again.</summary>
    public const uint PNP_DEVICE_RESOURCE_REQUIREMENTS_CHANGED = 0x00000010;
    /// <summary>PNP_DEVICE_STATE bit 0x00000020: the device may not be disabled.</summary>
    public const uint PNP_DEVICE_NOT_DISABLEABLE = 0x00000020;

    // cfg.h: device node problem codes (CM_PROB_*), as devcon status and Device Manager show them
    /// <summary>Problem code 1: the device is not configured.</summary>
    public const uint CM_PROB_NOT_CONFIGURED = 0x00000001;
    /// <summary>Problem code 10: the device cannot start (IRP_MN_START_DEVICE failed).</summary>
    public const uint CM_PROB_FAILED_START = 0x0000000A;
    /// <summary>Problem code 19: the device's registry configuration is incomplete or damaged.</summary>
    public const uint CM_PROB_REGISTRY = 0x00000013;
    /// <summary>Problem code 21: the device is being removed.</summary>
    public const uint CM_PROB_WILL_BE_REMOVED = 0x00000015;
    /// <summary>Problem code 22: the device is disabled.</summary>
    public const uint CM_PROB_DISABLED = 0x00000016;
    /// <summary>Problem code 24: the device is not present, not working, or lacks a driver.</summary>
    public const uint CM_PROB_DEVICE_NOT_THERE = 0x00000018;
    /// <summary>Problem code 28: the device's driver is not installed.</summary>
    public const uint CM_PROB_FAILED_INSTALL = 0x0000001C;
    /// <summary>Problem code 31: a driver's AddDevice failed.</summary>
    public const uint CM_PROB_FAILED_ADD = 0x0000001F;
    /// <summary>Problem code 32: the driver's service is disabled (its Start value is 4).</summary>
    public const uint CM_PROB_DISABLED_SERVICE = 0x00000020;
    /// <summary>Problem code 37: the driver's DriverEntry failed.</summary>
    public const uint CM_PROB_FAILED_DRIVER_ENTRY = 0x00000025;
    /// <summary>Problem code 39: the driver could not be loaded (missing or corrupt).</summary>
    public const uint CM_PROB_DRIVER_FAILED_LOAD = 0x00000027;
    /// <summary>Problem code 40: the driver's service key in the registry is missing or wrong.</summary>
    public const uint CM_PROB_DRIVER_SERVICE_KEY_INVALID = 0x00000028;
    /// <summary>Problem code 43: the device failed after it started (e.g. it reported PNP_DEVICE_FAILED).</summary>
    public const uint CM_PROB_FAILED_POST_START = 0x0000002B;
    /// <summary>Problem code 44: an application or service shut the device down.</summary>
    public const uint CM_PROB_HALTED = 0x0000002C;
    /// <summary>Problem code 45: the device is not connected now (a phantom devnode).</summary>
    public const uint CM_PROB_PHANTOM = 0x0000002D;
    /// <summary>Problem code 47: the device is prepared for safe removal (held for eject).</summary>
    public const uint CM_PROB_HELD_FOR_EJECT = 0x0000002F;
}

public static partial class Wdm
{
    // wdm.h: DEVICE_REGISTRY_PROPERTY (IoGetDeviceProperty)
    /// <summary>IoGetDeviceProperty: the device description (a string).</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyDeviceDescription = (DEVICE_REGISTRY_PROPERTY)0x0;
    /// <summary>IoGetDeviceProperty: the hardware IDs (a multi-string).</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyHardwareID = (DEVICE_REGISTRY_PROPERTY)0x1;
    /// <summary>IoGetDeviceProperty: the compatible IDs (a multi-string).</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyCompatibleIDs = (DEVICE_REGISTRY_PROPERTY)0x2;
    /// <summary>IoGetDeviceProperty: the name of the device's setup class.</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyClassName = (DEVICE_REGISTRY_PROPERTY)0x5;
    /// <summary>IoGetDeviceProperty: the GUID of the device's setup class, as a string.</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyClassGuid = (DEVICE_REGISTRY_PROPERTY)0x6;
    /// <summary>IoGetDeviceProperty: the name of the driver's software key.</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyDriverKeyName = (DEVICE_REGISTRY_PROPERTY)0x7;
    /// <summary>IoGetDeviceProperty: the manufacturer's name.</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyManufacturer = (DEVICE_REGISTRY_PROPERTY)0x8;
    /// <summary>IoGetDeviceProperty: the friendly name of the device.</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyFriendlyName = (DEVICE_REGISTRY_PROPERTY)0x9;
    /// <summary>IoGetDeviceProperty: the location information the bus driver gave.</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyLocationInformation = (DEVICE_REGISTRY_PROPERTY)0xa;
    /// <summary>IoGetDeviceProperty: the name of the PDO (e.g. \Device\00000042).</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyPhysicalDeviceObjectName = (DEVICE_REGISTRY_PROPERTY)0xb;
    /// <summary>IoGetDeviceProperty: the name of the enumerator (e.g. PCI, ROOT).</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyEnumeratorName = (DEVICE_REGISTRY_PROPERTY)0xf;
    /// <summary>IoGetDeviceProperty: the device's address on its bus (a ULONG).</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyAddress = (DEVICE_REGISTRY_PROPERTY)0x10;
    /// <summary>IoGetDeviceProperty: the number the user interface shows for the device's slot (a ULONG).</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyUINumber = (DEVICE_REGISTRY_PROPERTY)0x11;
    /// <summary>IoGetDeviceProperty: the device's removal policy (DEVICE_REMOVAL_POLICY).</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyRemovalPolicy = (DEVICE_REGISTRY_PROPERTY)0x13;
    /// <summary>IoGetDeviceProperty: the container ID (a GUID string) of the device.</summary>
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyContainerID = (DEVICE_REGISTRY_PROPERTY)0x16;

    // wdm.h: IoOpenDeviceRegistryKey
    /// <summary>IoOpenDeviceRegistryKey: open the device's hardware key (Enum\...\Device Parameters).</summary>
    public const uint PLUGPLAY_REGKEY_DEVICE = 1;
    /// <summary>IoOpenDeviceRegistryKey: open the driver's software key (Control\Class\{guid}\nnnn).</summary>
    public const uint PLUGPLAY_REGKEY_DRIVER = 2;
    /// <summary>IoOpenDeviceRegistryKey flag: open the key under the current hardware profile.</summary>
    public const uint PLUGPLAY_REGKEY_CURRENT_HWPROFILE = 4;
}
