namespace NtSim;

/// <summary>EvtTimerFunc: the timer expired (DISPATCH_LEVEL, or PASSIVE_LEVEL for a passive timer).</summary>
public delegate void EVT_WDF_TIMER(WDFTIMER Timer);

/// <summary>
/// WDF_TIMER_CONFIG (wdftimer.h, KMDF 1.33): initialize it with <see cref="Wdf.WDF_TIMER_CONFIG_INIT"/>
/// or <see cref="Wdf.WDF_TIMER_CONFIG_INIT_PERIODIC"/>, which set AutomaticSerialization to TRUE.
/// </summary>
public sealed class WDF_TIMER_CONFIG
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>The driver's EvtTimerFunc, called when the timer expires.</summary>
    public EVT_WDF_TIMER? EvtTimerFunc;

    /// <summary>The period in milliseconds; 0 for a one-shot timer.</summary>
    public uint Period;
    /// <summary>Whether EvtTimerFunc runs under the parent device's or queue's callback lock (TRUE from the INIT functions).</summary>
    public bool AutomaticSerialization;

    /// <summary>How late (ms) the system may fire the timer to save power (KMDF 1.9).</summary>
    public uint TolerableDelay;

    /// <summary>Fire on the system clock's finest resolution (KMDF 1.13); incompatible with a TolerableDelay.</summary>
    public bool UseHighResolutionTimer;

    /// <summary>sizeof(WDF_TIMER_CONFIG) on x64.</summary>
    internal const uint SizeOfStruct = 0x20;
}
