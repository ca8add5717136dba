namespace NtSim;

public static partial class Wdm
{
    private static readonly IO_COMPLETION_ROUTINE s_forwardCompletion = ForwardCompletion;

    /// <summary>IoForwardIrpSynchronously: copies the current stack location to the next, sends the
    /// IRP to <paramref name="DeviceObject"/> and waits until the lower drivers complete it; the IRP
    /// is the caller's again afterwards (read Irp.IoStatus, then complete it). PASSIVE_LEVEL; false
    /// if the IRP has no stack location left.</summary>
    public static bool IoForwardIrpSynchronously(DEVICE_OBJECT DeviceObject, IRP Irp)
    {
        var thread = DdiGate.Enter(DdiTable.IoForwardIrpSynchronously);
        if (Irp.CurrentLocation <= 1)
        {
            return false;
        }

        var done = new KEVENT();
        KeInitializeEvent(done, NotificationEvent, false);
        IoCopyCurrentIrpStackLocationToNext(Irp);
        IoSetCompletionRoutine(Irp, s_forwardCompletion, done, true, true, true);
        if (IoCallDriver(DeviceObject, Irp) == STATUS_PENDING)
        {
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }

        return true;
    }

    private static NTSTATUS ForwardCompletion(DEVICE_OBJECT? DeviceObject, IRP Irp, object? Context)
    {
        KeSetEvent((KEVENT)Context!, IO_NO_INCREMENT, false);
        return STATUS_MORE_PROCESSING_REQUIRED;
    }
}
