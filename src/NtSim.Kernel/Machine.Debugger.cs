namespace NtSim;

public sealed partial class Machine
{
    /// <summary>The kernel debugger connection: KD_DEBUGGER_ENABLED, KD_DEBUGGER_NOT_PRESENT, attach and
    /// detach, and the break the machine stands in (<see cref="RunStatus.Break"/>). docs/asserts.md.</summary>
    public DebuggerConnection Debugger { get; }
}
