using System.Diagnostics;

namespace NtSim.Debugger.Target.Views;

/// <summary>The object namespace and every live object (<c>!object</c>, and the names the device commands take):
/// the root directory, <c>\GLOBAL??</c> (what <c>\??</c> means in the system context), whether names match ignoring case
/// (ObCaseInsensitive), and the objects by body address.</summary>
internal sealed record KdNamespaceView(ulong Root, ulong GlobalDosDevices, bool CaseInsensitive, IReadOnlyList<KdObjectView> Objects);

/// <summary>One object: its header's fields as <c>!object</c> prints them. <see cref="Directory"/> is the body address of
/// the directory that names it (0: none); <see cref="LinkTarget"/> is set for a symbolic link only, <see cref="Entries"/>
/// for a directory only; <see cref="Parses"/> marks an object with a parse procedure (a device object, a registry key).</summary>
[DebuggerDisplay("{Type,nq} {Name}")]
internal sealed record KdObjectView(ulong Address, ulong HeaderAddress, string Type, ulong TypeAddress, long HandleCount, long PointerCount,
    string? Name, ulong Directory, string? LinkTarget, bool Parses, IReadOnlyList<KdDirectoryEntryView>? Entries);

/// <summary>An entry of a directory: the named object's body address, type name and name.</summary>
internal sealed record KdDirectoryEntryView(ulong Address, string Type, string Name);
