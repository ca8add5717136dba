namespace NtSim;

public sealed partial class Machine
{

    private RegistryCallbacks? _registryCallbacks;

    /// <summary>The RegistryCallback routines (CmRegisterCallback(Ex)).</summary>
    internal RegistryCallbacks RegistryCallbacks => LazyInitializer.EnsureInitialized(ref _registryCallbacks, () => new RegistryCallbacks(this));
}
