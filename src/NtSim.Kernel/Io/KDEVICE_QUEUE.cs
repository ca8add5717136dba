namespace NtSim;

/// <summary>KDEVICE_QUEUE: the device object's queue of IRPs waiting for StartIo. Busy while the
/// driver has a current IRP; entries are keyed by sort key (IoStartPacket's Key).</summary>
public sealed class KDEVICE_QUEUE
{
    internal LinkedList<(IRP Irp, uint Key)> Entries { get; } = new();

    /// <summary>The driver is processing an IRP (DeviceObject->CurrentIrp is set).</summary>
    public bool Busy { get; internal set; }

    /// <summary>Number of IRPs waiting.</summary>
    public int Count => Entries.Count;
}
