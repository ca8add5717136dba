namespace NtSim;

// The verifier's DDIs (wdfverifier.h): "IRQL: Any level" on both pages.
internal static partial class WdfDdis
{
    internal static readonly Ddi WdfVerifierDbgBreakPoint = new(nameof(WdfVerifierDbgBreakPoint), Wdm.HIGH_LEVEL);
    internal static readonly Ddi WdfVerifierKeBugCheck = new(nameof(WdfVerifierKeBugCheck), Wdm.HIGH_LEVEL);
}
