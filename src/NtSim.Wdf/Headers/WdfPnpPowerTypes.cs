namespace NtSim;

/// <summary>WDF_POWER_DEVICE_STATE (wdfdevice.h): the device power state a D0 callback comes from or goes to.</summary>
public enum WDF_POWER_DEVICE_STATE
{
    /// <summary>Not a valid device power state (0).</summary>
    WdfPowerDeviceInvalid = 0,
    /// <summary>D0: fully on, working.</summary>
    WdfPowerDeviceD0 = 1,
    /// <summary>D1: a low-power state; the device keeps more context than in D2.</summary>
    WdfPowerDeviceD1 = 2,
    /// <summary>D2: a low-power state below D1.</summary>
    WdfPowerDeviceD2 = 3,
    /// <summary>D3: off (the device may lose power and context); the system stays on.</summary>
    WdfPowerDeviceD3 = 4,
    /// <summary>D3 because the device is stopping or being removed (or, in EvtDeviceD0Entry, coming from its first start).</summary>
    WdfPowerDeviceD3Final = 5,
    /// <summary>D3 for hibernation, for a device in the hibernation path that must stay on until the system is off.</summary>
    WdfPowerDevicePrepareForHibernation = 6,
    /// <summary>One past the last device power state (7).</summary>
    WdfPowerDeviceMaximum = 7,
}

/// <summary>WDF_SPECIAL_FILE_TYPE (wdfdevice.h).</summary>
public enum WDF_SPECIAL_FILE_TYPE
{
    /// <summary>No special file (0).</summary>
    WdfSpecialFileUndefined = 0,
    /// <summary>A paging file on the device.</summary>
    WdfSpecialFilePaging = 1,
    /// <summary>The hibernation file on the device.</summary>
    WdfSpecialFileHibernation = 2,
    /// <summary>A crash dump file on the device.</summary>
    WdfSpecialFileDump = 3,
    /// <summary>The device holds the boot files.</summary>
    WdfSpecialFileBoot = 4,
    /// <summary>The device is on the post-display path.</summary>
    WdfSpecialFilePostDisplay = 5,
    /// <summary>The device is assigned to a guest virtual machine.</summary>
    WdfSpecialFileGuestAssigned = 6,
    /// <summary>One past the last special file type.</summary>
    WdfSpecialFileMax = 7,
}

/// <summary>EvtDeviceD0Entry: the device has entered D0 and is working; PreviousState is the state it came from (WdfPowerDeviceD3Final on its first start).</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_D0_ENTRY(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState);

/// <summary>EvtDeviceD0EntryPostInterruptsEnabled: the device is in D0 and its interrupts are connected; finish what needs them.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState);

/// <summary>EvtDeviceD0Exit: the device is leaving D0 for TargetState (WdfPowerDeviceD3Final when it stops or goes away).</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_D0_EXIT(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState);

/// <summary>EvtDeviceD0ExitPreInterruptsDisabled: the device is leaving D0; its interrupts are still connected.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState);

/// <summary>EvtDevicePrepareHardware: the device's resources are assigned (raw and translated lists); map and get ready to use the hardware.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_PREPARE_HARDWARE(WDFDEVICE Device, WDFCMRESLIST ResourcesRaw, WDFCMRESLIST ResourcesTranslated);

/// <summary>EvtDeviceReleaseHardware: the device is stopping or going away; undo what EvtDevicePrepareHardware did.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_RELEASE_HARDWARE(WDFDEVICE Device, WDFCMRESLIST ResourcesTranslated);

/// <summary>EvtDeviceSelfManagedIoCleanup: the device is removed; release what self-managed I/O used.</summary>
public delegate void EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP(WDFDEVICE Device);

/// <summary>EvtDeviceSelfManagedIoFlush: the device is being removed or surprise-removed; fail the self-managed I/O still pending.</summary>
public delegate void EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH(WDFDEVICE Device);

/// <summary>EvtDeviceSelfManagedIoInit: the device is in D0 for the first time; start the I/O the framework's queues do not manage.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT(WDFDEVICE Device);

/// <summary>EvtDeviceSelfManagedIoSuspend: the device is leaving D0 or stopping; pause self-managed I/O.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND(WDFDEVICE Device);

/// <summary>EvtDeviceSelfManagedIoRestart: the device is back in D0 after a suspend; resume self-managed I/O.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART(WDFDEVICE Device);

/// <summary>EvtDeviceSurpriseRemoval: the device was unplugged without warning (IRP_MN_SURPRISE_REMOVAL).</summary>
public delegate void EVT_WDF_DEVICE_SURPRISE_REMOVAL(WDFDEVICE Device);

/// <summary>EvtDeviceQueryRemove: may the device be removed? A failure status vetoes the removal.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_QUERY_REMOVE(WDFDEVICE Device);

/// <summary>EvtDeviceQueryStop: may the device be stopped to rebalance resources? A failure status vetoes the stop.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_QUERY_STOP(WDFDEVICE Device);

/// <summary>EvtDeviceUsageNotification: a paging, hibernation or crash dump file is being put on (or taken off) the device.</summary>
public delegate void EVT_WDF_DEVICE_USAGE_NOTIFICATION(WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE NotificationType, bool IsInNotificationPath);

/// <summary>EvtDeviceRelationsQuery: the PnP manager is asking for the device's relations of RelationType (IRP_MN_QUERY_DEVICE_RELATIONS).</summary>
public delegate void EVT_WDF_DEVICE_RELATIONS_QUERY(WDFDEVICE Device, DEVICE_RELATION_TYPE RelationType);

/// <summary>EvtDeviceUsageNotificationEx: as EvtDeviceUsageNotification, and a failure status vetoes the change (KMDF 1.11).</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX(WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE NotificationType, bool IsInNotificationPath);

/// <summary>WDF_PNPPOWER_EVENT_CALLBACKS: the PnP and power callbacks (WDF_PNPPOWER_EVENT_CALLBACKS_INIT).</summary>
public sealed class WDF_PNPPOWER_EVENT_CALLBACKS
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>Called when the device enters D0 (EVT_WDF_DEVICE_D0_ENTRY).</summary>
    public EVT_WDF_DEVICE_D0_ENTRY? EvtDeviceD0Entry;
    /// <summary>Called in D0 once interrupts are connected (EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED).</summary>
    public EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED? EvtDeviceD0EntryPostInterruptsEnabled;
    /// <summary>Called when the device leaves D0 (EVT_WDF_DEVICE_D0_EXIT).</summary>
    public EVT_WDF_DEVICE_D0_EXIT? EvtDeviceD0Exit;
    /// <summary>Called when the device leaves D0, before interrupts are disconnected (EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED).</summary>
    public EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED? EvtDeviceD0ExitPreInterruptsDisabled;
    /// <summary>Called when the device's resources are assigned, before it enters D0 (EVT_WDF_DEVICE_PREPARE_HARDWARE).</summary>
    public EVT_WDF_DEVICE_PREPARE_HARDWARE? EvtDevicePrepareHardware;
    /// <summary>Called after the device left D0 to stop or go away (EVT_WDF_DEVICE_RELEASE_HARDWARE).</summary>
    public EVT_WDF_DEVICE_RELEASE_HARDWARE? EvtDeviceReleaseHardware;
    /// <summary>Called when the device is removed (EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP).</summary>
    public EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP? EvtDeviceSelfManagedIoCleanup;
    /// <summary>Called when the device is removed or surprise-removed (EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH).</summary>
    public EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH? EvtDeviceSelfManagedIoFlush;
    /// <summary>Called the first time the device enters D0 (EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT).</summary>
    public EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT? EvtDeviceSelfManagedIoInit;
    /// <summary>Called when the device leaves D0 or stops (EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND).</summary>
    public EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND? EvtDeviceSelfManagedIoSuspend;
    /// <summary>Called when the device returns to D0 after a suspend (EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART).</summary>
    public EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART? EvtDeviceSelfManagedIoRestart;
    /// <summary>Called on IRP_MN_SURPRISE_REMOVAL (EVT_WDF_DEVICE_SURPRISE_REMOVAL).</summary>
    public EVT_WDF_DEVICE_SURPRISE_REMOVAL? EvtDeviceSurpriseRemoval;
    /// <summary>Called on IRP_MN_QUERY_REMOVE_DEVICE; may veto (EVT_WDF_DEVICE_QUERY_REMOVE).</summary>
    public EVT_WDF_DEVICE_QUERY_REMOVE? EvtDeviceQueryRemove;
    /// <summary>Called on IRP_MN_QUERY_STOP_DEVICE; may veto (EVT_WDF_DEVICE_QUERY_STOP).</summary>
    public EVT_WDF_DEVICE_QUERY_STOP? EvtDeviceQueryStop;
    /// <summary>Called on IRP_MN_DEVICE_USAGE_NOTIFICATION (EVT_WDF_DEVICE_USAGE_NOTIFICATION).</summary>
    public EVT_WDF_DEVICE_USAGE_NOTIFICATION? EvtDeviceUsageNotification;
    /// <summary>Called on IRP_MN_QUERY_DEVICE_RELATIONS (EVT_WDF_DEVICE_RELATIONS_QUERY).</summary>
    public EVT_WDF_DEVICE_RELATIONS_QUERY? EvtDeviceRelationsQuery;
    /// <summary>Called on IRP_MN_DEVICE_USAGE_NOTIFICATION; may veto (EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX, KMDF 1.11).</summary>
    public EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX? EvtDeviceUsageNotificationEx;
}

/// <summary>EvtDeviceArmWakeFromS0: arm the idle device to wake itself while the system stays in S0.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_S0(WDFDEVICE Device);

/// <summary>EvtDeviceDisarmWakeFromS0: disarm the wake that EvtDeviceArmWakeFromS0 armed.</summary>
public delegate void EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0(WDFDEVICE Device);

/// <summary>EvtDeviceWakeFromS0Triggered: the device signalled a wake while the system was in S0.</summary>
public delegate void EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED(WDFDEVICE Device);

/// <summary>EvtDeviceArmWakeFromSx: arm the device to wake the system from a sleep state.</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX(WDFDEVICE Device);

/// <summary>EvtDeviceDisarmWakeFromSx: disarm the system wake that EvtDeviceArmWakeFromSx armed.</summary>
public delegate void EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX(WDFDEVICE Device);

/// <summary>EvtDeviceWakeFromSxTriggered: the device woke the system from a sleep state.</summary>
public delegate void EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED(WDFDEVICE Device);

/// <summary>EvtDeviceArmWakeFromSxWithReason: as EvtDeviceArmWakeFromSx, told whether the device itself or its armed children are the reason (KMDF 1.7).</summary>
public delegate NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON(WDFDEVICE Device, bool DeviceWakeEnabled, bool ChildrenArmedForWake);

/// <summary>WDF_POWER_POLICY_EVENT_CALLBACKS: the power policy owner's wake callbacks (WDF_POWER_POLICY_EVENT_CALLBACKS_INIT).</summary>
public sealed class WDF_POWER_POLICY_EVENT_CALLBACKS
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>Called to arm the idle device to wake itself in S0 (EVT_WDF_DEVICE_ARM_WAKE_FROM_S0).</summary>
    public EVT_WDF_DEVICE_ARM_WAKE_FROM_S0? EvtDeviceArmWakeFromS0;
    /// <summary>Called to disarm wake from S0 (EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0).</summary>
    public EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0? EvtDeviceDisarmWakeFromS0;
    /// <summary>Called when the device signalled a wake in S0 (EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED).</summary>
    public EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED? EvtDeviceWakeFromS0Triggered;
    /// <summary>Called to arm the device to wake the system (EVT_WDF_DEVICE_ARM_WAKE_FROM_SX).</summary>
    public EVT_WDF_DEVICE_ARM_WAKE_FROM_SX? EvtDeviceArmWakeFromSx;
    /// <summary>Called to disarm system wake (EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX).</summary>
    public EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX? EvtDeviceDisarmWakeFromSx;
    /// <summary>Called when the device woke the system (EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED).</summary>
    public EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED? EvtDeviceWakeFromSxTriggered;
    /// <summary>Called instead of EvtDeviceArmWakeFromSx when set, with the reason for arming (EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON).</summary>
    public EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON? EvtDeviceArmWakeFromSxWithReason;
}
