using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Types;

/// <summary>A type <c>dt</c> knows, as the capture reads it from a live machine: its name as typed (<c>nt!_IRP</c>), an id
/// unique among types, its fields (with how to read each from the managed object that holds the values), and the objects
/// of the type a machine holds, by address (none when the values live in simulated memory).</summary>
internal sealed record KdTypeLayout(string Module, string Name, string Id, IReadOnlyList<KdField> Fields,
    Func<Machine, IEnumerable<(ulong Address, object Body)>> Objects)
{
    /// <summary>The layout as dt renders it (no readers).</summary>
    internal KdTypeView View() => new(Module, Name, Id, [.. Fields.Select(f => new KdFieldView(f.Offset, f.Name, f.Type, f.Kind, f.Size, f.Depth))]);

    /// <summary>The values of <paramref name="body"/> as dt prints them, field by field.</summary>
    internal KdTypedObjectView Capture(IReadOnlyList<ulong> addresses, object body) =>
        new(addresses, Id, [.. Fields.Select(f => f.Read is { } read ? Value(read(body)) : null)]);

    private static KdFieldValueView Value(object value) =>
        value is ulong number ? new KdFieldValueView(number, null) : new KdFieldValueView(null, value.ToString() ?? "");
}
