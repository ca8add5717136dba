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
}
