namespace NtSim;

public static partial class Wdm
{
    // IRQL levels of the x64 HAL (wdm.h, _AMD64_ section).
    public const KIRQL PASSIVE_LEVEL = 0;
    public const KIRQL LOW_LEVEL = 0;
    public const KIRQL APC_LEVEL = (KIRQL)1;
    public const KIRQL DISPATCH_LEVEL = (KIRQL)2;
    public const KIRQL CMCI_LEVEL = (KIRQL)5;
    public const KIRQL CLOCK_LEVEL = (KIRQL)13;
    public const KIRQL IPI_LEVEL = (KIRQL)14;
    public const KIRQL DRS_LEVEL = (KIRQL)14;
    public const KIRQL POWER_LEVEL = (KIRQL)14;
    public const KIRQL PROFILE_LEVEL = (KIRQL)15;
    public const KIRQL HIGH_LEVEL = (KIRQL)15;
}
