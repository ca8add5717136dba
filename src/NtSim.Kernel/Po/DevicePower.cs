namespace NtSim;

/// <summary>The power manager's record of device power states (PoSetPowerState).</summary>
internal static class DevicePower
{
    /// <summary>Records <paramref name="state"/> as the device's power state and returns the one before.
    /// A state other than D0 may be set at APC_LEVEL at most (PoSetPowerState's IRQL remark): above it,
    /// the generic IRQL rule (0xC4/0xE5) is broken; a free build records the state all the same.</summary>
    internal static DEVICE_POWER_STATE Set(KTHREAD thread, DEVICE_OBJECT device, DEVICE_POWER_STATE state)
    {
        var irql = thread.Processor!.Irql;
        if (state != Wdm.PowerDeviceD0 && irql > Wdm.APC_LEVEL)
        {
            thread.Machine.Verifier.Violation(VerifierRules.ApiAtWrongIrql, (ulong)irql, 0, 0,
                $"PoSetPowerState to D{(int)state - 1} called at IRQL {(int)irql}; only D0 may be set above APC_LEVEL");
        }

        lock (thread.Machine.Scheduler.Lock)
        {
            var previous = device.PowerState;
            device.PowerState = state;
            return previous;
        }
    }
}
