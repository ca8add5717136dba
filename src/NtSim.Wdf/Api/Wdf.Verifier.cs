namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfVerifierDbgBreakPoint: breaks into the kernel debugger when the driver's DbgBreakOnError
    /// setting is on (implied by VerifierOn); otherwise only notes it in the driver's log (VerifierApi.cpp). Any IRQL.</summary>
    public static void WdfVerifierDbgBreakPoint()
    {
        var thread = DdiGate.Enter(WdfDdis.WdfVerifierDbgBreakPoint);
        FxVerifierBreak.DriverBreak(thread, FxLibrary.Of(thread.Machine).ClientOf(thread));
    }

    /// <summary>WdfVerifierKeBugCheck: a bug check of the driver's choosing (KeBugCheckEx with its five values). Any IRQL.</summary>
    public static void WdfVerifierKeBugCheck(uint BugCheckCode, ulong BugCheckParameter1, ulong BugCheckParameter2, ulong BugCheckParameter3,
        ulong BugCheckParameter4)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfVerifierKeBugCheck);
        FxVerifierBreak.DriverBugCheck(thread, BugCheckCode, BugCheckParameter1, BugCheckParameter2, BugCheckParameter3, BugCheckParameter4);
    }
}
