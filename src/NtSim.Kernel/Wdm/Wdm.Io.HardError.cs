namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// IoRaiseHardError: tells the user a device I/O error failed <paramref name="Irp"/> (its
    /// IoStatus.Status), then completes the IRP, as the hard error's kernel APC does once the box is
    /// answered. NtSim has no desktop: the box is recorded in <c>machine.EventLog.HardErrors</c> and the
    /// IRP is completed at once, as for a thread whose hard errors are disabled. IRQL &lt;= APC_LEVEL.
    /// </summary>
    public static void IoRaiseHardError(IRP Irp, object? Vpb, DEVICE_OBJECT RealDeviceObject)
    {
        var thread = DdiGate.Enter(DdiTable.IoRaiseHardError);
        KeContext.NotNull(Irp, nameof(Irp));
        KeContext.NotNull(RealDeviceObject, nameof(RealDeviceObject));
        var requester = Irp.Tail.Overlay.Thread ?? thread;
        thread.Machine.EventLog.Add(new HardError(Irp.IoStatus.Status, HardError.CaptionFor(requester), null, RealDeviceObject.Name));
        IoCompleteRequest(Irp, IO_DISK_INCREMENT);
    }

    /// <summary>
    /// IoRaiseInformationalHardError: queues a message box telling the user why an I/O request of
    /// <paramref name="Thread"/> failed; TRUE when queued. Recorded in <c>machine.EventLog.HardErrors</c>
    /// (no box is shown, as for any thread of session 0 since Windows Vista). IRQL &lt;= APC_LEVEL.
    /// </summary>
    public static bool IoRaiseInformationalHardError(NTSTATUS ErrorStatus, UNICODE_STRING? String, KTHREAD? Thread)
    {
        var thread = DdiGate.Enter(DdiTable.IoRaiseInformationalHardError);
        thread.Machine.EventLog.Add(new HardError(ErrorStatus, HardError.CaptionFor(Thread), String?.ToString(), null));
        return true;
    }
}
