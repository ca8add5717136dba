namespace NtSim;

public sealed partial class Machine
{
    /// <summary>The registry, for the host: set up keys and values drivers read, inspect what they wrote, print it.</summary>
    public MachineRegistry Registry { get; }

    /// <summary>Cm: the registry behind the Zw*Key routines.</summary>
    internal ConfigurationManager ConfigurationManager { get; }
}
