namespace NtSim;

/// <summary>WDF_POWER_DEVICE_STATE (wdfdevice.h): the device power state a D0 callback comes from or goes to.</summary>
public enum WDF_POWER_DEVICE_STATE
{
    WdfPowerDeviceInvalid = 0,
    WdfPowerDeviceD0 = 1,
    WdfPowerDeviceD1 = 2,
    WdfPowerDeviceD2 = 3,
    WdfPowerDeviceD3 = 4,
    WdfPowerDeviceD3Final = 5,
    WdfPowerDevicePrepareForHibernation = 6,
    WdfPowerDeviceMaximum = 7,
}

/// <summary>WDF_SPECIAL_FILE_TYPE (wdfdevice.h).</summary>
public enum WDF_SPECIAL_FILE_TYPE
{
    WdfSpecialFileUndefined = 0,
    WdfSpecialFilePaging = 1,
    WdfSpecialFileHibernation = 2,
    WdfSpecialFileDump = 3,
    WdfSpecialFileBoot = 4,
    WdfSpecialFilePostDisplay = 5,
    WdfSpecialFileGuestAssigned = 6,
    WdfSpecialFileMax = 7,
}

public delegate NTSTATUS EVT_WDF_DEVICE_D0_ENTRY(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState);

public delegate NTSTATUS EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState);

public delegate NTSTATUS EVT_WDF_DEVICE_D0_EXIT(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState);

public delegate NTSTATUS EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState);

public delegate NTSTATUS EVT_WDF_DEVICE_PREPARE_HARDWARE(WDFDEVICE Device, WDFCMRESLIST ResourcesRaw, WDFCMRESLIST ResourcesTranslated);

public delegate NTSTATUS EVT_WDF_DEVICE_RELEASE_HARDWARE(WDFDEVICE Device, WDFCMRESLIST ResourcesTranslated);

public delegate void EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP(WDFDEVICE Device);

public delegate void EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH(WDFDEVICE Device);

public delegate NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT(WDFDEVICE Device);

public delegate NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND(WDFDEVICE Device);

public delegate NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART(WDFDEVICE Device);

public delegate void EVT_WDF_DEVICE_SURPRISE_REMOVAL(WDFDEVICE Device);

public delegate NTSTATUS EVT_WDF_DEVICE_QUERY_REMOVE(WDFDEVICE Device);

public delegate NTSTATUS EVT_WDF_DEVICE_QUERY_STOP(WDFDEVICE Device);

public delegate void EVT_WDF_DEVICE_USAGE_NOTIFICATION(WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE NotificationType, bool IsInNotificationPath);

public delegate void EVT_WDF_DEVICE_RELATIONS_QUERY(WDFDEVICE Device, DEVICE_RELATION_TYPE RelationType);

public delegate NTSTATUS EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX(WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE NotificationType, bool IsInNotificationPath);

/// <summary>WDF_PNPPOWER_EVENT_CALLBACKS: the PnP and power callbacks (WDF_PNPPOWER_EVENT_CALLBACKS_INIT).</summary>
public sealed class WDF_PNPPOWER_EVENT_CALLBACKS
{
    public uint Size;
    public EVT_WDF_DEVICE_D0_ENTRY? EvtDeviceD0Entry;
    public EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED? EvtDeviceD0EntryPostInterruptsEnabled;
    public EVT_WDF_DEVICE_D0_EXIT? EvtDeviceD0Exit;
    public EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED? EvtDeviceD0ExitPreInterruptsDisabled;
    public EVT_WDF_DEVICE_PREPARE_HARDWARE? EvtDevicePrepareHardware;
    public EVT_WDF_DEVICE_RELEASE_HARDWARE? EvtDeviceReleaseHardware;
    public EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP? EvtDeviceSelfManagedIoCleanup;
    public EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH? EvtDeviceSelfManagedIoFlush;
    public EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT? EvtDeviceSelfManagedIoInit;
    public EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND? EvtDeviceSelfManagedIoSuspend;
    public EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART? EvtDeviceSelfManagedIoRestart;
    public EVT_WDF_DEVICE_SURPRISE_REMOVAL? EvtDeviceSurpriseRemoval;
    public EVT_WDF_DEVICE_QUERY_REMOVE? EvtDeviceQueryRemove;
    public EVT_WDF_DEVICE_QUERY_STOP? EvtDeviceQueryStop;
    public EVT_WDF_DEVICE_USAGE_NOTIFICATION? EvtDeviceUsageNotification;
    public EVT_WDF_DEVICE_RELATIONS_QUERY? EvtDeviceRelationsQuery;
    public EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX? EvtDeviceUsageNotificationEx;
}

public delegate NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_S0(WDFDEVICE Device);

public delegate void EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0(WDFDEVICE Device);

public delegate void EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED(WDFDEVICE Device);

public delegate NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX(WDFDEVICE Device);

public delegate void EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX(WDFDEVICE Device);

public delegate void EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED(WDFDEVICE Device);

public delegate NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON(WDFDEVICE Device, bool DeviceWakeEnabled, bool ChildrenArmedForWake);

/// <summary>WDF_POWER_POLICY_EVENT_CALLBACKS: the power policy owner's wake callbacks (WDF_POWER_POLICY_EVENT_CALLBACKS_INIT).</summary>
public sealed class WDF_POWER_POLICY_EVENT_CALLBACKS
{
    public uint Size;
    public EVT_WDF_DEVICE_ARM_WAKE_FROM_S0? EvtDeviceArmWakeFromS0;
    public EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0? EvtDeviceDisarmWakeFromS0;
    public EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED? EvtDeviceWakeFromS0Triggered;
    public EVT_WDF_DEVICE_ARM_WAKE_FROM_SX? EvtDeviceArmWakeFromSx;
    public EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX? EvtDeviceDisarmWakeFromSx;
    public EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED? EvtDeviceWakeFromSxTriggered;
    public EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON? EvtDeviceArmWakeFromSxWithReason;
}
