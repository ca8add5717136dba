using System.Text;

namespace NtSim;

/// <summary>
/// The machine's code pages: ANSI 1252 and OEM 437, those of a US-English Windows (GetACP and
/// GetOEMCP there). Both are single-byte, so a string's byte count equals its character count;
/// a character neither can hold becomes '?', the default character of both code pages.
/// </summary>
internal static class CodePages
{
    internal static Encoding Ansi { get; } = Create(1252);

    internal static Encoding Oem { get; } = Create(437);

    /// <summary>Whether every character of <paramref name="chars"/> has a byte in <paramref name="encoding"/>
    /// (one that converts back to the same character).</summary>
    internal static bool IsMappable(Encoding encoding, ReadOnlySpan<char> chars)
    {
        Span<byte> one = stackalloc byte[4];
        Span<char> back = stackalloc char[2];
        foreach (var c in chars)
        {
            var n = encoding.GetBytes([c], one);
            if (n != 1 || encoding.GetChars(one[..1], back) != 1 || back[0] != c)
            {
                return false;
            }
        }

        return true;
    }

    private static Encoding Create(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, new EncoderReplacementFallback("?"), new DecoderReplacementFallback("?"))
        ?? throw new InvalidOperationException($"Code page {codePage} is not available.");
}
