namespace NtSim;

/// <summary>FxPowerPolicyEvent (fxpowerpolicystatemachine.hpp): what drives the power policy machine.
/// The idle (PowerTimeoutExpired, IoPresent), system sleep (Sx/S0) and wake events are listed for the
/// power issue that simulates them; no state takes them yet.</summary>
[Flags]
internal enum FxPowerPolicyEvent : uint
{
    None = 0,
    PwrPolStart = 0x00000001,
    PwrPolStop = 0x00000002,
    PwrPolSx = 0x00000004,
    PwrPolS0 = 0x00000008,
    PwrPolPowerDown = 0x00000010,
    PwrPolPowerUp = 0x00000020,
    PwrPolPowerDownIoStopped = 0x00000040,
    PwrPolPowerUpHwStarted = 0x00000080,
    PwrPolWakeArrived = 0x00000100,
    PwrPolWakeSuccess = 0x00000200,
    PwrPolWakeFailed = 0x00000400,
    PwrPolIoPresent = 0x00000800,
    PwrPolPowerTimeoutExpired = 0x00001000,
    PwrPolS0IdlePolicyChanged = 0x00002000,
    PwrPolSurpriseRemove = 0x00004000,
    PwrPolUsbSelectiveSuspendCallback = 0x00008000,
    PwrPolUsbSelectiveSuspendCompleted = 0x00010000,
    PwrPolPowerDownFailed = 0x00020000,
    PwrPolPowerUpFailed = 0x00040000,
    PwrPolImplicitPowerDown = 0x00080000,
    PwrPolImplicitPowerDownFailed = 0x00100000,
    PwrPolPowerUpNotSeen = 0x00200000,
    PwrPolDevicePowerNotRequired = 0x00400000,
    PwrPolDevicePowerRequired = 0x00800000,
    PwrPolRemove = 0x01000000,
    PwrPolWakeInterruptFired = 0x02000000,
    PwrPolDeviceDirectedPowerDown = 0x04000000,
    PwrPolDeviceDirectedPowerUp = 0x08000000,
    PwrPolDevicePowerNotRequiredDirected = 0x10000000,
    PwrPolDevicePowerRequiredDirected = 0x20000000,
}
