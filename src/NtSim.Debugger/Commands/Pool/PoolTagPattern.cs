namespace NtSim.Debugger.Commands.Pool;

/// <summary>The TagString of !poolused and !poolfind: case-sensitive, '*' any run of characters, '?' one
/// character; without a '*' it names four characters (a shorter tag is padded with spaces, as the tag
/// 'Irp ' is typed "Irp"). <c>0x...</c> gives the tag's value.</summary>
internal sealed class PoolTagPattern
{
    private readonly string _pattern;

    private PoolTagPattern(string pattern)
    {
        _pattern = pattern;
    }

    /// <summary>The pattern of <paramref name="text"/>, or null when it cannot name a tag (a value that is not
    /// a 32-bit hex number, more than four characters without a '*').</summary>
    internal static PoolTagPattern? Parse(string text)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            return uint.TryParse(text[2..], System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? new PoolTagPattern(PoolTag.Format(value))
                : null;
        }

        if (text.Length == 0 || (!text.Contains('*', StringComparison.Ordinal) && text.Length > 4))
        {
            return null;
        }

        return new PoolTagPattern(text.Contains('*', StringComparison.Ordinal) ? text : text.PadRight(4));
    }

    /// <summary>The pattern as typed back in headings ("Irp ").</summary>
    internal string Text => _pattern;

    internal bool Matches(uint tag) => Matches(PoolTag.Format(tag), 0, 0);

    private bool Matches(string tag, int t, int p)
    {
        while (p < _pattern.Length)
        {
            var c = _pattern[p];
            if (c == '*')
            {
                for (var rest = t; rest <= tag.Length; rest++)
                {
                    if (Matches(tag, rest, p + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (t >= tag.Length || (c != '?' && c != tag[t]))
            {
                return false;
            }

            t++;
            p++;
        }

        return t == tag.Length;
    }
}
