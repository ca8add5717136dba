namespace NtSim;

// The enum values a KMDF driver in C writes bare (WdfExecutionLevelPassive, WdfTrue, WdfRequestTypeRead ...),
// as constants of Wdf, so that with `using static NtSim.Wdf;` C code carries over word for word. Generated from
// the enums in Headers/ (wdfobject.h, wdfdevice.h, wdfio.h, wdfrequest.h, wdffileobject.h); each value is the enum's own.

public static partial class Wdf
{
    // WDF_EXECUTION_LEVEL (WdfObjectTypes.cs)
    public const WDF_EXECUTION_LEVEL WdfExecutionLevelInvalid = WDF_EXECUTION_LEVEL.WdfExecutionLevelInvalid;
    public const WDF_EXECUTION_LEVEL WdfExecutionLevelInheritFromParent = WDF_EXECUTION_LEVEL.WdfExecutionLevelInheritFromParent;
    public const WDF_EXECUTION_LEVEL WdfExecutionLevelPassive = WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive;
    public const WDF_EXECUTION_LEVEL WdfExecutionLevelDispatch = WDF_EXECUTION_LEVEL.WdfExecutionLevelDispatch;

    // WDF_SYNCHRONIZATION_SCOPE (WdfObjectTypes.cs)
    public const WDF_SYNCHRONIZATION_SCOPE WdfSynchronizationScopeInvalid = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInvalid;
    public const WDF_SYNCHRONIZATION_SCOPE WdfSynchronizationScopeInheritFromParent = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent;
    public const WDF_SYNCHRONIZATION_SCOPE WdfSynchronizationScopeDevice = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice;
    public const WDF_SYNCHRONIZATION_SCOPE WdfSynchronizationScopeQueue = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeQueue;
    public const WDF_SYNCHRONIZATION_SCOPE WdfSynchronizationScopeNone = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeNone;

    // WDF_TRI_STATE (WdfObjectTypes.cs)
    public const WDF_TRI_STATE WdfFalse = WDF_TRI_STATE.WdfFalse;
    public const WDF_TRI_STATE WdfTrue = WDF_TRI_STATE.WdfTrue;
    public const WDF_TRI_STATE WdfUseDefault = WDF_TRI_STATE.WdfUseDefault;

    // WDF_DEVICE_IO_TYPE (WdfDeviceTypes.cs)
    public const WDF_DEVICE_IO_TYPE WdfDeviceIoUndefined = WDF_DEVICE_IO_TYPE.WdfDeviceIoUndefined;
    public const WDF_DEVICE_IO_TYPE WdfDeviceIoNeither = WDF_DEVICE_IO_TYPE.WdfDeviceIoNeither;
    public const WDF_DEVICE_IO_TYPE WdfDeviceIoBuffered = WDF_DEVICE_IO_TYPE.WdfDeviceIoBuffered;
    public const WDF_DEVICE_IO_TYPE WdfDeviceIoDirect = WDF_DEVICE_IO_TYPE.WdfDeviceIoDirect;
    public const WDF_DEVICE_IO_TYPE WdfDeviceIoBufferedOrDirect = WDF_DEVICE_IO_TYPE.WdfDeviceIoBufferedOrDirect;

    // WDF_REQUEST_TYPE (WdfRequestTypes.cs)
    public const WDF_REQUEST_TYPE WdfRequestTypeCreate = WDF_REQUEST_TYPE.WdfRequestTypeCreate;
    public const WDF_REQUEST_TYPE WdfRequestTypeCreateNamedPipe = WDF_REQUEST_TYPE.WdfRequestTypeCreateNamedPipe;
    public const WDF_REQUEST_TYPE WdfRequestTypeClose = WDF_REQUEST_TYPE.WdfRequestTypeClose;
    public const WDF_REQUEST_TYPE WdfRequestTypeRead = WDF_REQUEST_TYPE.WdfRequestTypeRead;
    public const WDF_REQUEST_TYPE WdfRequestTypeWrite = WDF_REQUEST_TYPE.WdfRequestTypeWrite;
    public const WDF_REQUEST_TYPE WdfRequestTypeQueryInformation = WDF_REQUEST_TYPE.WdfRequestTypeQueryInformation;
    public const WDF_REQUEST_TYPE WdfRequestTypeSetInformation = WDF_REQUEST_TYPE.WdfRequestTypeSetInformation;
    public const WDF_REQUEST_TYPE WdfRequestTypeQueryEA = WDF_REQUEST_TYPE.WdfRequestTypeQueryEA;
    public const WDF_REQUEST_TYPE WdfRequestTypeSetEA = WDF_REQUEST_TYPE.WdfRequestTypeSetEA;
    public const WDF_REQUEST_TYPE WdfRequestTypeFlushBuffers = WDF_REQUEST_TYPE.WdfRequestTypeFlushBuffers;
    public const WDF_REQUEST_TYPE WdfRequestTypeQueryVolumeInformation = WDF_REQUEST_TYPE.WdfRequestTypeQueryVolumeInformation;
    public const WDF_REQUEST_TYPE WdfRequestTypeSetVolumeInformation = WDF_REQUEST_TYPE.WdfRequestTypeSetVolumeInformation;
    public const WDF_REQUEST_TYPE WdfRequestTypeDirectoryControl = WDF_REQUEST_TYPE.WdfRequestTypeDirectoryControl;
    public const WDF_REQUEST_TYPE WdfRequestTypeFileSystemControl = WDF_REQUEST_TYPE.WdfRequestTypeFileSystemControl;
    public const WDF_REQUEST_TYPE WdfRequestTypeDeviceControl = WDF_REQUEST_TYPE.WdfRequestTypeDeviceControl;
    public const WDF_REQUEST_TYPE WdfRequestTypeDeviceControlInternal = WDF_REQUEST_TYPE.WdfRequestTypeDeviceControlInternal;
    public const WDF_REQUEST_TYPE WdfRequestTypeShutdown = WDF_REQUEST_TYPE.WdfRequestTypeShutdown;
    public const WDF_REQUEST_TYPE WdfRequestTypeLockControl = WDF_REQUEST_TYPE.WdfRequestTypeLockControl;
    public const WDF_REQUEST_TYPE WdfRequestTypeCleanup = WDF_REQUEST_TYPE.WdfRequestTypeCleanup;
    public const WDF_REQUEST_TYPE WdfRequestTypeCreateMailSlot = WDF_REQUEST_TYPE.WdfRequestTypeCreateMailSlot;
    public const WDF_REQUEST_TYPE WdfRequestTypeQuerySecurity = WDF_REQUEST_TYPE.WdfRequestTypeQuerySecurity;
    public const WDF_REQUEST_TYPE WdfRequestTypeSetSecurity = WDF_REQUEST_TYPE.WdfRequestTypeSetSecurity;
    public const WDF_REQUEST_TYPE WdfRequestTypePower = WDF_REQUEST_TYPE.WdfRequestTypePower;
    public const WDF_REQUEST_TYPE WdfRequestTypeSystemControl = WDF_REQUEST_TYPE.WdfRequestTypeSystemControl;
    public const WDF_REQUEST_TYPE WdfRequestTypeDeviceChange = WDF_REQUEST_TYPE.WdfRequestTypeDeviceChange;
    public const WDF_REQUEST_TYPE WdfRequestTypeQueryQuota = WDF_REQUEST_TYPE.WdfRequestTypeQueryQuota;
    public const WDF_REQUEST_TYPE WdfRequestTypeSetQuota = WDF_REQUEST_TYPE.WdfRequestTypeSetQuota;
    public const WDF_REQUEST_TYPE WdfRequestTypePnp = WDF_REQUEST_TYPE.WdfRequestTypePnp;
    public const WDF_REQUEST_TYPE WdfRequestTypeMax = WDF_REQUEST_TYPE.WdfRequestTypeMax;
    public const WDF_REQUEST_TYPE WdfRequestTypeOther = WDF_REQUEST_TYPE.WdfRequestTypeOther;
    public const WDF_REQUEST_TYPE WdfRequestTypeUsb = WDF_REQUEST_TYPE.WdfRequestTypeUsb;
    public const WDF_REQUEST_TYPE WdfRequestTypeNoFormat = WDF_REQUEST_TYPE.WdfRequestTypeNoFormat;

    // WDF_POWER_DEVICE_STATE (WdfPnpPowerTypes.cs)
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceInvalid = WDF_POWER_DEVICE_STATE.WdfPowerDeviceInvalid;
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceD0 = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD0;
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceD1 = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD1;
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceD2 = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD2;
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceD3 = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3;
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceD3Final = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final;
    public const WDF_POWER_DEVICE_STATE WdfPowerDevicePrepareForHibernation = WDF_POWER_DEVICE_STATE.WdfPowerDevicePrepareForHibernation;
    public const WDF_POWER_DEVICE_STATE WdfPowerDeviceMaximum = WDF_POWER_DEVICE_STATE.WdfPowerDeviceMaximum;

    // WDF_DEVICE_FAILED_ACTION (WdfPnpStateTypes.cs)
    public const WDF_DEVICE_FAILED_ACTION WdfDeviceFailedUndefined = WDF_DEVICE_FAILED_ACTION.WdfDeviceFailedUndefined;
    public const WDF_DEVICE_FAILED_ACTION WdfDeviceFailedAttemptRestart = WDF_DEVICE_FAILED_ACTION.WdfDeviceFailedAttemptRestart;
    public const WDF_DEVICE_FAILED_ACTION WdfDeviceFailedNoRestart = WDF_DEVICE_FAILED_ACTION.WdfDeviceFailedNoRestart;

    // WDF_SPECIAL_FILE_TYPE (WdfPnpPowerTypes.cs)
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileUndefined = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileUndefined;
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFilePaging = WDF_SPECIAL_FILE_TYPE.WdfSpecialFilePaging;
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileHibernation = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileHibernation;
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileDump = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileDump;
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileBoot = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileBoot;
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFilePostDisplay = WDF_SPECIAL_FILE_TYPE.WdfSpecialFilePostDisplay;
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileGuestAssigned = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileGuestAssigned;
    public const WDF_SPECIAL_FILE_TYPE WdfSpecialFileMax = WDF_SPECIAL_FILE_TYPE.WdfSpecialFileMax;

    // WDF_FILEOBJECT_CLASS (WdfDeviceTypes.cs)
    public const WDF_FILEOBJECT_CLASS WdfFileObjectInvalid = WDF_FILEOBJECT_CLASS.WdfFileObjectInvalid;
    public const WDF_FILEOBJECT_CLASS WdfFileObjectNotRequired = WDF_FILEOBJECT_CLASS.WdfFileObjectNotRequired;
    public const WDF_FILEOBJECT_CLASS WdfFileObjectWdfCanUseFsContext = WDF_FILEOBJECT_CLASS.WdfFileObjectWdfCanUseFsContext;
    public const WDF_FILEOBJECT_CLASS WdfFileObjectWdfCanUseFsContext2 = WDF_FILEOBJECT_CLASS.WdfFileObjectWdfCanUseFsContext2;
    public const WDF_FILEOBJECT_CLASS WdfFileObjectWdfCannotUseFsContexts = WDF_FILEOBJECT_CLASS.WdfFileObjectWdfCannotUseFsContexts;
    public const WDF_FILEOBJECT_CLASS WdfFileObjectCanBeOptional = WDF_FILEOBJECT_CLASS.WdfFileObjectCanBeOptional;

    // WDF_IO_QUEUE_STATE (WdfQueueTypes.cs)
    public const WDF_IO_QUEUE_STATE WdfIoQueueAcceptRequests = WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests;
    public const WDF_IO_QUEUE_STATE WdfIoQueueDispatchRequests = WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests;
    public const WDF_IO_QUEUE_STATE WdfIoQueueNoRequests = WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests;
    public const WDF_IO_QUEUE_STATE WdfIoQueueDriverNoRequests = WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests;
    public const WDF_IO_QUEUE_STATE WdfIoQueuePnpHeld = WDF_IO_QUEUE_STATE.WdfIoQueuePnpHeld;

    // WDF_POWER_POLICY_S0_IDLE_CAPABILITIES (WdfPnpStateTypes.cs)
    public const WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCapsInvalid = WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCapsInvalid;
    public const WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCannotWakeFromS0 = WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCannotWakeFromS0;
    public const WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCanWakeFromS0 = WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCanWakeFromS0;
    public const WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleUsbSelectiveSuspend = WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleUsbSelectiveSuspend;

    // WDF_POWER_POLICY_S0_IDLE_USER_CONTROL (WdfPnpStateTypes.cs)
    public const WDF_POWER_POLICY_S0_IDLE_USER_CONTROL IdleUserControlInvalid = WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.IdleUserControlInvalid;
    public const WDF_POWER_POLICY_S0_IDLE_USER_CONTROL IdleDoNotAllowUserControl = WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.IdleDoNotAllowUserControl;
    public const WDF_POWER_POLICY_S0_IDLE_USER_CONTROL IdleAllowUserControl = WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.IdleAllowUserControl;

    // WDF_POWER_POLICY_SX_WAKE_USER_CONTROL (WdfPnpStateTypes.cs)
    public const WDF_POWER_POLICY_SX_WAKE_USER_CONTROL WakeUserControlInvalid = WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.WakeUserControlInvalid;
    public const WDF_POWER_POLICY_SX_WAKE_USER_CONTROL WakeDoNotAllowUserControl = WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.WakeDoNotAllowUserControl;
    public const WDF_POWER_POLICY_SX_WAKE_USER_CONTROL WakeAllowUserControl = WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.WakeAllowUserControl;

    // WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE (WdfPnpStateTypes.cs)
    public const WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE DriverManagedIdleTimeout = WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE.DriverManagedIdleTimeout;
    public const WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE SystemManagedIdleTimeout = WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE.SystemManagedIdleTimeout;
    public const WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE SystemManagedIdleTimeoutWithHint = WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE.SystemManagedIdleTimeoutWithHint;

    // WDF_STATE_NOTIFICATION_TYPE (WdfPnpStateTypes.cs)
    public const WDF_STATE_NOTIFICATION_TYPE StateNotificationInvalid = WDF_STATE_NOTIFICATION_TYPE.StateNotificationInvalid;
    public const WDF_STATE_NOTIFICATION_TYPE StateNotificationEnterState = WDF_STATE_NOTIFICATION_TYPE.StateNotificationEnterState;
    public const WDF_STATE_NOTIFICATION_TYPE StateNotificationPostProcessState = WDF_STATE_NOTIFICATION_TYPE.StateNotificationPostProcessState;
    public const WDF_STATE_NOTIFICATION_TYPE StateNotificationLeaveState = WDF_STATE_NOTIFICATION_TYPE.StateNotificationLeaveState;
    public const WDF_STATE_NOTIFICATION_TYPE StateNotificationAllStates = WDF_STATE_NOTIFICATION_TYPE.StateNotificationAllStates;

    // WDF_REQUEST_FORWARD_OPTIONS_FLAGS (WdfRequestQueueTypes.cs)
    public const WDF_REQUEST_FORWARD_OPTIONS_FLAGS WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = WDF_REQUEST_FORWARD_OPTIONS_FLAGS.WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET;

    // WDF_REQUEST_REUSE_FLAGS (WdfIoTargetTypes.cs)
}
