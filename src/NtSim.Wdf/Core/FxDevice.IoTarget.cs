namespace NtSim;

internal sealed partial class FxDevice
{
    /// <summary>The device's local I/O target (the next lower device), null for a control device.</summary>
    internal FxIoTargetLocal? IoTarget { get; private set; }

    /// <summary>Opens and starts the local target once the device is attached (FxDevice::Initialize).</summary>
    internal void CreateLocalTarget(KTHREAD thread) => IoTarget = FxIoTargetLocal.Create(thread, this);
}
