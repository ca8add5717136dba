namespace NtSim.Debugger.Engine;

/// <summary>WinDbg's string wildcards in names (<c>lm m s*</c>, <c>x Zero!Zero*</c>): <c>*</c> any run, <c>?</c> one
/// character, case ignored.</summary>
internal static class KdWildcard
{
    /// <summary>Whether <paramref name="text"/> matches <paramref name="pattern"/>.</summary>
    internal static bool Matches(string pattern, string text) => Matches(pattern.AsSpan(), text.AsSpan());

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        while (pattern.Length > 0)
        {
            if (pattern[0] == '*')
            {
                pattern = pattern.TrimStart('*');
                for (var i = 0; i <= text.Length; i++)
                {
                    if (Matches(pattern, text[i..]))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (text.Length == 0 || (pattern[0] != '?' && char.ToUpperInvariant(pattern[0]) != char.ToUpperInvariant(text[0])))
            {
                return false;
            }

            pattern = pattern[1..];
            text = text[1..];
        }

        return text.Length == 0;
    }
}
