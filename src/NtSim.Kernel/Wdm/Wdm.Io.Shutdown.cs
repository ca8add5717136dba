namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoRegisterShutdownNotification: the device gets IRP_MJ_SHUTDOWN when the machine
    /// shuts down (<see cref="Machine.Shutdown"/>); the last registered is told first.</summary>
    public static NTSTATUS IoRegisterShutdownNotification(DEVICE_OBJECT DeviceObject)
    {
        var thread = DdiGate.Enter(DdiTable.IoRegisterShutdownNotification);
        thread.Machine.IoManager.RegisterShutdown(KeContext.NotNull(DeviceObject, nameof(DeviceObject)));
        return STATUS_SUCCESS;
    }

    /// <summary>IoUnregisterShutdownNotification: takes the device off the shutdown list (a driver
    /// calls it in DriverUnload before deleting the device).</summary>
    public static void IoUnregisterShutdownNotification(DEVICE_OBJECT DeviceObject) =>
        DdiGate.Enter(DdiTable.IoUnregisterShutdownNotification).Machine.IoManager.UnregisterShutdown(KeContext.NotNull(DeviceObject, nameof(DeviceObject)));
}
