using NtSim;

namespace MyDriver;

/// <summary>The functional device object's extension.</summary>
internal sealed class FDO_DATA
{
    /// <summary>The FDO itself.</summary>
    public DEVICE_OBJECT Self = null!;

    /// <summary>The device the FDO is attached to (IoAttachDeviceToDeviceStack's result): where IRPs are passed down.</summary>
    public DEVICE_OBJECT NextLowerDriver = null!;

    /// <summary>Held by every IRP in the driver; IRP_MN_REMOVE_DEVICE waits for them before the FDO goes.</summary>
    public readonly IO_REMOVE_LOCK RemoveLock = new();

    /// <summary>GUID_DEVINTERFACE_MYDRIVER's instance, registered in AddDevice, enabled while the device is started.</summary>
    public UNICODE_STRING InterfaceName;

    /// <summary>Whether the interface is enabled now.</summary>
    public bool InterfaceEnabled;

    /// <summary>Opens since the device started (IRP_MJ_CREATE), counted with interlocked increments.</summary>
    public int OpenCount;

    /// <summary>IRP_MN_START_DEVICE received and succeeded.</summary>
    public int StartCount;
}
