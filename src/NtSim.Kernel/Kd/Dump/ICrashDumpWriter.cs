namespace NtSim;

/// <summary>
/// Writes a machine's crash dump. The machine calls it once, at its first bug check, before it halts, on the thread
/// that bug checked (the other simulated threads stand still in deterministic mode), with the bug check reason
/// callbacks around it as <see cref="CrashDumpRequest"/> says; the old-style callbacks run after it. The debugger's writer (NtSim.Debugger's <c>CrashDumpWriter</c>) is the one
/// NtSim provides; set it in <see cref="MachineOptions.CrashDumpWriter"/>. docs/crash-dumps.md.
/// </summary>
public interface ICrashDumpWriter
{
    /// <summary>Writes the dump of <paramref name="machine"/>, which has just bug checked, to <paramref name="request"/>'s path.</summary>
    void Write(Machine machine, CrashDumpRequest request);
}
