using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Types;

/// <summary>
/// <c>dt [module!]Type [address]</c>: a type's fields with their offsets (<c>   +0x000 Type             : Int2B</c>), or, with an
/// address, their values there. Kernel types are <see cref="KdKernelTypes"/>; a driver's own types
/// <see cref="KdDriverTypes"/>. An unknown type is WinDbg's <c>Symbol nt!_X not found.</c>; an address that cannot be
/// read, <c>Memory read error</c>. Source: "dt (Display Type)" (WinDbg docs), debugger.md §4.
/// </summary>
internal sealed class DisplayTypeCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["dt"];

    public override string Help => "dt [module!]<type> [address]  display a type's fields, or their values at an address";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count == 0)
        {
            context.SyntaxError(name, name.Length);
            return;
        }

        var symbol = words[0];
        var bang = symbol.IndexOf('!', StringComparison.Ordinal);
        var module = bang < 0 ? null : symbol[..bang];
        var typeName = bang < 0 ? symbol : symbol[(bang + 1)..];
        if (KdTypes.Find(context.Target, module, typeName) is not { } type)
        {
            context.Error($"Symbol {(module ?? "nt")}!{typeName} not found.");
            return;
        }

        if (words.Count == 1)
        {
            foreach (var field in type.Fields)
            {
                context.Line(KdValues.Line(field, field.Type));
            }

            return;
        }

        if (context.Evaluate(string.Join(' ', words.Skip(1))) is not { } address)
        {
            return;
        }

        var found = KdTypes.At(context.Target, type, address);
        if (found is null && KdMemory.Read(context, address, 1)[0] is null)
        {
            context.Error("Memory read error " + KdFormat.Pointer(address));
            return;
        }

        for (var i = 0; i < type.Fields.Count; i++)
        {
            var field = type.Fields[i];
            context.Line(KdValues.Line(field, Value(context, field, found?.Values[i], found is not null, address)));
        }
    }

    private static string Value(KdContext context, KdFieldView field, KdFieldValueView? value, bool found, ulong address)
    {
        if (value is not null)
        {
            return value.Number is { } number ? KdValues.Format(field, number) : value.Text ?? "";
        }

        if (field.Kind == KdFieldKind.Structure || found)
        {
            return field.Type;
        }

        var bytes = KdMemory.Read(context, address + (ulong)field.Offset, field.Size);
        if (bytes.Any(b => b is null))
        {
            return "??";
        }

        ulong raw = 0;
        for (var i = field.Size - 1; i >= 0; i--)
        {
            raw = (raw << 8) | bytes[i]!.Value;
        }

        return KdValues.Format(field, raw);
    }
}
