namespace NtSim;

public sealed partial class KTHREAD
{
    /// <summary>ETHREAD.DeviceToVerify: the removable-media device whose volume this thread's request
    /// must have verified (IoSetDeviceToVerify, IoSetHardErrorOrVerifyDevice), or null.</summary>
    internal DEVICE_OBJECT? DeviceToVerify { get; set; }
}
