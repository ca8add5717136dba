namespace NtSim;

public sealed partial class Machine
{
    private RegistryCallbacks? _registryCallbacks;
    private ProcessNotifications? _processNotifications;
    private BugCheckCallbacks? _bugCheckCallbacks;

    /// <summary>The secondary dump data drivers' KbCallbackSecondaryDumpData routines gave when the
    /// machine bug checked (empty before a bug check), for the debugger.</summary>
    public IReadOnlyList<BugCheckDumpData> BugCheckDumpData => _bugCheckCallbacks?.Collected ?? [];

    /// <summary>The bug check callbacks (KeRegisterBugCheck(Reason)Callback).</summary>
    internal BugCheckCallbacks BugCheckCallbacks => LazyInitializer.EnsureInitialized(ref _bugCheckCallbacks, () => new BugCheckCallbacks());

    /// <summary>The first bug check's dump and callbacks, on the simulated thread that raised it: the reason routines
    /// as the dump is written (and the secondary data ones even when no dump is), then the old-style routines ("the
    /// dump file is created before the drivers' BugCheckCallback routines are called", !bugdump, WDK).</summary>
    private void WriteDumpAndRunBugCheckCallbacks(BugCheckInfo bugCheck)
    {
        var thread = KTHREAD.Current is { Processor: not null } current && current.Machine == this ? current : null;
        var callbacks = _bugCheckCallbacks is { IsEmpty: false } registered ? registered : null;
        CrashDumps.WriteAtBugCheck(callbacks, thread, bugCheck);
        if (callbacks is not null && thread is not null)
        {
            callbacks.RunSecondaryData(thread);
            callbacks.RunBufferCallbacks(thread);
        }
    }

    /// <summary>The RegistryCallback routines (CmRegisterCallback(Ex)).</summary>
    internal RegistryCallbacks RegistryCallbacks => LazyInitializer.EnsureInitialized(ref _registryCallbacks, () => new RegistryCallbacks(this));

    /// <summary>The process, thread and image notify routines (PsSet*NotifyRoutine*).</summary>
    internal ProcessNotifications ProcessNotifications =>
        LazyInitializer.EnsureInitialized(ref _processNotifications, () => new ProcessNotifications(this));
}
