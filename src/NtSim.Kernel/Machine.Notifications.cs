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

    /// <summary>Runs the bug check callbacks of the first bug check, on the simulated thread that raised it.</summary>
    private void RunBugCheckCallbacks()
    {
        if (_bugCheckCallbacks is { IsEmpty: false } callbacks && KTHREAD.Current is { Processor: not null } thread && thread.Machine == this)
        {
            callbacks.Run(thread);
        }
    }

    /// <summary>The RegistryCallback routines (CmRegisterCallback(Ex)).</summary>
    internal RegistryCallbacks RegistryCallbacks => LazyInitializer.EnsureInitialized(ref _registryCallbacks, () => new RegistryCallbacks(this));

    /// <summary>The process, thread and image notify routines (PsSet*NotifyRoutine*).</summary>
    internal ProcessNotifications ProcessNotifications =>
        LazyInitializer.EnsureInitialized(ref _processNotifications, () => new ProcessNotifications(this));
}
