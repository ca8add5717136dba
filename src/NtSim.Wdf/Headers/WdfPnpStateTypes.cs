namespace NtSim;

/// <summary>WDF_DEVICE_FAILED_ACTION (wdfdevice.h): what WdfDeviceSetFailed asks for.</summary>
public enum WDF_DEVICE_FAILED_ACTION
{
    /// <summary>No action given (0): invalid for WdfDeviceSetFailed.</summary>
    WdfDeviceFailedUndefined = 0,
    /// <summary>The device failed but may work again: the PnP manager stops and restarts it.</summary>
    WdfDeviceFailedAttemptRestart = 1,
    /// <summary>The device failed for good: the PnP manager removes it and does not restart it.</summary>
    WdfDeviceFailedNoRestart = 2,
}

/// <summary>WDF_DEVICE_STATE: the PNP_DEVICE_STATE bits the framework reports for the device
/// (IRP_MN_QUERY_PNP_DEVICE_STATE); WdfUseDefault leaves a bit as the lower drivers set it.</summary>
public sealed class WDF_DEVICE_STATE
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>Report PNP_DEVICE_DISABLED: the device is physically present but disabled in hardware.</summary>
    public WDF_TRI_STATE Disabled;
    /// <summary>Report PNP_DEVICE_DONT_DISPLAY_IN_UI: Device Manager does not show the device.</summary>
    public WDF_TRI_STATE DontDisplayInUI;
    /// <summary>Report PNP_DEVICE_FAILED: the device failed; the PnP manager stops and removes it.</summary>
    public WDF_TRI_STATE Failed;
    /// <summary>Report PNP_DEVICE_NOT_DISABLEABLE: the device must start and may not be disabled.</summary>
    public WDF_TRI_STATE NotDisableable;
    /// <summary>Report PNP_DEVICE_REMOVED: the device was physically removed.</summary>
    public WDF_TRI_STATE Removed;
    /// <summary>Report PNP_DEVICE_RESOURCE_REQUIREMENTS_CHANGED: the PnP manager stops the device and reassigns its resources.</summary>
    public WDF_TRI_STATE ResourcesChanged;
    /// <summary>Report that the device is assigned to a guest virtual machine (KMDF 1.21).</summary>
    public WDF_TRI_STATE AssignedToGuest;
}

/// <summary>WDF_DEVICE_PNP_CAPABILITIES: the DEVICE_CAPABILITIES fields the framework sets on
/// IRP_MN_QUERY_CAPABILITIES's way up; WdfUseDefault and 0xFFFFFFFF leave the bus driver's value.</summary>
public sealed class WDF_DEVICE_PNP_CAPABILITIES
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>The device can be locked so it cannot be ejected (DEVICE_CAPABILITIES.LockSupported).</summary>
    public WDF_TRI_STATE LockSupported;
    /// <summary>The device supports software-controlled ejection (DEVICE_CAPABILITIES.EjectSupported).</summary>
    public WDF_TRI_STATE EjectSupported;
    /// <summary>The device can be removed while the system runs (DEVICE_CAPABILITIES.Removable).</summary>
    public WDF_TRI_STATE Removable;
    /// <summary>The device is a docking peripheral (DEVICE_CAPABILITIES.DockDevice).</summary>
    public WDF_TRI_STATE DockDevice;
    /// <summary>The device's instance ID is unique system-wide (DEVICE_CAPABILITIES.UniqueID).</summary>
    public WDF_TRI_STATE UniqueID;
    /// <summary>Device Manager installs the device without showing a dialog (DEVICE_CAPABILITIES.SilentInstall).</summary>
    public WDF_TRI_STATE SilentInstall;
    /// <summary>The device may be removed without warning, no pop-up shown (DEVICE_CAPABILITIES.SurpriseRemovalOK).</summary>
    public WDF_TRI_STATE SurpriseRemovalOK;
    /// <summary>The device is present but disabled in hardware (DEVICE_CAPABILITIES.HardwareDisabled).</summary>
    public WDF_TRI_STATE HardwareDisabled;
    /// <summary>Device Manager does not show the device (DEVICE_CAPABILITIES.NoDisplayInUI).</summary>
    public WDF_TRI_STATE NoDisplayInUI;
    /// <summary>The device's address on its bus (DEVICE_CAPABILITIES.Address); 0xFFFFFFFF leaves the bus driver's value.</summary>
    public uint Address;
    /// <summary>The number shown to the user for the device's slot (DEVICE_CAPABILITIES.UINumber); 0xFFFFFFFF leaves the bus driver's value.</summary>
    public uint UINumber;
}

/// <summary>WDF_DEVICE_POWER_CAPABILITIES: the power fields of DEVICE_CAPABILITIES the framework sets;
/// PowerDeviceMaximum, PowerSystemMaximum and 0xFFFFFFFF leave the bus driver's value.</summary>
public sealed class WDF_DEVICE_POWER_CAPABILITIES
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>The device supports D1 (DEVICE_CAPABILITIES.DeviceD1).</summary>
    public WDF_TRI_STATE DeviceD1;
    /// <summary>The device supports D2 (DEVICE_CAPABILITIES.DeviceD2).</summary>
    public WDF_TRI_STATE DeviceD2;
    /// <summary>The device can signal a wake from D0.</summary>
    public WDF_TRI_STATE WakeFromD0;
    /// <summary>The device can signal a wake from D1.</summary>
    public WDF_TRI_STATE WakeFromD1;
    /// <summary>The device can signal a wake from D2.</summary>
    public WDF_TRI_STATE WakeFromD2;
    /// <summary>The device can signal a wake from D3.</summary>
    public WDF_TRI_STATE WakeFromD3;
    /// <summary>For each system power state (S0 to S5), the highest device power state the device can keep in it; PowerDeviceMaximum leaves the bus driver's value.</summary>
    public readonly DEVICE_POWER_STATE[] DeviceState = new DEVICE_POWER_STATE[(int)Wdm.PowerSystemMaximum];
    /// <summary>The lowest device power state from which the device can wake the system.</summary>
    public DEVICE_POWER_STATE DeviceWake;
    /// <summary>The lowest system power state from which the device can wake the system.</summary>
    public SYSTEM_POWER_STATE SystemWake;
    /// <summary>The time to return to D0 from D1, in 100-microsecond units.</summary>
    public uint D1Latency;
    /// <summary>The time to return to D0 from D2, in 100-microsecond units.</summary>
    public uint D2Latency;
    /// <summary>The time to return to D0 from D3, in 100-microsecond units.</summary>
    public uint D3Latency;
    /// <summary>The device state the power policy owner picks when the system sleeps and the device is not armed for wake (KMDF 1.9).</summary>
    public DEVICE_POWER_STATE IdealDxStateForSx;
}

/// <summary>WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.</summary>
public enum WDF_POWER_POLICY_S0_IDLE_CAPABILITIES
{
    /// <summary>Not a valid idle capability (0).</summary>
    IdleCapsInvalid = 0,
    /// <summary>The device may go to a low-power state when idle but cannot wake itself.</summary>
    IdleCannotWakeFromS0 = 1,
    /// <summary>The device may go to a low-power state when idle and wake itself when it needs to.</summary>
    IdleCanWakeFromS0 = 2,
    /// <summary>A USB device that idles through USB selective suspend.</summary>
    IdleUsbSelectiveSuspend = 3,
}

/// <summary>WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.</summary>
public enum WDF_POWER_POLICY_S0_IDLE_USER_CONTROL
{
    /// <summary>Not a valid user-control setting (0).</summary>
    IdleUserControlInvalid = 0,
    /// <summary>Device Manager shows no setting for idle power-down.</summary>
    IdleDoNotAllowUserControl = 1,
    /// <summary>Device Manager lets the user turn idle power-down on or off.</summary>
    IdleAllowUserControl = 2,
}

/// <summary>WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE.</summary>
public enum WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE
{
    /// <summary>The framework powers the device down when the driver's IdleTimeout expires.</summary>
    DriverManagedIdleTimeout = 0,
    /// <summary>The power framework decides when the idle device goes down (KMDF 1.11).</summary>
    SystemManagedIdleTimeout = 1,
    /// <summary>As SystemManagedIdleTimeout, with IdleTimeout given to the power framework as a hint (KMDF 1.11).</summary>
    SystemManagedIdleTimeoutWithHint = 2,
}

/// <summary>WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.</summary>
public enum WDF_POWER_POLICY_SX_WAKE_USER_CONTROL
{
    /// <summary>Not a valid user-control setting (0).</summary>
    WakeUserControlInvalid = 0,
    /// <summary>Device Manager shows no setting for waking the system.</summary>
    WakeDoNotAllowUserControl = 1,
    /// <summary>Device Manager lets the user allow or forbid the device to wake the system.</summary>
    WakeAllowUserControl = 2,
}

/// <summary>WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS (WdfDeviceAssignS0IdleSettings).</summary>
public sealed class WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>Whether the idle device can wake itself, cannot, or idles through USB selective suspend.</summary>
    public WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps;
    /// <summary>The low-power state the idle device goes to (PowerDeviceD3 by default, or the deepest it can wake from).</summary>
    public DEVICE_POWER_STATE DxState;
    /// <summary>How long, in milliseconds, the device must be idle before it powers down (0: the framework's default, 5 seconds).</summary>
    public uint IdleTimeout;
    /// <summary>Whether Device Manager shows the user a setting for idle power-down.</summary>
    public WDF_POWER_POLICY_S0_IDLE_USER_CONTROL UserControlOfIdleSettings;
    /// <summary>Whether idle power-down is on (WdfUseDefault: on, unless the user turned it off).</summary>
    public WDF_TRI_STATE Enabled;
    /// <summary>Whether an idle device returns to D0 when the system wakes (KMDF 1.9).</summary>
    public WDF_TRI_STATE PowerUpIdleDeviceOnSystemWake;
    /// <summary>Who decides when the idle device powers down: the driver's time-out or the power framework (KMDF 1.11).</summary>
    public WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE IdleTimeoutType;
    /// <summary>Whether the idle device may go to D3cold, losing power entirely (KMDF 1.11).</summary>
    public WDF_TRI_STATE ExcludeD3Cold;
}

/// <summary>WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS (WdfDeviceAssignSxWakeSettings).</summary>
public sealed class WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>The low-power state the device goes to when the system sleeps and it is armed for wake.</summary>
    public DEVICE_POWER_STATE DxState;
    /// <summary>Whether Device Manager shows the user a setting for waking the system.</summary>
    public WDF_POWER_POLICY_SX_WAKE_USER_CONTROL UserControlOfWakeSettings;
    /// <summary>Whether the device may wake the system (WdfUseDefault: yes, unless the user turned it off).</summary>
    public WDF_TRI_STATE Enabled;
    /// <summary>Arm the device for wake when any of its children is armed, even if the device itself is not (KMDF 1.9).</summary>
    public bool ArmForWakeIfChildrenAreArmedForWake;
    /// <summary>When the device wakes, tell its children that are armed for wake that they woke too (KMDF 1.9).</summary>
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
    /// <summary>No system power action under way.</summary>
    PowerActionNone = 0,
    /// <summary>Reserved.</summary>
    PowerActionReserved = 1,
    /// <summary>The system is going to sleep (S1 to S3).</summary>
    PowerActionSleep = 2,
    /// <summary>The system is hibernating (S4).</summary>
    PowerActionHibernate = 3,
    /// <summary>The system is shutting down.</summary>
    PowerActionShutdown = 4,
    /// <summary>The system is shutting down to restart.</summary>
    PowerActionShutdownReset = 5,
    /// <summary>The system is shutting down and turning the power off.</summary>
    PowerActionShutdownOff = 6,
    /// <summary>A device is being ejected while the system is on (warm eject).</summary>
    PowerActionWarmEject = 7,
    /// <summary>The display is being turned off.</summary>
    PowerActionDisplayOff = 8,
}

/// <summary>WDF_STATE_NOTIFICATION_TYPE: when a state-change callback runs (entering, after the state's work, leaving).</summary>
[Flags]
public enum WDF_STATE_NOTIFICATION_TYPE
{
    /// <summary>No notification (0).</summary>
    StateNotificationInvalid = 0x0000,
    /// <summary>Call the callback when the machine enters the state.</summary>
    StateNotificationEnterState = 0x0001,
    /// <summary>Call the callback after the framework has done the state's work.</summary>
    StateNotificationPostProcessState = 0x0002,
    /// <summary>Call the callback when the machine leaves the state.</summary>
    StateNotificationLeaveState = 0x0004,
    /// <summary>All three notifications: on entering, after the state's work, and on leaving.</summary>
    StateNotificationAllStates = StateNotificationEnterState | StateNotificationPostProcessState | StateNotificationLeaveState,
}

/// <summary>WDF_DEVICE_PNP_NOTIFICATION_DATA: what EvtDevicePnpStateChange is told; of the union, the member
/// <see cref="Type"/> names is filled.</summary>
public sealed class WDF_DEVICE_PNP_NOTIFICATION_DATA
{
    /// <summary>Whether the machine is entering, processing, or leaving the state: which member of Data is filled.</summary>
    public WDF_STATE_NOTIFICATION_TYPE Type;
    /// <summary>The states involved, in the member Type names.</summary>
    public DataUnion Data;

    /// <summary>The states of a notification: one member per notification type.</summary>
    public struct DataUnion
    {
        /// <summary>For StateNotificationEnterState: the state left and the state entered.</summary>
        public Transition EnterState;
        /// <summary>For StateNotificationPostProcessState: the state whose work is done.</summary>
        public PostProcess PostProcessState;
        /// <summary>For StateNotificationLeaveState: the state left and the state next.</summary>
        public Transition LeaveState;
    }

    /// <summary>A move from one PnP state to another.</summary>
    public struct Transition
    {
        /// <summary>The state the machine is in (being left).</summary>
        public WDF_DEVICE_PNP_STATE CurrentState;
        /// <summary>The state the machine moves to.</summary>
        public WDF_DEVICE_PNP_STATE NewState;
    }

    /// <summary>The state whose work the framework has done.</summary>
    public struct PostProcess
    {
        /// <summary>The state the machine is in.</summary>
        public WDF_DEVICE_PNP_STATE CurrentState;
    }
}

/// <summary>EvtDevicePnpStateChange (WdfDeviceInitRegisterPnpStateChangeCallback).</summary>
public delegate void EVT_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION(WDFDEVICE Device, WDF_DEVICE_PNP_NOTIFICATION_DATA NotificationData);
