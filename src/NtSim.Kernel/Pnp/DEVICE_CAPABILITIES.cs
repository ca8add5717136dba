using System.Diagnostics;

namespace NtSim;

/// <summary>
/// DEVICE_CAPABILITIES: what IRP_MN_QUERY_CAPABILITIES fills in. The PnP manager allocates it with
/// Size and Version set, Address and UINumber at 0xFFFFFFFF ("unknown"), as the WDK says a sender
/// must; the bus driver sets what its bus knows and filters above may adjust it on the way up.
/// </summary>
[DebuggerDisplay("Removable={Removable} SurpriseRemovalOK={SurpriseRemovalOK} UniqueID={UniqueID}")]
public sealed class DEVICE_CAPABILITIES
{
    /// <summary>The structure's size in bytes; the sender sets it.</summary>
    public ushort Size = 0x40;
    /// <summary>The structure's version (1); the sender sets it.</summary>
    public ushort Version = 1;
    /// <summary>The device hardware supports the D1 power state.</summary>
    public bool DeviceD1;
    /// <summary>The device hardware supports the D2 power state.</summary>
    public bool DeviceD2;
    /// <summary>The device supports physical locking that keeps it from being ejected.</summary>
    public bool LockSupported;
    /// <summary>The device supports software-controlled ejection while the system is running.</summary>
    public bool EjectSupported;
    /// <summary>The device can be removed while the system is running (the Safely Remove Hardware list shows it).</summary>
    public bool Removable;
    /// <summary>The device is a docking peripheral.</summary>
    public bool DockDevice;
    /// <summary>The device's instance ID is unique system-wide, not only on its bus.</summary>
    public bool UniqueID;
    /// <summary>Device Manager should suppress the dialogs while installing the device.</summary>
    public bool SilentInstall;
    /// <summary>The device can run in raw mode (without a function driver).</summary>
    public bool RawDeviceOK;
    /// <summary>The device's function driver handles surprise removal, so the system shows no warning when it is pulled.</summary>
    public bool SurpriseRemovalOK;
    /// <summary>The device can wake the system from D0.</summary>
    public bool WakeFromD0;
    /// <summary>The device can wake the system from D1.</summary>
    public bool WakeFromD1;
    /// <summary>The device can wake the system from D2.</summary>
    public bool WakeFromD2;
    /// <summary>The device can wake the system from D3.</summary>
    public bool WakeFromD3;
    /// <summary>The device is disabled by its hardware (the bus driver says so).</summary>
    public bool HardwareDisabled;
    /// <summary>Reserved.</summary>
    public bool NonDynamic;
    /// <summary>The device supports warm ejection (ejected from the S1 sleep state).</summary>
    public bool WarmEjectSupported;
    /// <summary>Device Manager does not show the device.</summary>
    public bool NoDisplayInUI;
    /// <summary>The device's address on its bus, as the bus defines it; 0xFFFFFFFF when unknown.</summary>
    public uint Address = uint.MaxValue;
    /// <summary>A number the user interface shows for the device (a slot number); 0xFFFFFFFF when unknown.</summary>
    public uint UINumber = uint.MaxValue;

    /// <summary>The device power state for each system power state (indexed by SYSTEM_POWER_STATE).</summary>
    public readonly DEVICE_POWER_STATE[] DeviceState = new DEVICE_POWER_STATE[(int)Wdm.PowerSystemMaximum];
    /// <summary>The lowest system power state from which the device can wake the system.</summary>
    public SYSTEM_POWER_STATE SystemWake;
    /// <summary>The lowest device power state from which the device can wake the system.</summary>
    public DEVICE_POWER_STATE DeviceWake;
    /// <summary>The device's approximate worst-case time to return to D0 from D1, in 100-microsecond units.</summary>
    public uint D1Latency;
    /// <summary>The device's approximate worst-case time to return to D0 from D2, in 100-microsecond units.</summary>
    public uint D2Latency;
    /// <summary>The device's approximate worst-case time to return to D0 from D3, in 100-microsecond units.</summary>
    public uint D3Latency;
}
