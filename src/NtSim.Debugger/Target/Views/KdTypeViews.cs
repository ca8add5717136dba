using System.Diagnostics;
using NtSim.Debugger.Commands.Types;

namespace NtSim.Debugger.Target.Views;

/// <summary>A type <c>dt</c> knows: its module and name as typed (<c>nt!_IRP</c>, <c>Zero!ZERO_DEVICE_EXTENSION</c>), an id
/// that names it uniquely (two drivers may declare types of one name), and its fields as dt lists them.</summary>
[DebuggerDisplay("{Module,nq}!{Name,nq}")]
internal sealed record KdTypeView(string Module, string Name, string Id, IReadOnlyList<KdFieldView> Fields);

/// <summary>One line of <c>dt</c>'s layout: the offset, the name, the type as dt spells it, what kind of value it holds and
/// its size in bytes (0 for an embedded structure). <see cref="Depth"/> 1 is a field of the structure above it (<c>dt -r1</c>).</summary>
internal sealed record KdFieldView(int Offset, string Name, string Type, KdFieldKind Kind, int Size, int Depth);

/// <summary>An object whose values NtSim keeps in a managed object rather than in simulated memory (an IRP, a device
/// object, a typed device extension ...): the addresses dt finds it at, its type's <see cref="KdTypeView.Id"/>, and per
/// field of that type (same order) the value dt prints, or null where dt prints the field's type.</summary>
internal sealed record KdTypedObjectView(IReadOnlyList<ulong> Addresses, string TypeId, IReadOnlyList<KdFieldValueView?> Values);

/// <summary>A field's value: a number (formatted by the field's kind; what GetFieldValue returns), or the text dt prints
/// (a UNICODE_STRING's <c>_UNICODE_STRING "\Driver\Zero"</c>).</summary>
internal sealed record KdFieldValueView(ulong? Number, string? Text);
