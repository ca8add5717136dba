namespace NtSim;

public sealed partial class Machine
{
    /// <summary>The ERESOURCEs initialized on this machine (ExpSystemResourcesList), for the debugger.</summary>
    internal ExecutiveResources ExecutiveResources { get; } = new();
}
