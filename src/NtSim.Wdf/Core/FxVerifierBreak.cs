namespace NtSim;

/// <summary>
/// FxVerifierDbgBreakPoint: what the framework does about a misuse it survives. The in-flight
/// recorder has the details; the debug output says where to look, as Wdf01000 prints it; with
/// DbgBreakOnError (implied by VerifierOn) it then calls DbgBreakPoint, otherwise it prints how to
/// make it break (fxverifier.h). The DDI then fails.
/// </summary>
/// <remarks>
/// The break is the kernel's DbgBreakPoint: with kernel debugging enabled the machine stops for the
/// debugger (<see cref="RunStatus.Break"/>); with it off, STATUS_BREAKPOINT is an exception nobody
/// handles, which is bug check 0x7E on a system thread or 0x1E elsewhere with P1 = 0x80000003, as
/// Windows crashes in Wdf01000!FxVerifierDbgBreakPoint under Driver Verifier without a debugger
/// (a public report: OpenVPN/ovpn-dco-win#25; nefarius/ViGEmBus#7).
/// </remarks>
internal static class FxVerifierBreak
{
    internal static void Report(KTHREAD thread, FxDriverGlobals globals, string message)
    {
        globals.Log.Error(message);
        KernelPrint.Print(thread, "Wdf01000", Wdm.DPFLTR_DEFAULT_ID, Wdm.DPFLTR_ERROR_LEVEL,
            $"WDF detected potentially invalid operation by {globals.ImageName} Dump the driver log (!wdflogdump {globals.ImageName}) for more information.\n");
        if (globals.Verifier.DbgBreakOnError)
        {
            Wdm.DbgBreakPoint();
            return;
        }

        KernelPrint.Print(thread, "Wdf01000", Wdm.DPFLTR_DEFAULT_ID, Wdm.DPFLTR_ERROR_LEVEL,
            $"Turn on framework verifier for {globals.ImageName} to automatically break into the debugger next time it happens.\n");
    }

    /// <summary>WdfVerifierDbgBreakPoint: the driver's own break, taken only with DbgBreakOnError
    /// ("safe to call for production systems"); a caller that is no KMDF driver has no setting and never breaks.</summary>
    internal static void DriverBreak(KTHREAD thread, FxDriverGlobals? globals)
    {
        if (globals is null)
        {
            return;
        }

        if (globals.Verifier.DbgBreakOnError)
        {
            Wdm.DbgBreakPoint();
            return;
        }

        globals.Log.Add("imp_WdfVerifierDbgBreakPoint", "DbgBreakOnError registry value wasn't set, ignoring WdfVerifierDbgBreakPoint");
    }

    /// <summary>WdfVerifierKeBugCheck: the bug check the driver asks for, as KeBugCheckEx raises it.</summary>
    internal static void DriverBugCheck(KTHREAD thread, uint code, ulong p1, ulong p2, ulong p3, ulong p4) =>
        Wdm.KeBugCheckEx(code, p1, p2, p3, p4);
}
