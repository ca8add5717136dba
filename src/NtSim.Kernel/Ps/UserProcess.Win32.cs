namespace NtSim;

public sealed partial class UserProcess
{
    /// <summary>The Win32 facade's per-process state (setupapi's device information sets).</summary>
    internal Win32ProcessState Win32State { get; } = new();
}
