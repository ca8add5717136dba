namespace NtSim;

/// <summary>
/// FxVerifierDbgBreakPoint: what the framework does about a misuse it survives. The in-flight
/// recorder has the details; the debug output says where to look, as Wdf01000 prints it; the DDI
/// then fails (fxverifier.h).
/// </summary>
internal static class FxVerifierBreak
{
    internal static void Report(KTHREAD thread, FxDriverGlobals globals, string message)
    {
        globals.Log.Error(message);
        var text = $"WDF detected potentially invalid operation by {globals.ImageName} Dump the driver log (!wdflogdump {globals.ImageName}) for more information.\n";
        if (!globals.Verifier.VerifierOn)
        {
            text += $"Turn on framework verifier for {globals.ImageName} to automatically break into the debugger next time it happens.\n";
        }

        KernelPrint.Print(thread, "Wdf01000", Wdm.DPFLTR_DEFAULT_ID, Wdm.DPFLTR_ERROR_LEVEL, text);
    }
}
