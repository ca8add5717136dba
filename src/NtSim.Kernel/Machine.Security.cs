namespace NtSim;

public sealed partial class Machine
{
    private SecurityManager? _security;

    /// <summary>Tokens of the machine's processes (Se).</summary>
    internal SecurityManager Security => LazyInitializer.EnsureInitialized(ref _security, () => new SecurityManager(this));
}
