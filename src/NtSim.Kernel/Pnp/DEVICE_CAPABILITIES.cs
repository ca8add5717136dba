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
    public ushort Size = 0x40;
    public ushort Version = 1;
    public bool DeviceD1;
    public bool DeviceD2;
    public bool LockSupported;
    public bool EjectSupported;
    public bool Removable;
    public bool DockDevice;
    public bool UniqueID;
    public bool SilentInstall;
    public bool RawDeviceOK;
    public bool SurpriseRemovalOK;
    public bool WakeFromD0;
    public bool WakeFromD1;
    public bool WakeFromD2;
    public bool WakeFromD3;
    public bool HardwareDisabled;
    public bool NonDynamic;
    public bool WarmEjectSupported;
    public bool NoDisplayInUI;
    public uint Address = uint.MaxValue;
    public uint UINumber = uint.MaxValue;

    /// <summary>The device power state for each system power state (indexed by SYSTEM_POWER_STATE).</summary>
    public readonly DEVICE_POWER_STATE[] DeviceState = new DEVICE_POWER_STATE[(int)Wdm.PowerSystemMaximum];
    public SYSTEM_POWER_STATE SystemWake;
    public DEVICE_POWER_STATE DeviceWake;
    public uint D1Latency;
    public uint D2Latency;
    public uint D3Latency;
}
