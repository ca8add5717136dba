namespace NtSim;

public static partial class Wdm
{
    // IRQL levels of the x64 HAL (wdm.h, _AMD64_ section).
    /// <summary>IRQL 0: normal thread execution; everything is allowed, including waits and paged memory.</summary>
    public const KIRQL PASSIVE_LEVEL = 0;
    /// <summary>IRQL 0: the lowest level, the same as PASSIVE_LEVEL.</summary>
    public const KIRQL LOW_LEVEL = 0;
    /// <summary>IRQL 1: APCs are masked; paged memory may still be touched.</summary>
    public const KIRQL APC_LEVEL = (KIRQL)1;
    /// <summary>IRQL 2: the dispatcher and DPCs run here; no waiting and no paged memory.</summary>
    public const KIRQL DISPATCH_LEVEL = (KIRQL)2;
    /// <summary>IRQL 5: corrected machine check interrupts.</summary>
    public const KIRQL CMCI_LEVEL = (KIRQL)5;
    /// <summary>IRQL 13: the clock interrupt.</summary>
    public const KIRQL CLOCK_LEVEL = (KIRQL)13;
    /// <summary>IRQL 14: interprocessor interrupts.</summary>
    public const KIRQL IPI_LEVEL = (KIRQL)14;
    /// <summary>IRQL 14: deferred recovery service (the same as IPI_LEVEL).</summary>
    public const KIRQL DRS_LEVEL = (KIRQL)14;
    /// <summary>IRQL 14: power failure notification (the same as IPI_LEVEL).</summary>
    public const KIRQL POWER_LEVEL = (KIRQL)14;
    /// <summary>IRQL 15: the profiling timer.</summary>
    public const KIRQL PROFILE_LEVEL = (KIRQL)15;
    /// <summary>IRQL 15: the highest level; every interrupt is masked.</summary>
    public const KIRQL HIGH_LEVEL = (KIRQL)15;
}
