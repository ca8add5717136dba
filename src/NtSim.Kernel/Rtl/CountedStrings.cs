namespace NtSim;

/// <summary>Rules shared by the counted strings: the 8-bit ones (STRING, ANSI_STRING, OEM_STRING) and their order.</summary>
internal static class CountedStrings
{
    /// <summary>The largest Length a counted string can describe (USHORT).</summary>
    internal const int MaxLength = 0xFFFF;

    /// <summary>What keeps a string of <paramref name="length"/> bytes over a buffer of
    /// <paramref name="bufferLength"/> bytes from being read; null if it can be.</summary>
    internal static string? ReadMalformation(int length, int bufferLength) =>
        length > bufferLength ? $"Length {length} exceeds its buffer of {bufferLength} bytes" : null;

    /// <summary>RtlCompareString's order: byte by byte as unsigned values (upper-cased in the ANSI code page
    /// when case-insensitive), then the shorter first.</summary>
    internal static int Compare(in STRING first, in STRING second, bool caseInSensitive, string ddi)
    {
        var a = Bytes(first, ddi, "String1");
        var b = Bytes(second, ddi, "String2");
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var c1 = caseInSensitive ? Upper(a[i]) : a[i];
            var c2 = caseInSensitive ? Upper(b[i]) : b[i];
            if (c1 != c2)
            {
                return c1 - c2;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>RtlCompareUnicodeString's order: character by character (upper-cased when case-insensitive),
    /// then the shorter first.</summary>
    internal static int Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool caseInSensitive)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var c1 = caseInSensitive ? char.ToUpperInvariant(a[i]) : a[i];
            var c2 = caseInSensitive ? char.ToUpperInvariant(b[i]) : b[i];
            if (c1 != c2)
            {
                return c1 - c2;
            }
        }

        return a.Length - b.Length;
    }

    private static ReadOnlySpan<byte> Bytes(in STRING value, string ddi, string argument) =>
        ReadMalformation(value.Length, value.Buffer.Length) is { } why
            ? throw new ArgumentException($"{ddi}: {argument} is malformed: {why}.", argument)
            : value.Buffer.Span[..value.Length];

    /// <summary>RtlUpperChar: the upper-case form of an ANSI character (one byte in code page 1252).</summary>
    private static byte Upper(byte c)
    {
        Span<char> one = stackalloc char[1];
        Span<byte> back = stackalloc byte[1];
        CodePages.Ansi.GetChars([c], one);
        one[0] = char.ToUpperInvariant(one[0]);
        return CodePages.Ansi.GetBytes(one, back) == 1 && back[0] != (byte)'?' ? back[0] : c;
    }
}
