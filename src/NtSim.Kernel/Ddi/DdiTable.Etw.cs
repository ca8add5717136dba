namespace NtSim;

// The DDI table: event tracing (Etw). One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    // "IRQL: PASSIVE_LEVEL" (EtwRegister, EtwUnregister pages); TraceLoggingRegister and WPP_INIT_TRACING enter here too.
    internal static readonly Ddi EtwRegister = new(nameof(EtwRegister), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi EtwUnregister = new(nameof(EtwUnregister), Wdm.PASSIVE_LEVEL);

    // "IRQL: Any level" (EtwEventEnabled, EtwProviderEnabled, EtwWrite, EtwWriteEx, EtwWriteString, EtwWriteTransfer pages).
    internal static readonly Ddi EtwEventEnabled = new(nameof(EtwEventEnabled), Wdm.HIGH_LEVEL);

    internal static readonly Ddi EtwProviderEnabled = new(nameof(EtwProviderEnabled), Wdm.HIGH_LEVEL);

    internal static readonly Ddi EtwWrite = new(nameof(EtwWrite), Wdm.HIGH_LEVEL);

    internal static readonly Ddi EtwWriteEx = new(nameof(EtwWriteEx), Wdm.HIGH_LEVEL);

    internal static readonly Ddi EtwWriteString = new(nameof(EtwWriteString), Wdm.HIGH_LEVEL);

    // TraceLoggingWrite of an enabled provider enters here, as its macro calls EtwWriteTransfer.
    internal static readonly Ddi EtwWriteTransfer = new(nameof(EtwWriteTransfer), Wdm.HIGH_LEVEL);

    // "IRQL < DISPATCH_LEVEL unless ControlCode is EVENT_ACTIVITY_CTRL_CREATE_ID, then any IRQL" (its remarks): the
    // row allows any IRQL and the DDI checks the other codes itself.
    internal static readonly Ddi EtwActivityIdControl = new(nameof(EtwActivityIdControl), Wdm.HIGH_LEVEL);
}
