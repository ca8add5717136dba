namespace NtSim;

// The DDI table: the power manager (Po). One row per DDI: its IRQL range (its documented "IRQL" line), the
// verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi PoCallDriver = new(nameof(PoCallDriver), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi PoStartNextPowerIrp = new(nameof(PoStartNextPowerIrp), Wdm.DISPATCH_LEVEL);

    // "IRQL <= APC_LEVEL unless setting D0; then <= DISPATCH_LEVEL": the row holds the wider bound, DevicePower.Set the other.
    internal static readonly Ddi PoSetPowerState = new(nameof(PoSetPowerState), Wdm.DISPATCH_LEVEL);
}
