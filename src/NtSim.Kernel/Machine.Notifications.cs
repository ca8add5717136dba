namespace NtSim;

public sealed partial class Machine
{
    private RegistryCallbacks? _registryCallbacks;
    private ProcessNotifications? _processNotifications;

    /// <summary>The RegistryCallback routines (CmRegisterCallback(Ex)).</summary>
    internal RegistryCallbacks RegistryCallbacks => LazyInitializer.EnsureInitialized(ref _registryCallbacks, () => new RegistryCallbacks(this));

    /// <summary>The process, thread and image notify routines (PsSet*NotifyRoutine*).</summary>
    internal ProcessNotifications ProcessNotifications =>
        LazyInitializer.EnsureInitialized(ref _processNotifications, () => new ProcessNotifications(this));
}
