namespace NtSim;

/// <summary>An IRP the I/O manager (or the PnP manager) owns, sent and waited for on the calling
/// thread (KernelMode, not alertable): the I/O manager frees it at completion.</summary>
internal static class SynchronousRequest
{
    internal static IO_STATUS_BLOCK Send(KTHREAD thread, DEVICE_OBJECT top, IRP irp, FILE_OBJECT? file)
    {
        var evt = thread.IoEvent;
        var iosb = thread.IoStatus;
        lock (thread.Machine.Scheduler.Lock)
        {
            evt.SignalState = 0;
        }

        irp.Life.Origin = IrpOrigin.Threaded;
        irp.Tail.Overlay.Thread = thread;
        irp.Tail.Overlay.OriginalFileObject = file;
        irp.UserIosb = iosb;
        irp.UserEvent = evt;
        var status = IrpDispatch.Call(thread, top, irp);
        if (status == Wdm.STATUS_PENDING)
        {
            Waits.WaitFor(thread, evt);
        }

        return new IO_STATUS_BLOCK { Status = iosb.Status, Information = iosb.Information };
    }
}
