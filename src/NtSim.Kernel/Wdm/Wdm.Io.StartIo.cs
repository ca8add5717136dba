namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoStartPacket: calls the driver's StartIo now if the device is idle, or queues the
    /// IRP (cancelable with <paramref name="CancelFunction"/>) until IoStartNextPacket.</summary>
    public static void IoStartPacket(DEVICE_OBJECT DeviceObject, IRP Irp, uint? Key, DRIVER_CANCEL? CancelFunction)
    {
        var thread = DdiGate.Enter(DdiTable.IoStartPacket);
        KeContext.NotNull(DeviceObject, nameof(DeviceObject));
        KeContext.NotNull(Irp, nameof(Irp));
        var startIo = RequireStartIo(DeviceObject, nameof(IoStartPacket));
        StartIoQueue.StartPacket(thread, DeviceObject, Irp, Key, CancelFunction, startIo);
        DdiGate.Leave(thread, DdiTable.IoStartPacket);
    }

    /// <summary>IoStartNextPacket: the current IRP is done; starts the next queued one, or makes the device idle.</summary>
    public static void IoStartNextPacket(DEVICE_OBJECT DeviceObject, bool Cancelable)
    {
        var thread = DdiGate.Enter(DdiTable.IoStartNextPacket);
        KeContext.NotNull(DeviceObject, nameof(DeviceObject));
        var startIo = RequireStartIo(DeviceObject, nameof(IoStartNextPacket));
        StartIoQueue.StartNextPacket(thread, DeviceObject, startIo);
        DdiGate.Leave(thread, DdiTable.IoStartNextPacket);
    }

    /// <summary>KeRemoveEntryDeviceQueue: takes a waiting IRP out of the device queue (a cancel
    /// routine does this); TRUE if it was there.</summary>
    public static bool KeRemoveEntryDeviceQueue(KDEVICE_QUEUE DeviceQueue, IRP Irp)
    {
        DdiGate.Enter(DdiTable.KeRemoveEntryDeviceQueue);
        return DeviceQueues.RemoveEntry(KeContext.NotNull(DeviceQueue, nameof(DeviceQueue)), KeContext.NotNull(Irp, nameof(Irp)));
    }

    private static DRIVER_STARTIO RequireStartIo(DEVICE_OBJECT device, string ddi) =>
        device.DriverObject.DriverStartIo
        ?? throw new InvalidOperationException($"{ddi}: {device.DriverObject.DriverName} has no DriverStartIo routine.");
}
