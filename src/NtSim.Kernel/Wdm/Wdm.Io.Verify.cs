namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoGetDeviceToVerify: the removable-media device the thread's request must have its volume
    /// verified on (set by IoSetDeviceToVerify or IoSetHardErrorOrVerifyDevice), or NULL.</summary>
    public static DEVICE_OBJECT? IoGetDeviceToVerify(KTHREAD Thread)
    {
        DdiGate.Enter(DdiTable.IoGetDeviceToVerify);
        return KeContext.NotNull(Thread, nameof(Thread)).DeviceToVerify;
    }

    /// <summary>IoSetDeviceToVerify: records (or, with NULL, clears) the device to verify in the thread.</summary>
    public static void IoSetDeviceToVerify(KTHREAD Thread, DEVICE_OBJECT? DeviceObject)
    {
        DdiGate.Enter(DdiTable.IoSetDeviceToVerify);
        KeContext.NotNull(Thread, nameof(Thread)).DeviceToVerify = DeviceObject;
    }

    /// <summary>IoSetHardErrorOrVerifyDevice: a lower driver names the removable-media device that hit a
    /// user-induced error, in the thread that issued the IRP (Irp->Tail.Overlay.Thread), for the file
    /// system to verify or report. The documentation requires a thread; an IRP without one (a driver's
    /// own IRP) records nothing.</summary>
    public static void IoSetHardErrorOrVerifyDevice(IRP Irp, DEVICE_OBJECT DeviceObject)
    {
        DdiGate.Enter(DdiTable.IoSetHardErrorOrVerifyDevice);
        KeContext.NotNull(DeviceObject, nameof(DeviceObject));
        if (KeContext.NotNull(Irp, nameof(Irp)).Tail.Overlay.Thread is { } requester)
        {
            requester.DeviceToVerify = DeviceObject;
        }
    }
}
