namespace NtSim;

public static partial class Wdm
{
    // wdm.h: DEVICE_RELATION_TYPE
    public const DEVICE_RELATION_TYPE BusRelations = (DEVICE_RELATION_TYPE)0;
    public const DEVICE_RELATION_TYPE EjectionRelations = (DEVICE_RELATION_TYPE)1;
    public const DEVICE_RELATION_TYPE PowerRelations = (DEVICE_RELATION_TYPE)2;
    public const DEVICE_RELATION_TYPE RemovalRelations = (DEVICE_RELATION_TYPE)3;
    public const DEVICE_RELATION_TYPE TargetDeviceRelation = (DEVICE_RELATION_TYPE)4;
    public const DEVICE_RELATION_TYPE SingleBusRelations = (DEVICE_RELATION_TYPE)5;
    public const DEVICE_RELATION_TYPE TransportRelations = (DEVICE_RELATION_TYPE)6;

    // wdm.h: BUS_QUERY_ID_TYPE
    public const BUS_QUERY_ID_TYPE BusQueryDeviceID = (BUS_QUERY_ID_TYPE)0;
    public const BUS_QUERY_ID_TYPE BusQueryHardwareIDs = (BUS_QUERY_ID_TYPE)1;
    public const BUS_QUERY_ID_TYPE BusQueryCompatibleIDs = (BUS_QUERY_ID_TYPE)2;
    public const BUS_QUERY_ID_TYPE BusQueryInstanceID = (BUS_QUERY_ID_TYPE)3;
    public const BUS_QUERY_ID_TYPE BusQueryDeviceSerialNumber = (BUS_QUERY_ID_TYPE)4;
    public const BUS_QUERY_ID_TYPE BusQueryContainerID = (BUS_QUERY_ID_TYPE)5;

    // wdm.h: DEVICE_TEXT_TYPE
    public const DEVICE_TEXT_TYPE DeviceTextDescription = (DEVICE_TEXT_TYPE)0;
    public const DEVICE_TEXT_TYPE DeviceTextLocationInformation = (DEVICE_TEXT_TYPE)1;

    // wdm.h: DEVICE_USAGE_NOTIFICATION_TYPE
    public const DEVICE_USAGE_NOTIFICATION_TYPE DeviceUsageTypeUndefined = (DEVICE_USAGE_NOTIFICATION_TYPE)0;
    public const DEVICE_USAGE_NOTIFICATION_TYPE DeviceUsageTypePaging = (DEVICE_USAGE_NOTIFICATION_TYPE)1;
    public const DEVICE_USAGE_NOTIFICATION_TYPE DeviceUsageTypeHibernation = (DEVICE_USAGE_NOTIFICATION_TYPE)2;
    public const DEVICE_USAGE_NOTIFICATION_TYPE DeviceUsageTypeDumpFile = (DEVICE_USAGE_NOTIFICATION_TYPE)3;

    // wdm.h: DEVICE_POWER_STATE and SYSTEM_POWER_STATE
    public const DEVICE_POWER_STATE PowerDeviceUnspecified = (DEVICE_POWER_STATE)0;
    public const DEVICE_POWER_STATE PowerDeviceD0 = (DEVICE_POWER_STATE)1;
    public const DEVICE_POWER_STATE PowerDeviceD1 = (DEVICE_POWER_STATE)2;
    public const DEVICE_POWER_STATE PowerDeviceD2 = (DEVICE_POWER_STATE)3;
    public const DEVICE_POWER_STATE PowerDeviceD3 = (DEVICE_POWER_STATE)4;
    public const SYSTEM_POWER_STATE PowerSystemUnspecified = (SYSTEM_POWER_STATE)0;
    public const SYSTEM_POWER_STATE PowerSystemWorking = (SYSTEM_POWER_STATE)1;
    public const SYSTEM_POWER_STATE PowerSystemSleeping1 = (SYSTEM_POWER_STATE)2;
    public const SYSTEM_POWER_STATE PowerSystemSleeping2 = (SYSTEM_POWER_STATE)3;
    public const SYSTEM_POWER_STATE PowerSystemSleeping3 = (SYSTEM_POWER_STATE)4;
    public const SYSTEM_POWER_STATE PowerSystemHibernate = (SYSTEM_POWER_STATE)5;
    public const SYSTEM_POWER_STATE PowerSystemShutdown = (SYSTEM_POWER_STATE)6;
    public const SYSTEM_POWER_STATE PowerSystemMaximum = (SYSTEM_POWER_STATE)7;

    // wdm.h: PNP_DEVICE_STATE bits (IRP_MN_QUERY_PNP_DEVICE_STATE)
    public const uint PNP_DEVICE_DISABLED = 0x00000001;
    public const uint PNP_DEVICE_DONT_DISPLAY_IN_UI = 0x00000002;
    public const uint PNP_DEVICE_FAILED = 0x00000004;
    public const uint PNP_DEVICE_REMOVED = 0x00000008;
    public const uint PNP_DEVICE_RESOURCE_REQUIREMENTS_CHANGED = 0x00000010;
    public const uint PNP_DEVICE_NOT_DISABLEABLE = 0x00000020;

    // cfg.h: device node problem codes (CM_PROB_*), as devcon status and Device Manager show them
    public const uint CM_PROB_NOT_CONFIGURED = 0x00000001;
    public const uint CM_PROB_FAILED_START = 0x0000000A;
    public const uint CM_PROB_REGISTRY = 0x00000013;
    public const uint CM_PROB_WILL_BE_REMOVED = 0x00000015;
    public const uint CM_PROB_DISABLED = 0x00000016;
    public const uint CM_PROB_DEVICE_NOT_THERE = 0x00000018;
    public const uint CM_PROB_FAILED_INSTALL = 0x0000001C;
    public const uint CM_PROB_FAILED_ADD = 0x0000001F;
    public const uint CM_PROB_DISABLED_SERVICE = 0x00000020;
    public const uint CM_PROB_FAILED_DRIVER_ENTRY = 0x00000025;
    public const uint CM_PROB_DRIVER_FAILED_LOAD = 0x00000027;
    public const uint CM_PROB_DRIVER_SERVICE_KEY_INVALID = 0x00000028;
    public const uint CM_PROB_FAILED_POST_START = 0x0000002B;
    public const uint CM_PROB_HALTED = 0x0000002C;
    public const uint CM_PROB_PHANTOM = 0x0000002D;
    public const uint CM_PROB_HELD_FOR_EJECT = 0x0000002F;
}

public static partial class Wdm
{
    // wdm.h: DEVICE_REGISTRY_PROPERTY (IoGetDeviceProperty)
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyDeviceDescription = (DEVICE_REGISTRY_PROPERTY)0x0;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyHardwareID = (DEVICE_REGISTRY_PROPERTY)0x1;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyCompatibleIDs = (DEVICE_REGISTRY_PROPERTY)0x2;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyClassName = (DEVICE_REGISTRY_PROPERTY)0x5;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyClassGuid = (DEVICE_REGISTRY_PROPERTY)0x6;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyDriverKeyName = (DEVICE_REGISTRY_PROPERTY)0x7;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyManufacturer = (DEVICE_REGISTRY_PROPERTY)0x8;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyFriendlyName = (DEVICE_REGISTRY_PROPERTY)0x9;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyLocationInformation = (DEVICE_REGISTRY_PROPERTY)0xa;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyPhysicalDeviceObjectName = (DEVICE_REGISTRY_PROPERTY)0xb;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyEnumeratorName = (DEVICE_REGISTRY_PROPERTY)0xf;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyAddress = (DEVICE_REGISTRY_PROPERTY)0x10;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyUINumber = (DEVICE_REGISTRY_PROPERTY)0x11;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyRemovalPolicy = (DEVICE_REGISTRY_PROPERTY)0x13;
    public const DEVICE_REGISTRY_PROPERTY DevicePropertyContainerID = (DEVICE_REGISTRY_PROPERTY)0x16;

    // wdm.h: IoOpenDeviceRegistryKey
    public const uint PLUGPLAY_REGKEY_DEVICE = 1;
    public const uint PLUGPLAY_REGKEY_DRIVER = 2;
    public const uint PLUGPLAY_REGKEY_CURRENT_HWPROFILE = 4;
}
