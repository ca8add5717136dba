namespace NtSim;

/// <summary>
/// IoStartPacket and IoStartNextPacket's work: a device's StartIo routine sees one IRP at a time;
/// the others wait in the device queue. Both run at DISPATCH_LEVEL under the cancel spin lock, as
/// the I/O manager's do, and call StartIo at DISPATCH_LEVEL after releasing it.
/// </summary>
internal static class StartIoQueue
{
    internal static void StartPacket(KTHREAD thread, DEVICE_OBJECT device, IRP irp, uint? key, DRIVER_CANCEL? cancelRoutine, DRIVER_STARTIO startIo)
    {
        var machine = thread.Machine;
        var old = RaiseToDispatch(thread);
        var cancelLock = machine.IoManager.CancelSpinLock;
        SpinLocks.Acquire(thread, cancelLock);
        if (cancelRoutine is not null)
        {
            Interlocked.Exchange(ref irp.CancelRoutine, cancelRoutine);
        }

        var queue = device.DeviceQueue;
        if (queue.Busy)
        {
            // KeInsertByKeyDeviceQueue / KeInsertDeviceQueue: the device is busy, the IRP waits.
            DeviceQueues.Insert(queue, irp, key);
            SpinLocks.Release(thread, cancelLock);
        }
        else
        {
            queue.Busy = true;
            device.CurrentIrp = irp;
            SpinLocks.Release(thread, cancelLock);
            Call(thread, startIo, device, irp);
        }

        Irql.Lower(thread, old);
    }

    internal static void StartNextPacket(KTHREAD thread, DEVICE_OBJECT device, DRIVER_STARTIO startIo)
    {
        var old = RaiseToDispatch(thread);
        var cancelLock = thread.Machine.IoManager.CancelSpinLock;
        SpinLocks.Acquire(thread, cancelLock);
        var next = DeviceQueues.RemoveNext(device.DeviceQueue);
        device.CurrentIrp = next;
        SpinLocks.Release(thread, cancelLock);
        if (next is not null)
        {
            Call(thread, startIo, device, next);
        }

        Irql.Lower(thread, old);
    }

    private static KIRQL RaiseToDispatch(KTHREAD thread)
    {
        var old = thread.Processor!.Irql;
        if (old < Wdm.DISPATCH_LEVEL)
        {
            Irql.Raise(thread, Wdm.DISPATCH_LEVEL);
        }

        return old;
    }

    private static void Call(KTHREAD thread, DRIVER_STARTIO startIo, DEVICE_OBJECT device, IRP irp)
    {
        using (thread.EnterModule(device.DriverObject.Module))
        {
            startIo(device, irp);
        }
    }
}
