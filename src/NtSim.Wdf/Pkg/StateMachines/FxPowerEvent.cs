namespace NtSim;

/// <summary>FxPowerEvent (fxpowerstatemachine.hpp): what drives the power machine. PowerD0/PowerDx
/// (device power IRPs) and the wake events are here for the power issue that simulates them.</summary>
[Flags]
internal enum FxPowerEvent : uint
{
    None = 0,
    PowerD0 = 0x0001,
    PowerDx = 0x0002,
    PowerWakeArrival = 0x0004,
    PowerWakeSucceeded = 0x0008,
    PowerWakeFailed = 0x0010,
    PowerWakeCanceled = 0x0020,
    PowerImplicitD0 = 0x0040,
    PowerImplicitD3 = 0x0080,
    PowerParentToD0 = 0x0100,
    PowerMarkPageable = 0x0200,
    PowerMarkNonpageable = 0x0400,
    PowerCompleteD0 = 0x0800,
    PowerCompleteDx = 0x1000,
    PowerWakeInterruptCompleteTransition = 0x2000,
}
