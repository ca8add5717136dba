using System.Diagnostics.CodeAnalysis;

namespace NtSim;

public static partial class Wdf
{
    /// <summary>
    /// WdfVerifierDbgBreakPoint: breaks into the kernel debugger, if kernel debugging is on, when the
    /// driver's DbgBreakOnError is set, or VerifierOn is set, or Driver Verifier verifies it (the three
    /// conditions of its page); otherwise it does nothing (unlike DbgBreakPoint, it never raises).
    /// </summary>
    public static void WdfVerifierDbgBreakPoint()
    {
        var thread = DdiGate.Enter(WdfDdis.WdfVerifierDbgBreakPoint);
        var globals = FxLibrary.Of(thread.Machine).ClientOf(thread);
        var verifier = globals?.Verifier;
        var wanted = verifier is not null && (verifier.DbgBreakOnError || verifier.VerifierOn);
        if (wanted && thread.Machine.Debugger.Enabled)
        {
            Assertions.Breakpoint(thread, nameof(WdfVerifierDbgBreakPoint), null);
        }
    }

    /// <summary>WdfVerifierKeBugCheck: brings the machine down with the driver's bug check, as KeBugCheckEx.</summary>
    [DoesNotReturn]
    public static void WdfVerifierKeBugCheck(uint BugCheckCode, ulong BugCheckParameter1, ulong BugCheckParameter2, ulong BugCheckParameter3,
        ulong BugCheckParameter4)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfVerifierKeBugCheck);
        thread.Machine.RaiseBugCheck(BugCheckCode, BugCheckParameter1, BugCheckParameter2, BugCheckParameter3, BugCheckParameter4,
            "WdfVerifierKeBugCheck called by the driver");
    }
}
