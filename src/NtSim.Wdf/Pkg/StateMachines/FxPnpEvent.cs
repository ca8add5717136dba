namespace NtSim;

/// <summary>FxPnpEvent (fxpnpstatemachine.hpp): what drives the PnP machine; one bit each so a state
/// can name the events it knowingly drops as a mask.</summary>
[Flags]
internal enum FxPnpEvent : uint
{
    None = 0,
    AddDevice = 0x000001,
    StartDevice = 0x000002,
    StartDeviceComplete = 0x000004,
    StartDeviceFailed = 0x000008,
    QueryRemove = 0x000010,
    QueryStop = 0x000020,
    CancelRemove = 0x000040,
    CancelStop = 0x000080,
    Stop = 0x000100,
    Remove = 0x000200,
    SurpriseRemove = 0x000400,
    Eject = 0x000800,
    PwrPolStopped = 0x001000,
    PwrPolStopFailed = 0x002000,
    PowerUpFailed = 0x004000,
    PowerDownFailed = 0x008000,
    ParentRemoved = 0x010000,
    ChildrenRemovalComplete = 0x020000,
    PwrPolStarted = 0x040000,
    PwrPolStartFailed = 0x080000,
    DeviceInD0 = 0x100000,
    PwrPolRemoved = 0x200000,
}
