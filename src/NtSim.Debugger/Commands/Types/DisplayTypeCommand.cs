using NtSim.Debugger.Engine;

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
        if (Find(context.Machine, module, typeName) is not { } layout)
        {
            context.Error($"Symbol {(module ?? "nt")}!{typeName} not found.");
            return;
        }

        if (words.Count == 1)
        {
            foreach (var field in layout.Fields)
            {
                context.Line(KdValues.Line(field, field.Type));
            }

            return;
        }

        if (context.Evaluate(string.Join(' ', words.Skip(1))) is not { } address)
        {
            return;
        }

        var found = layout.Find(context.Machine, address);
        if (found is null && KdMemory.Read(context, address, 1)[0] is null)
        {
            context.Error("Memory read error " + KdFormat.Pointer(address));
            return;
        }

        foreach (var field in layout.Fields)
        {
            context.Line(KdValues.Line(field, Value(context, field, found, address)));
        }
    }

    internal static KdTypeLayout? Find(Machine machine, string? module, string typeName)
    {
        if (module is null || module.Equals("nt", StringComparison.OrdinalIgnoreCase))
        {
            if (KdKernelTypes.All.FirstOrDefault(t => t.Name == typeName) is { } kernel)
            {
                return kernel;
            }

            if (module is not null)
            {
                return null;
            }
        }

        return module is null ? null : KdDriverTypes.Find(machine, module, typeName);
    }

    private static string Value(KdContext context, KdField field, object? found, ulong address)
    {
        if (found is not null && field.Read is { } read)
        {
            return read(found) switch
            {
                ulong number => KdValues.Format(field, number),
                var text => text.ToString() ?? "",
            };
        }

        if (field.Kind == KdFieldKind.Structure || found is not null)
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
