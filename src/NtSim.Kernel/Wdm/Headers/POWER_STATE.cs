using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>POWER_STATE_TYPE: which member of a POWER_STATE is meant (SystemPowerState, DevicePowerState).</summary>
public enum POWER_STATE_TYPE { }

/// <summary>POWER_STATE: the wdm.h union of a system power state and a device power state.</summary>
[StructLayout(LayoutKind.Explicit)]
public struct POWER_STATE
{
    /// <summary>The system power state, when the POWER_STATE_TYPE is SystemPowerState.</summary>
    [FieldOffset(0)]
    public SYSTEM_POWER_STATE SystemState;

    /// <summary>The device power state, when the POWER_STATE_TYPE is DevicePowerState.</summary>
    [FieldOffset(0)]
    public DEVICE_POWER_STATE DeviceState;
}
