using System.Globalization;
using System.Text;

namespace NtSim.Debugger.Engine;

/// <summary>Bytes as the callback-data commands print them (.enumtag, !bugdump): rows of 16 bytes, two-digit upper-case
/// hex, then two spaces and the printable ASCII (debugger.md §9).</summary>
internal static class KdHexRows
{
    /// <summary>Writes <paramref name="bytes"/> as rows, each indented by two spaces.</summary>
    internal static void Write(KdContext context, ReadOnlySpan<byte> bytes)
    {
        for (var at = 0; at < bytes.Length; at += 16)
        {
            context.Line(Row(bytes.Slice(at, Math.Min(16, bytes.Length - at))));
        }
    }

    /// <summary>One row of up to 16 bytes.</summary>
    internal static string Row(ReadOnlySpan<byte> bytes)
    {
        var hex = new StringBuilder("  ");
        var ascii = new StringBuilder();
        for (var i = 0; i < 16; i++)
        {
            hex.Append(i < bytes.Length ? bytes[i].ToString("X2", CultureInfo.InvariantCulture) + " " : "   ");
            if (i < bytes.Length)
            {
                ascii.Append(bytes[i] is >= 0x20 and < 0x7F ? (char)bytes[i] : '.');
            }
        }

        return hex.Append(' ').Append(ascii).ToString();
    }
}
