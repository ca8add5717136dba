namespace NtSim;

public sealed partial class Machine
{
    /// <summary>The registry, for the host: set up keys and values drivers read, inspect what they wrote, print it.</summary>
    public MachineRegistry Registry { get; private set; } = null!;

    /// <summary>Cm: the registry behind the Zw*Key routines.</summary>
    internal ConfigurationManager ConfigurationManager { get; private set; } = null!;

    /// <summary>Creates the registry with its boot layout and names <c>\REGISTRY</c> (after the object manager).</summary>
    private void InitializeRegistry()
    {
        ConfigurationManager = new ConfigurationManager(this);
        Registry = new MachineRegistry(ConfigurationManager);
    }
}
