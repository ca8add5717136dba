namespace NtSim.Debugger.Commands.Types;

/// <summary>A type <c>dt</c> knows: its name as typed (<c>nt!_IRP</c>), its fields, and how to find the managed
/// object that holds its values at an address (null when the values live in simulated memory, or none is there).</summary>
internal sealed record KdTypeLayout(string Module, string Name, IReadOnlyList<KdField> Fields, Func<Machine, ulong, object?> Find);
