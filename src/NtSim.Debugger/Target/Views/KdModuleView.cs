using System.Diagnostics;

namespace NtSim.Debugger.Target.Views;

/// <summary>A loaded module as <c>lm</c> lists it, with its routines (the symbols NtSim reads from the assembly's
/// metadata, as WinDbg reads a pdb): what a dump keeps so that its addresses still have names.</summary>
[DebuggerDisplay("{Name,nq}")]
internal sealed record KdModuleView(string Name, ulong ImageBase, ulong ImageSize, string? ImageName, IReadOnlyList<KdSymbolView> Symbols)
{
    /// <summary>True if <paramref name="address"/> is inside the image.</summary>
    public bool Contains(ulong address) => address >= ImageBase && address - ImageBase < ImageSize;
}

/// <summary>One routine: <c>Zero!ZeroRead</c> at its address, with the parameter list <c>x</c> prints and the
/// class-qualified name every routine also answers to (<c>ZeroDriver.ZeroRead</c>).</summary>
[DebuggerDisplay("{Module,nq}!{Name,nq}")]
internal sealed record KdSymbolView(string Module, string Name, ulong Address, string Signature, string QualifiedName)
{
    /// <summary><c>module!name</c>, as WinDbg writes a symbol.</summary>
    public string FullName => Module + "!" + Name;
}
