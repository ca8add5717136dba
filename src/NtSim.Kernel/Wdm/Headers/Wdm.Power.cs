namespace NtSim;

public static partial class Wdm
{
    // wdm.h: POWER_STATE_TYPE
    /// <summary>POWER_STATE_TYPE 0: the IRP carries a system power state (S0-S5).</summary>
    public const POWER_STATE_TYPE SystemPowerState = (POWER_STATE_TYPE)0;
    /// <summary>POWER_STATE_TYPE 1: the IRP carries a device power state (D0-D3).</summary>
    public const POWER_STATE_TYPE DevicePowerState = (POWER_STATE_TYPE)1;

    // wdm.h (_AMD64_): the IRQL at which the dispatcher synchronizes (IPI_LEVEL - 2).
    /// <summary>IRQL 12 on x64: the level at which the dispatcher synchronizes (IPI_LEVEL - 2).</summary>
    public const KIRQL SYNCH_LEVEL = (KIRQL)12;
}
