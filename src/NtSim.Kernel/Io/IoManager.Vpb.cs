namespace NtSim;

public sealed partial class IoManager
{
    /// <summary>The system-wide VPB spin lock (IoAcquireVpbSpinLock): guards the Flags, DeviceObject,
    /// RealDevice and ReferenceCount of every volume parameter block.</summary>
    internal KSPIN_LOCK VpbSpinLock { get; } = new();
}
