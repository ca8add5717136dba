namespace NtSim;

/// <summary>WDF_DEVICE_FAILED_ACTION (wdfdevice.h): what WdfDeviceSetFailed asks for.</summary>
public enum WDF_DEVICE_FAILED_ACTION
{
    WdfDeviceFailedUndefined = 0,
    WdfDeviceFailedAttemptRestart = 1,
    WdfDeviceFailedNoRestart = 2,
}

/// <summary>WDF_DEVICE_STATE: the PNP_DEVICE_STATE bits the framework reports for the device
/// (IRP_MN_QUERY_PNP_DEVICE_STATE); WdfUseDefault leaves a bit as the lower drivers set it.</summary>
public sealed class WDF_DEVICE_STATE
{
    public uint Size;
    public WDF_TRI_STATE Disabled;
    public WDF_TRI_STATE DontDisplayInUI;
    public WDF_TRI_STATE Failed;
    public WDF_TRI_STATE NotDisableable;
    public WDF_TRI_STATE Removed;
    public WDF_TRI_STATE ResourcesChanged;
    public WDF_TRI_STATE AssignedToGuest;
}

/// <summary>WDF_DEVICE_PNP_CAPABILITIES: the DEVICE_CAPABILITIES fields the framework sets on
/// IRP_MN_QUERY_CAPABILITIES's way up; WdfUseDefault and 0xFFFFFFFF leave the bus driver's value.</summary>
public sealed class WDF_DEVICE_PNP_CAPABILITIES
{
    public uint Size;
    public WDF_TRI_STATE LockSupported;
    public WDF_TRI_STATE EjectSupported;
    public WDF_TRI_STATE Removable;
    public WDF_TRI_STATE DockDevice;
    public WDF_TRI_STATE UniqueID;
    public WDF_TRI_STATE SilentInstall;
    public WDF_TRI_STATE SurpriseRemovalOK;
    public WDF_TRI_STATE HardwareDisabled;
    public WDF_TRI_STATE NoDisplayInUI;
    public uint Address;
    public uint UINumber;
}

/// <summary>WDF_DEVICE_POWER_CAPABILITIES: the power fields of DEVICE_CAPABILITIES the framework sets;
/// PowerDeviceMaximum, PowerSystemMaximum and 0xFFFFFFFF leave the bus driver's value.</summary>
public sealed class WDF_DEVICE_POWER_CAPABILITIES
{
    public uint Size;
    public WDF_TRI_STATE DeviceD1;
    public WDF_TRI_STATE DeviceD2;
    public WDF_TRI_STATE WakeFromD0;
    public WDF_TRI_STATE WakeFromD1;
    public WDF_TRI_STATE WakeFromD2;
    public WDF_TRI_STATE WakeFromD3;
    public readonly DEVICE_POWER_STATE[] DeviceState = new DEVICE_POWER_STATE[(int)Wdm.PowerSystemMaximum];
    public DEVICE_POWER_STATE DeviceWake;
    public SYSTEM_POWER_STATE SystemWake;
    public uint D1Latency;
    public uint D2Latency;
    public uint D3Latency;
    public DEVICE_POWER_STATE IdealDxStateForSx;
}

/// <summary>WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.</summary>
public enum WDF_POWER_POLICY_S0_IDLE_CAPABILITIES
{
    IdleCapsInvalid = 0,
    IdleCannotWakeFromS0 = 1,
    IdleCanWakeFromS0 = 2,
    IdleUsbSelectiveSuspend = 3,
}

/// <summary>WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.</summary>
public enum WDF_POWER_POLICY_S0_IDLE_USER_CONTROL
{
    IdleUserControlInvalid = 0,
    IdleDoNotAllowUserControl = 1,
    IdleAllowUserControl = 2,
}

/// <summary>WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE.</summary>
public enum WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE
{
    DriverManagedIdleTimeout = 0,
    SystemManagedIdleTimeout = 1,
    SystemManagedIdleTimeoutWithHint = 2,
}

/// <summary>WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.</summary>
public enum WDF_POWER_POLICY_SX_WAKE_USER_CONTROL
{
    WakeUserControlInvalid = 0,
    WakeDoNotAllowUserControl = 1,
    WakeAllowUserControl = 2,
}

/// <summary>WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS (WdfDeviceAssignS0IdleSettings).</summary>
public sealed class WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS
{
    public uint Size;
    public WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps;
    public DEVICE_POWER_STATE DxState;
    public uint IdleTimeout;
    public WDF_POWER_POLICY_S0_IDLE_USER_CONTROL UserControlOfIdleSettings;
    public WDF_TRI_STATE Enabled;
    public WDF_TRI_STATE PowerUpIdleDeviceOnSystemWake;
    public WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE IdleTimeoutType;
    public WDF_TRI_STATE ExcludeD3Cold;
}

/// <summary>WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS (WdfDeviceAssignSxWakeSettings).</summary>
public sealed class WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS
{
    public uint Size;
    public DEVICE_POWER_STATE DxState;
    public WDF_POWER_POLICY_SX_WAKE_USER_CONTROL UserControlOfWakeSettings;
    public WDF_TRI_STATE Enabled;
    public bool ArmForWakeIfChildrenAreArmedForWake;
    public bool IndicateChildWakeOnParentWake;
}

/// <summary>Values wdm.h has that the framework's INIT functions use.</summary>
internal static class FxPowerValues
{
    /// <summary>PowerDeviceMaximum (wdm.h): "no value" in the framework's power structures.</summary>
    internal const DEVICE_POWER_STATE PowerDeviceMaximum = (DEVICE_POWER_STATE)5;

    /// <summary>IdleTimeoutDefaultValue: 0 asks for the framework's default idle time-out (5 seconds).</summary>
    internal const uint IdleTimeoutDefaultValue = 0;
}

/// <summary>POWER_ACTION (wdm.h): the system power action under way (WdfDeviceGetSystemPowerAction).</summary>
public enum POWER_ACTION
{
    PowerActionNone = 0,
    PowerActionReserved = 1,
    PowerActionSleep = 2,
    PowerActionHibernate = 3,
    PowerActionShutdown = 4,
    PowerActionShutdownReset = 5,
    PowerActionShutdownOff = 6,
    PowerActionWarmEject = 7,
    PowerActionDisplayOff = 8,
}

/// <summary>WDF_STATE_NOTIFICATION_TYPE: when a state-change callback runs (entering, after the state's work, leaving).</summary>
[Flags]
public enum WDF_STATE_NOTIFICATION_TYPE
{
    StateNotificationInvalid = 0x0000,
    StateNotificationEnterState = 0x0001,
    StateNotificationPostProcessState = 0x0002,
    StateNotificationLeaveState = 0x0004,
    StateNotificationAllStates = StateNotificationEnterState | StateNotificationPostProcessState | StateNotificationLeaveState,
}

/// <summary>WDF_DEVICE_PNP_NOTIFICATION_DATA: what EvtDevicePnpStateChange is told; of the union, the member
/// <see cref="Type"/> names is filled.</summary>
public sealed class WDF_DEVICE_PNP_NOTIFICATION_DATA
{
    public WDF_STATE_NOTIFICATION_TYPE Type;
    public DataUnion Data;

    public struct DataUnion
    {
        public Transition EnterState;
        public PostProcess PostProcessState;
        public Transition LeaveState;
    }

    public struct Transition
    {
        public WDF_DEVICE_PNP_STATE CurrentState;
        public WDF_DEVICE_PNP_STATE NewState;
    }

    public struct PostProcess
    {
        public WDF_DEVICE_PNP_STATE CurrentState;
    }
}

/// <summary>EvtDevicePnpStateChange (WdfDeviceInitRegisterPnpStateChangeCallback).</summary>
public delegate void EVT_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION(WDFDEVICE Device, WDF_DEVICE_PNP_NOTIFICATION_DATA NotificationData);
