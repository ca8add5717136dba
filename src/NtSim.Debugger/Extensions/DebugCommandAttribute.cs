namespace NtSim.Debugger.Extensions;

/// <summary>
/// Marks a public method of an extension as a command: <c>[DebugCommand("stats")] public int Stats(IDebugClient client,
/// string args)</c> is typed <c>!zero.stats args</c> (or <c>!stats</c>). The name is the export's name: lower case, as
/// WinDbg's kernel debugger looks an extension command up. The method returns an HRESULT (<see cref="DbgEng"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class DebugCommandAttribute(string name) : Attribute
{
    /// <summary>The command's name as typed after <c>!</c> (and the extension's name and a dot).</summary>
    public string Name { get; } = name;
}
