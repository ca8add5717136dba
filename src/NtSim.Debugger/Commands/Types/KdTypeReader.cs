using System.Buffers.Binary;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Types;

/// <summary>
/// A field of a type at an address as a number, read as <c>dt</c> reads it (the managed object at the address, else
/// simulated memory), for the extension API's GetFieldValue, GetFieldOffset and GetTypeSize. Reads the target's views,
/// so a dump answers as the live machine did.
/// </summary>
internal static class KdTypeReader
{
    // The x64 sizes of the kernel types dt knows (dt -v nt!_X on Windows 10 x64); NtSim lists only some of their fields.
    private static readonly Dictionary<string, uint> s_kernelSizes = new(StringComparer.Ordinal)
    {
        ["_IRP"] = 0xd0, ["_DEVICE_OBJECT"] = NtSim.Devices.DeviceObjectSize, ["_DRIVER_OBJECT"] = 0x150, ["_MDL"] = 0x30,
        ["_KEVENT"] = 0x18, ["_LIST_ENTRY"] = 0x10,
    };

    /// <summary>The field named <paramref name="name"/> (case as declared), or null.</summary>
    internal static KdFieldView? Field(KdTypeView type, string name) =>
        type.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The type's size: a kernel type's as Windows x64 has it, a driver type's as C lays it out (its last field's
    /// end, rounded up to its widest field).</summary>
    internal static uint Size(KdTypeView type)
    {
        if (type.Module == "nt" && s_kernelSizes.TryGetValue(type.Name, out var size))
        {
            return size;
        }

        var end = type.Fields.Select(f => f.Offset + f.Size).DefaultIfEmpty(0).Max();
        var alignment = type.Fields.Select(f => Math.Clamp(f.Size, 1, 8)).DefaultIfEmpty(1).Max();
        return (uint)((end + alignment - 1) / alignment * alignment);
    }

    /// <summary>The field's value at <paramref name="address"/>: (value, null), or (0, why not): "not a number" for a
    /// structure or a text value, "read" when its bytes cannot be read.</summary>
    internal static (ulong Value, string? Error) Value(KdContext context, KdTypeView type, KdFieldView field, ulong address)
    {
        if (KdTypes.At(context.Target, type, address) is { } found)
        {
            // The object's values follow its type's fields, in order.
            var value = Enumerable.Range(0, type.Fields.Count).Where(i => type.Fields[i] == field).Select(i => found.Values[i]).FirstOrDefault();
            return value?.Number is { } number ? (number, null) : (0, "not a number");
        }

        if (field.Kind == KdFieldKind.Structure || field.Size is <= 0 or > 8)
        {
            return (0, "not a number");
        }

        Span<byte> bytes = stackalloc byte[8];
        if (!KdMemory.TryRead(context, address + (ulong)field.Offset, bytes[..field.Size]))
        {
            return (0, "read");
        }

        return (BinaryPrimitives.ReadUInt64LittleEndian(bytes), null);
    }
}
