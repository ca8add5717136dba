namespace NtSim.Debugger.Target;

/// <summary>Marks a <see cref="KdSnapshot"/> property as a section of a crash dump, stored under <see cref="Name"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class KdSectionAttribute(string name) : Attribute
{
    /// <summary>The section's name in the dump's directory (lowercase, at most 16 ASCII characters).</summary>
    internal string Name { get; } = name;

    /// <summary>A small memory dump keeps this section too (the bug check, the processor and thread that crashed,
    /// the module list, as a Windows minidump keeps them); the others only a kernel dump.</summary>
    public bool InSmallDump { get; init; }
}
