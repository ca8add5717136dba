namespace NtSim;

public static partial class Wdm
{
    // wdm.h: POWER_STATE_TYPE
    public const POWER_STATE_TYPE SystemPowerState = (POWER_STATE_TYPE)0;
    public const POWER_STATE_TYPE DevicePowerState = (POWER_STATE_TYPE)1;

    // wdm.h (_AMD64_): the IRQL at which the dispatcher synchronizes (IPI_LEVEL - 2).
    public const KIRQL SYNCH_LEVEL = (KIRQL)12;
}
