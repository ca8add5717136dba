using System.Diagnostics;

namespace NtSim;

/// <summary>One place where a registry file is damaged: the file, the byte offset (null when the file
/// is missing as a whole), what is wrong there, and what a repair loses because of it.</summary>
[DebuggerDisplay("{File,nq} @{Offset}: {Problem,nq}")]
public sealed record RegistryDamage(string File, long? Offset, string Problem, string Lost)
{
    /// <summary>"FILE at offset N: problem; lost: what".</summary>
    public override string ToString() =>
        $"{File}{(Offset is { } offset ? $" at offset {offset}" : "")}: {Problem}; lost: {Lost}";
}
