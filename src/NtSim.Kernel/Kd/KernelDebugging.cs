namespace NtSim;

/// <summary>
/// Kernel debugging as the machine booted with it (<c>bcdedit /debug</c>) and whether a kernel
/// debugger is connected: what KD_DEBUGGER_ENABLED and KD_DEBUGGER_NOT_PRESENT report, and what a
/// breakpoint or a failed assertion does (docs/asserts.md).
/// </summary>
public enum KernelDebugging
{
    /// <summary>Booted without debugging (<c>bcdedit /debug off</c>, the default): KD_DEBUGGER_ENABLED
    /// is FALSE, KD_DEBUGGER_NOT_PRESENT TRUE. A breakpoint is an exception nothing handles: a bug check.</summary>
    Off,

    /// <summary>Booted with debugging enabled, no debugger connected: KD_DEBUGGER_ENABLED is TRUE,
    /// KD_DEBUGGER_NOT_PRESENT TRUE. A breakpoint stops the machine to wait for a debugger
    /// (<see cref="RunStatus.Break"/>).</summary>
    Enabled,

    /// <summary>Booted with debugging enabled and a kernel debugger connected: KD_DEBUGGER_NOT_PRESENT
    /// is FALSE. A breakpoint or a failed assertion breaks in (<see cref="RunStatus.Break"/>).</summary>
    Attached,
}
