using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Memory;

/// <summary>
/// <c>db</c>, <c>dw</c>, <c>dd</c>, <c>dq</c> <c>[range]</c>: memory as bytes (with the ASCII column and the hyphen between
/// the 8th and 9th byte), words, double words or quad words, 16 bytes a line, 128 bytes by default. An unreadable
/// value shows as question marks. Source: "d, da, db, dc, dd, dD, df, dp, dq, du, dw (Display Memory)" (WinDbg docs).
/// </summary>
internal sealed class DisplayMemoryCommand : KdCommand
{
    private const int LineBytes = 16;
    private const int DefaultBytes = 128;

    public override IReadOnlyList<string> Names { get; } = ["db", "dw", "dd", "dq"];

    public override string Help => "db|dw|dd|dq <address> [L <count>]  display memory as bytes, words, dwords or qwords";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var size = name switch
        {
            "db" => 1,
            "dw" => 2,
            "dd" => 4,
            _ => 8,
        };
        if (!KdRange.TryParse(context, name, arguments, size, (ulong)(DefaultBytes / size), out var address, out var count))
        {
            return;
        }

        var total = count * (ulong)size;
        for (ulong offset = 0; offset < total; offset += LineBytes)
        {
            var length = (int)Math.Min(LineBytes, total - offset);
            var at = address + offset;
            var bytes = KdMemory.Read(context, at, length);
            context.Line(KdFormat.Pointer(at) + "  " + (size == 1 ? Bytes(bytes) : Values(bytes, size)));
        }

        KdRange.DisplayedUpTo(context, address + total);
    }

    // db: "00 01 02 03 04 05 06 07-08 09 0a 0b 0c 0d 0e 0f  ................"; a short last line keeps the ASCII column in place.
    private static string Bytes(byte?[] bytes)
    {
        var hex = new StringBuilder();
        var ascii = new StringBuilder();
        for (var i = 0; i < LineBytes; i++)
        {
            if (i > 0)
            {
                hex.Append(i == 8 && i < bytes.Length ? '-' : ' ');
            }

            if (i >= bytes.Length)
            {
                hex.Append("  ");
                continue;
            }

            hex.Append(bytes[i] is { } b ? b.ToString("x2", CultureInfo.InvariantCulture) : "??");
            ascii.Append(bytes[i] is { } c ? (c is >= 0x20 and < 0x7F ? (char)c : '.') : '?');
        }

        return hex + "  " + ascii;
    }

    // dw, dd, dq: little-endian values separated by one space; a quad word keeps WinDbg's backtick.
    private static string Values(byte?[] bytes, int size)
    {
        var values = new List<string>();
        for (var i = 0; i + size <= bytes.Length; i += size)
        {
            var slice = bytes.AsSpan(i, size);
            var readable = !slice.ToArray().Any(b => b is null);
            values.Add(size switch
            {
                2 => readable ? BinaryPrimitives.ReadUInt16LittleEndian(Raw(slice)).ToString("x4", CultureInfo.InvariantCulture) : "????",
                4 => readable ? KdFormat.Hex32(BinaryPrimitives.ReadUInt32LittleEndian(Raw(slice))) : "????????",
                _ => readable ? KdFormat.Pointer(BinaryPrimitives.ReadUInt64LittleEndian(Raw(slice))) : "????????`????????",
            });
        }

        return string.Join(' ', values);
    }

    private static byte[] Raw(Span<byte?> slice) => [.. slice.ToArray().Select(b => b!.Value)];
}
