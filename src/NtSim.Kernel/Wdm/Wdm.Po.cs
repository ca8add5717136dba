using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>PoCallDriver: passes a power IRP to the next driver. Since Windows Vista it is IoCallDriver
    /// (learn.microsoft.com, "PoCallDriver": "drivers can call IoCallDriver"); the power manager no longer
    /// serializes power IRPs.</summary>
    public static NTSTATUS PoCallDriver(DEVICE_OBJECT DeviceObject, IRP Irp,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.PoCallDriver);
        var status = IrpDispatch.Call(thread, KeContext.NotNull(DeviceObject, nameof(DeviceObject)), KeContext.NotNull(Irp, nameof(Irp)), file, line);
        return DdiGate.Leave(thread, DdiTable.PoCallDriver, status);
    }

    /// <summary>PoStartNextPowerIrp: since Windows Vista it performs no power management operation
    /// (learn.microsoft.com, "Calling PoStartNextPowerIrp"); kept so that drivers written for both compile and run.</summary>
    public static void PoStartNextPowerIrp(IRP Irp)
    {
        DdiGate.Enter(DdiTable.PoStartNextPowerIrp);
        KeContext.NotNull(Irp, nameof(Irp));
    }

    /// <summary>PoSetPowerState: tells the power manager the device's new power state and returns the
    /// previous one. Drivers must pass DevicePowerState; a SystemPowerState call changes nothing and
    /// returns <paramref name="State"/> (the system state is the power manager's own).</summary>
    public static POWER_STATE PoSetPowerState(DEVICE_OBJECT DeviceObject, POWER_STATE_TYPE Type, POWER_STATE State)
    {
        var thread = DdiGate.Enter(DdiTable.PoSetPowerState);
        KeContext.NotNull(DeviceObject, nameof(DeviceObject));
        if (Type != DevicePowerState)
        {
            return State;
        }

        return new POWER_STATE { DeviceState = DevicePower.Set(thread, DeviceObject, State.DeviceState) };
    }
}
