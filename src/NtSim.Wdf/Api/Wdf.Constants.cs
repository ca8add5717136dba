namespace NtSim;

// The enum values a KMDF driver in C writes bare (WdfExecutionLevelPassive, WdfTrue, WdfRequestTypeRead ...),
// as constants of Wdf, so that with `using static NtSim.Wdf;` C code carries over word for word. Generated from
// the enums in Headers/ (wdfobject.h, wdfdevice.h, wdfio.h, wdfrequest.h, wdffileobject.h); each value is the enum's own.

public static partial class Wdf
{
    // WDF_EXECUTION_LEVEL (WdfObjectTypes.cs)
    /// <summary>Not a valid execution level (0).</summary>
    public const WDF_EXECUTION_LEVEL WdfExecutionLevelInvalid = WDF_EXECUTION_LEVEL.WdfExecutionLevelInvalid;
    /// <summary>The object's callbacks run at the highest IRQL its parent's allow (the default).</summary>
    public const WDF_EXECUTION_LEVEL WdfExecutionLevelInheritFromParent = WDF_EXECUTION_LEVEL.WdfExecutionLevelInheritFromParent;
    /// <summary>The object's callbacks run at PASSIVE_LEVEL (the framework defers to a work item when needed).</summary>
    public const WDF_EXECUTION_LEVEL WdfExecutionLevelPassive = WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive;
    /// <summary>The object's callbacks may run at up to DISPATCH_LEVEL.</summary>
    public const WDF_EXECUTION_LEVEL WdfExecutionLevelDispatch = WDF_EXECUTION_LEVEL.WdfExecutionLevelDispatch;

    // WDF_SYNCHRONIZATION_SCOPE (WdfObjectTypes.cs)
    /// <summary>Not a valid synchronization scope (0).</summary>
    public const WDF_SYNCHRONIZATION_SCOPE WdfSynchronizationScopeInvalid = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInvalid;
    /// <summary>The object takes its parent's synchronization scope (the default).</summary>
    public const WDF_SYNCHRONIZATION_SCOPE WdfSynchronizationScopeInheritFromParent = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent;
    /// <summary>One callback lock per device: its queues' handlers, file callbacks and automatically serialized timers, DPCs and work items never overlap.</summary>
    public const WDF_SYNCHRONIZATION_SCOPE WdfSynchronizationScopeDevice = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice;
    /// <summary>One callback lock per queue: a queue's handlers never overlap one another.</summary>
    public const WDF_SYNCHRONIZATION_SCOPE WdfSynchronizationScopeQueue = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeQueue;
    /// <summary>No callback lock: the callbacks may run at the same time.</summary>
    public const WDF_SYNCHRONIZATION_SCOPE WdfSynchronizationScopeNone = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeNone;

    // WDF_TRI_STATE (WdfObjectTypes.cs)
    /// <summary>FALSE (0).</summary>
    public const WDF_TRI_STATE WdfFalse = WDF_TRI_STATE.WdfFalse;
    /// <summary>TRUE (1).</summary>
    public const WDF_TRI_STATE WdfTrue = WDF_TRI_STATE.WdfTrue;
    /// <summary>Leave the setting to the framework's default or to the lower driver's value (2).</summary>
    public const WDF_TRI_STATE WdfUseDefault = WDF_TRI_STATE.WdfUseDefault;

    // WDF_DEVICE_IO_TYPE (WdfDeviceTypes.cs)
    /// <summary>Reserved for system use (0): not an I/O type a driver asks for.</summary>
    public const WDF_DEVICE_IO_TYPE WdfDeviceIoUndefined = WDF_DEVICE_IO_TYPE.WdfDeviceIoUndefined;
    /// <summary>Neither buffered nor direct I/O: a read or write request carries the caller's own buffer address.</summary>
    public const WDF_DEVICE_IO_TYPE WdfDeviceIoNeither = WDF_DEVICE_IO_TYPE.WdfDeviceIoNeither;
    /// <summary>Buffered I/O (the default): the I/O manager copies data through a system buffer.</summary>
    public const WDF_DEVICE_IO_TYPE WdfDeviceIoBuffered = WDF_DEVICE_IO_TYPE.WdfDeviceIoBuffered;
    /// <summary>Direct I/O: the request carries an MDL of the caller's locked pages.</summary>
    public const WDF_DEVICE_IO_TYPE WdfDeviceIoDirect = WDF_DEVICE_IO_TYPE.WdfDeviceIoDirect;
    /// <summary>UMDF only (4): buffered or direct I/O; a KMDF driver does not use it.</summary>
    public const WDF_DEVICE_IO_TYPE WdfDeviceIoBufferedOrDirect = WDF_DEVICE_IO_TYPE.WdfDeviceIoBufferedOrDirect;

    // WDF_REQUEST_TYPE (WdfRequestTypes.cs)
    /// <summary>IRP_MJ_CREATE (0x00): a file open on the device.</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeCreate = WDF_REQUEST_TYPE.WdfRequestTypeCreate;
    /// <summary>IRP_MJ_CREATE_NAMED_PIPE (0x01).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeCreateNamedPipe = WDF_REQUEST_TYPE.WdfRequestTypeCreateNamedPipe;
    /// <summary>IRP_MJ_CLOSE (0x02): the last reference to the file object was released.</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeClose = WDF_REQUEST_TYPE.WdfRequestTypeClose;
    /// <summary>IRP_MJ_READ (0x03): a read, delivered to EvtIoRead.</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeRead = WDF_REQUEST_TYPE.WdfRequestTypeRead;
    /// <summary>IRP_MJ_WRITE (0x04): a write, delivered to EvtIoWrite.</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeWrite = WDF_REQUEST_TYPE.WdfRequestTypeWrite;
    /// <summary>IRP_MJ_QUERY_INFORMATION (0x05).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeQueryInformation = WDF_REQUEST_TYPE.WdfRequestTypeQueryInformation;
    /// <summary>IRP_MJ_SET_INFORMATION (0x06).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeSetInformation = WDF_REQUEST_TYPE.WdfRequestTypeSetInformation;
    /// <summary>IRP_MJ_QUERY_EA (0x07).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeQueryEA = WDF_REQUEST_TYPE.WdfRequestTypeQueryEA;
    /// <summary>IRP_MJ_SET_EA (0x08).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeSetEA = WDF_REQUEST_TYPE.WdfRequestTypeSetEA;
    /// <summary>IRP_MJ_FLUSH_BUFFERS (0x09).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeFlushBuffers = WDF_REQUEST_TYPE.WdfRequestTypeFlushBuffers;
    /// <summary>IRP_MJ_QUERY_VOLUME_INFORMATION (0x0A).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeQueryVolumeInformation = WDF_REQUEST_TYPE.WdfRequestTypeQueryVolumeInformation;
    /// <summary>IRP_MJ_SET_VOLUME_INFORMATION (0x0B).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeSetVolumeInformation = WDF_REQUEST_TYPE.WdfRequestTypeSetVolumeInformation;
    /// <summary>IRP_MJ_DIRECTORY_CONTROL (0x0C).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeDirectoryControl = WDF_REQUEST_TYPE.WdfRequestTypeDirectoryControl;
    /// <summary>IRP_MJ_FILE_SYSTEM_CONTROL (0x0D).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeFileSystemControl = WDF_REQUEST_TYPE.WdfRequestTypeFileSystemControl;
    /// <summary>IRP_MJ_DEVICE_CONTROL (0x0E): an IOCTL, delivered to EvtIoDeviceControl.</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeDeviceControl = WDF_REQUEST_TYPE.WdfRequestTypeDeviceControl;
    /// <summary>IRP_MJ_INTERNAL_DEVICE_CONTROL (0x0F): an internal IOCTL, delivered to EvtIoInternalDeviceControl.</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeDeviceControlInternal = WDF_REQUEST_TYPE.WdfRequestTypeDeviceControlInternal;
    /// <summary>IRP_MJ_SHUTDOWN (0x10).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeShutdown = WDF_REQUEST_TYPE.WdfRequestTypeShutdown;
    /// <summary>IRP_MJ_LOCK_CONTROL (0x11).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeLockControl = WDF_REQUEST_TYPE.WdfRequestTypeLockControl;
    /// <summary>IRP_MJ_CLEANUP (0x12): the last handle to the file object was closed.</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeCleanup = WDF_REQUEST_TYPE.WdfRequestTypeCleanup;
    /// <summary>IRP_MJ_CREATE_MAILSLOT (0x13).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeCreateMailSlot = WDF_REQUEST_TYPE.WdfRequestTypeCreateMailSlot;
    /// <summary>IRP_MJ_QUERY_SECURITY (0x14).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeQuerySecurity = WDF_REQUEST_TYPE.WdfRequestTypeQuerySecurity;
    /// <summary>IRP_MJ_SET_SECURITY (0x15).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeSetSecurity = WDF_REQUEST_TYPE.WdfRequestTypeSetSecurity;
    /// <summary>IRP_MJ_POWER (0x16).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypePower = WDF_REQUEST_TYPE.WdfRequestTypePower;
    /// <summary>IRP_MJ_SYSTEM_CONTROL (0x17): WMI.</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeSystemControl = WDF_REQUEST_TYPE.WdfRequestTypeSystemControl;
    /// <summary>IRP_MJ_DEVICE_CHANGE (0x18).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeDeviceChange = WDF_REQUEST_TYPE.WdfRequestTypeDeviceChange;
    /// <summary>IRP_MJ_QUERY_QUOTA (0x19).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeQueryQuota = WDF_REQUEST_TYPE.WdfRequestTypeQueryQuota;
    /// <summary>IRP_MJ_SET_QUOTA (0x1A).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeSetQuota = WDF_REQUEST_TYPE.WdfRequestTypeSetQuota;
    /// <summary>IRP_MJ_PNP (0x1B).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypePnp = WDF_REQUEST_TYPE.WdfRequestTypePnp;
    /// <summary>One past the last IRP_MJ_* code (0x1C).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeMax = WDF_REQUEST_TYPE.WdfRequestTypeMax;
    /// <summary>A request of no IRP_MJ_* type the framework names (0x1D).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeOther = WDF_REQUEST_TYPE.WdfRequestTypeOther;
    /// <summary>A USB request (0xFF), from the USB target DDIs.</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeUsb = WDF_REQUEST_TYPE.WdfRequestTypeUsb;
    /// <summary>No type: the request was not formatted for one (0x100).</summary>
    public const WDF_REQUEST_TYPE WdfRequestTypeNoFormat = WDF_REQUEST_TYPE.WdfRequestTypeNoFormat;

    // WDF_POWER_DEVICE_STATE (WdfPnpPowerTypes.cs)
    /// <summary>Not a valid device power state (0).</summary>
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceInvalid = WDF_POWER_DEVICE_STATE.WdfPowerDeviceInvalid;
    /// <summary>D0: fully on, working.</summary>
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceD0 = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD0;
    /// <summary>D1: a low-power state; the device keeps more context than in D2.</summary>
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceD1 = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD1;
    /// <summary>D2: a low-power state below D1.</summary>
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceD2 = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD2;
    /// <summary>D3: off (the device may lose power and context); the system stays on.</summary>
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceD3 = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3;
    /// <summary>D3 because the device is stopping or being removed (or, in EvtDeviceD0Entry, coming from its first start).</summary>
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceD3Final = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final;
    /// <summary>D3 for hibernation, for a device in the hibernation path that must stay on until the system is off.</summary>
    public const WDF_POWER_DEVICE_STATE WdfPowerDevicePrepareForHibernation = WDF_POWER_DEVICE_STATE.WdfPowerDevicePrepareForHibernation;
    /// <summary>One past the last device power state (7).</summary>
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceMaximum = WDF_POWER_DEVICE_STATE.WdfPowerDeviceMaximum;

    // WDF_DEVICE_FAILED_ACTION (WdfPnpStateTypes.cs)
    /// <summary>No action given (0): invalid for WdfDeviceSetFailed.</summary>
    public const WDF_DEVICE_FAILED_ACTION WdfDeviceFailedUndefined = WDF_DEVICE_FAILED_ACTION.WdfDeviceFailedUndefined;
    /// <summary>The device failed but may work again: the PnP manager stops and restarts it.</summary>
    public const WDF_DEVICE_FAILED_ACTION WdfDeviceFailedAttemptRestart = WDF_DEVICE_FAILED_ACTION.WdfDeviceFailedAttemptRestart;
    /// <summary>The device failed for good: the PnP manager removes it and does not restart it.</summary>
    public const WDF_DEVICE_FAILED_ACTION WdfDeviceFailedNoRestart = WDF_DEVICE_FAILED_ACTION.WdfDeviceFailedNoRestart;

    // WDF_SPECIAL_FILE_TYPE (WdfPnpPowerTypes.cs)
    /// <summary>No special file (0).</summary>
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileUndefined = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileUndefined;
    /// <summary>A paging file on the device.</summary>
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFilePaging = WDF_SPECIAL_FILE_TYPE.WdfSpecialFilePaging;
    /// <summary>The hibernation file on the device.</summary>
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileHibernation = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileHibernation;
    /// <summary>A crash dump file on the device.</summary>
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileDump = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileDump;
    /// <summary>The device holds the boot files.</summary>
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileBoot = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileBoot;
    /// <summary>The device is on the post-display path.</summary>
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFilePostDisplay = WDF_SPECIAL_FILE_TYPE.WdfSpecialFilePostDisplay;
    /// <summary>The device is assigned to a guest virtual machine.</summary>
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileGuestAssigned = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileGuestAssigned;
    /// <summary>One past the last special file type.</summary>
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileMax = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileMax;

    // WDF_FILEOBJECT_CLASS (WdfDeviceTypes.cs)
    /// <summary>Not a valid file object class (0).</summary>
    public const WDF_FILEOBJECT_CLASS WdfFileObjectInvalid = WDF_FILEOBJECT_CLASS.WdfFileObjectInvalid;
    /// <summary>The driver needs no WDFFILEOBJECT: the framework makes none.</summary>
    public const WDF_FILEOBJECT_CLASS WdfFileObjectNotRequired = WDF_FILEOBJECT_CLASS.WdfFileObjectNotRequired;
    /// <summary>The framework keeps its WDFFILEOBJECT in the FILE_OBJECT's FsContext.</summary>
    public const WDF_FILEOBJECT_CLASS WdfFileObjectWdfCanUseFsContext = WDF_FILEOBJECT_CLASS.WdfFileObjectWdfCanUseFsContext;
    /// <summary>The framework keeps its WDFFILEOBJECT in the FILE_OBJECT's FsContext2.</summary>
    public const WDF_FILEOBJECT_CLASS WdfFileObjectWdfCanUseFsContext2 = WDF_FILEOBJECT_CLASS.WdfFileObjectWdfCanUseFsContext2;
    /// <summary>The framework keeps its WDFFILEOBJECT in a table of its own (the driver uses both FsContext fields); the default.</summary>
    public const WDF_FILEOBJECT_CLASS WdfFileObjectWdfCannotUseFsContexts = WDF_FILEOBJECT_CLASS.WdfFileObjectWdfCannotUseFsContexts;
    /// <summary>A flag (0x80000000) for the classes above: a request may come without a file object (a filter driver's case).</summary>
    public const WDF_FILEOBJECT_CLASS WdfFileObjectCanBeOptional = WDF_FILEOBJECT_CLASS.WdfFileObjectCanBeOptional;

    // WDF_IO_QUEUE_STATE (WdfQueueTypes.cs)
    /// <summary>The queue accepts new requests (set after WdfIoQueueStart, clear after Stop, Drain or Purge).</summary>
    public const WDF_IO_QUEUE_STATE WdfIoQueueAcceptRequests = WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests;
    /// <summary>The queue delivers requests to the driver (clear while stopped).</summary>
    public const WDF_IO_QUEUE_STATE WdfIoQueueDispatchRequests = WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests;
    /// <summary>The queue holds no requests.</summary>
    public const WDF_IO_QUEUE_STATE WdfIoQueueNoRequests = WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests;
    /// <summary>The driver owns no request that came from this queue.</summary>
    public const WDF_IO_QUEUE_STATE WdfIoQueueDriverNoRequests = WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests;
    /// <summary>The framework stopped the queue for a PnP or power change (a power-managed queue while the device is out of D0).</summary>
    public const WDF_IO_QUEUE_STATE WdfIoQueuePnpHeld = WDF_IO_QUEUE_STATE.WdfIoQueuePnpHeld;

    // WDF_POWER_POLICY_S0_IDLE_CAPABILITIES (WdfPnpStateTypes.cs)
    /// <summary>Not a valid idle capability (0).</summary>
    public const WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCapsInvalid = WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCapsInvalid;
    /// <summary>The device may go to a low-power state when idle but cannot wake itself.</summary>
    public const WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCannotWakeFromS0 = WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCannotWakeFromS0;
    /// <summary>The device may go to a low-power state when idle and wake itself when it needs to.</summary>
    public const WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCanWakeFromS0 = WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCanWakeFromS0;
    /// <summary>A USB device that idles through USB selective suspend.</summary>
    public const WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleUsbSelectiveSuspend = WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleUsbSelectiveSuspend;

    // WDF_POWER_POLICY_S0_IDLE_USER_CONTROL (WdfPnpStateTypes.cs)
    /// <summary>Not a valid user-control setting (0).</summary>
    public const WDF_POWER_POLICY_S0_IDLE_USER_CONTROL IdleUserControlInvalid = WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.IdleUserControlInvalid;
    /// <summary>Device Manager shows no setting for idle power-down.</summary>
    public const WDF_POWER_POLICY_S0_IDLE_USER_CONTROL IdleDoNotAllowUserControl = WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.IdleDoNotAllowUserControl;
    /// <summary>Device Manager lets the user turn idle power-down on or off.</summary>
    public const WDF_POWER_POLICY_S0_IDLE_USER_CONTROL IdleAllowUserControl = WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.IdleAllowUserControl;

    // WDF_POWER_POLICY_SX_WAKE_USER_CONTROL (WdfPnpStateTypes.cs)
    /// <summary>Not a valid user-control setting (0).</summary>
    public const WDF_POWER_POLICY_SX_WAKE_USER_CONTROL WakeUserControlInvalid = WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.WakeUserControlInvalid;
    /// <summary>Device Manager shows no setting for waking the system.</summary>
    public const WDF_POWER_POLICY_SX_WAKE_USER_CONTROL WakeDoNotAllowUserControl = WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.WakeDoNotAllowUserControl;
    /// <summary>Device Manager lets the user allow or forbid the device to wake the system.</summary>
    public const WDF_POWER_POLICY_SX_WAKE_USER_CONTROL WakeAllowUserControl = WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.WakeAllowUserControl;

    // WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE (WdfPnpStateTypes.cs)
    /// <summary>The framework powers the device down when the driver's IdleTimeout expires.</summary>
    public const WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE DriverManagedIdleTimeout = WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE.DriverManagedIdleTimeout;
    /// <summary>The power framework decides when the idle device goes down (KMDF 1.11).</summary>
    public const WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE SystemManagedIdleTimeout = WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE.SystemManagedIdleTimeout;
    /// <summary>As SystemManagedIdleTimeout, with IdleTimeout given to the power framework as a hint (KMDF 1.11).</summary>
    public const WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE SystemManagedIdleTimeoutWithHint = WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE.SystemManagedIdleTimeoutWithHint;

    // WDF_STATE_NOTIFICATION_TYPE (WdfPnpStateTypes.cs)
    /// <summary>No notification (0).</summary>
    public const WDF_STATE_NOTIFICATION_TYPE StateNotificationInvalid = WDF_STATE_NOTIFICATION_TYPE.StateNotificationInvalid;
    /// <summary>Call the callback when the machine enters the state.</summary>
    public const WDF_STATE_NOTIFICATION_TYPE StateNotificationEnterState = WDF_STATE_NOTIFICATION_TYPE.StateNotificationEnterState;
    /// <summary>Call the callback after the framework has done the state's work.</summary>
    public const WDF_STATE_NOTIFICATION_TYPE StateNotificationPostProcessState = WDF_STATE_NOTIFICATION_TYPE.StateNotificationPostProcessState;
    /// <summary>Call the callback when the machine leaves the state.</summary>
    public const WDF_STATE_NOTIFICATION_TYPE StateNotificationLeaveState = WDF_STATE_NOTIFICATION_TYPE.StateNotificationLeaveState;
    /// <summary>All three notifications: on entering, after the state's work, and on leaving.</summary>
    public const WDF_STATE_NOTIFICATION_TYPE StateNotificationAllStates = WDF_STATE_NOTIFICATION_TYPE.StateNotificationAllStates;

    // WDF_REQUEST_FORWARD_OPTIONS_FLAGS (WdfRequestQueueTypes.cs)
    /// <summary>The parent's queue owns the forwarded request: the framework keeps no completion tracking for it (KMDF 1.9).</summary>
    public const WDF_REQUEST_FORWARD_OPTIONS_FLAGS WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = WDF_REQUEST_FORWARD_OPTIONS_FLAGS.WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET;

    // WDF_REQUEST_REUSE_FLAGS (WdfIoTargetTypes.cs)
}
