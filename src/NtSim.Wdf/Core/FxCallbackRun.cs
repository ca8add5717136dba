namespace NtSim;

/// <summary>
/// Calls a timer's, DPC's or work item's driver callback as the framework does: under the callback
/// lock it joined by AutomaticSerialization (if any), charged to the driver, with the enhanced
/// verifier's IRQL check when it returns.
/// </summary>
internal static class FxCallbackRun
{
    internal static void Invoke<T>(KTHREAD thread, FxObject owner, FxCallbackLock? callbackLock, Action<T> callback, T handle, string name)
    {
        var oldIrql = callbackLock is null ? default : callbackLock.Acquire(thread);
        var entryIrql = thread.Processor!.Irql;
        using (owner.Globals.EnterClient(thread))
        {
            callback(handle);
        }

        FxCallbackChecks.AfterCallback(thread, owner.Globals, entryIrql, name);
        callbackLock?.Release(thread, oldIrql);
    }
}
