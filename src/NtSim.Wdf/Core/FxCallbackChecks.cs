namespace NtSim;

/// <summary>What the enhanced verifier checks when a driver's callback returns (EnhancedVerifierOptions 0x1).</summary>
internal static class FxCallbackChecks
{
    internal const uint CallbackIrqlAndCriticalRegion = 0x1;

    internal static void AfterCallback(KTHREAD thread, FxDriverGlobals globals, KIRQL entryIrql, string callback)
    {
        if ((globals.Verifier.EnhancedVerifierOptions & CallbackIrqlAndCriticalRegion) == 0)
        {
            return;
        }

        var irql = thread.Processor!.Irql;
        if (irql != entryIrql)
        {
            // The callback returned at another IRQL than it was called at.
            globals.BugCheck(thread, Wdf.WDF_VERIFIER_IRQL_MISMATCH, (ulong)entryIrql, (ulong)irql,
                $"{callback} was called at IRQL {(int)entryIrql} and returned at IRQL {(int)irql}");
        }
    }
}
