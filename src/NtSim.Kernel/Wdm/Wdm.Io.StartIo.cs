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
        var old = KeRaiseIrqlToDpcLevel();
        IoAcquireCancelSpinLock(out var cancelIrql);
        if (CancelFunction is not null)
        {
            IoSetCancelRoutine(Irp, CancelFunction);
        }

        var queue = DeviceObject.DeviceQueue;
        if (queue.Busy)
        {
            // KeInsertByKeyDeviceQueue / KeInsertDeviceQueue: the device is busy, the IRP waits.
            InsertByKey(queue, Irp, Key ?? 0, Key.HasValue);
            IoReleaseCancelSpinLock(cancelIrql);
        }
        else
        {
            queue.Busy = true;
            DeviceObject.CurrentIrp = Irp;
            IoReleaseCancelSpinLock(cancelIrql);
            CallStartIo(thread, startIo, DeviceObject, Irp);
        }

        KeLowerIrql(old);
    }

    /// <summary>IoStartNextPacket: the current IRP is done; starts the next queued one, or makes the device idle.</summary>
    public static void IoStartNextPacket(DEVICE_OBJECT DeviceObject, bool Cancelable)
    {
        var thread = DdiGate.Enter(DdiTable.IoStartNextPacket);
        KeContext.NotNull(DeviceObject, nameof(DeviceObject));
        var startIo = RequireStartIo(DeviceObject, nameof(IoStartNextPacket));
        var old = KeRaiseIrqlToDpcLevel();
        IoAcquireCancelSpinLock(out var cancelIrql);
        DeviceObject.CurrentIrp = null;
        var queue = DeviceObject.DeviceQueue;
        IRP? next = null;
        if (queue.Entries.First is { } first)
        {
            next = first.Value.Irp;
            queue.Entries.RemoveFirst();
            DeviceObject.CurrentIrp = next;
        }
        else
        {
            queue.Busy = false;
        }

        IoReleaseCancelSpinLock(cancelIrql);
        if (next is not null)
        {
            CallStartIo(thread, startIo, DeviceObject, next);
        }

        KeLowerIrql(old);
    }

    /// <summary>KeRemoveEntryDeviceQueue: takes a waiting IRP out of the device queue (a cancel
    /// routine does this); TRUE if it was there.</summary>
    public static bool KeRemoveEntryDeviceQueue(KDEVICE_QUEUE DeviceQueue, IRP Irp)
    {
        DdiGate.Enter(DdiTable.KeRemoveEntryDeviceQueue);
        var node = KeContext.NotNull(DeviceQueue, nameof(DeviceQueue)).Entries.First;
        while (node is not null)
        {
            if (node.Value.Irp == Irp)
            {
                DeviceQueue.Entries.Remove(node);
                return true;
            }

            node = node.Next;
        }

        return false;
    }

    private static void InsertByKey(KDEVICE_QUEUE queue, IRP irp, uint key, bool sorted)
    {
        if (sorted)
        {
            for (var node = queue.Entries.First; node is not null; node = node.Next)
            {
                if (key < node.Value.Key)
                {
                    queue.Entries.AddBefore(node, (irp, key));
                    return;
                }
            }
        }

        queue.Entries.AddLast((irp, key));
    }

    private static DRIVER_STARTIO RequireStartIo(DEVICE_OBJECT device, string ddi) =>
        device.DriverObject.DriverStartIo
        ?? throw new InvalidOperationException($"{ddi}: {device.DriverObject.DriverName} has no DriverStartIo routine.");

    private static void CallStartIo(KTHREAD thread, DRIVER_STARTIO startIo, DEVICE_OBJECT device, IRP irp)
    {
        using (thread.EnterModule(device.DriverObject.Module))
        {
            startIo(device, irp);
        }
    }
}
