using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Types;

/// <summary>How <c>dt</c> writes a field: <c>   +0x%03x %-16s : %s</c> (debugger.md §4), values as WinDbg shows them.</summary>
internal static class KdValues
{
    internal static string Line(KdFieldView field, string value) =>
        string.Create(CultureInfo.InvariantCulture, $"{new string(' ', 3 * (field.Depth + 1))}+0x{field.Offset:x3} {field.Name,-16} : {value}");

    internal static string Format(KdFieldView field, ulong raw) => field.Kind switch
    {
        KdFieldKind.Signed => "0n" + Signed(raw, field.Size).ToString(CultureInfo.InvariantCulture),
        KdFieldKind.Unsigned => "0x" + raw.ToString("x", CultureInfo.InvariantCulture),
        KdFieldKind.Character => raw == 0 ? "0 ''" : $"0x{raw.ToString("x", CultureInfo.InvariantCulture)} '{(raw is >= 0x20 and < 0x7F ? ((char)raw).ToString() : "")}'",
        KdFieldKind.Pointer => raw == 0 ? "(null)" : "0x" + KdFormat.Pointer(raw),
        _ => field.Type,
    };

    private static long Signed(ulong raw, int size) => size switch
    {
        1 => (sbyte)raw,
        2 => (short)raw,
        4 => (int)raw,
        _ => (long)raw,
    };
}
