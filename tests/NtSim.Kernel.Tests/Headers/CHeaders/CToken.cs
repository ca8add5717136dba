using System.Globalization;

namespace NtSim.Tests.Headers.CHeaders;

internal enum CTokenKind
{
    Number,
    Identifier,
    Punctuator,
    String,
}

/// <summary>A preprocessing token of a C header: a number, an identifier, a punctuator or a string literal.</summary>
internal readonly record struct CToken(CTokenKind Kind, string Text, long Value = 0)
{
    public static CToken Number(long value) => new(CTokenKind.Number, value.ToString(CultureInfo.InvariantCulture), value);

    public bool Is(string punctuator) => Kind == CTokenKind.Punctuator && Text == punctuator;

    public override string ToString() => Text;
}

/// <summary>Splits one logical line of C (comments already removed) into tokens.</summary>
internal static class CTokenizer
{
    private static readonly string[] s_punctuators =
    [
        "<<=", ">>=", "...", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "##", "->", "++", "--",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    ];

    public static List<CToken> Tokenize(string text)
    {
        var tokens = new List<CToken>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                int start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '.'))
                {
                    i++;
                }

                string literal = text[start..i];
                tokens.Add(TryParseNumber(literal, out long value)
                    ? CToken.Number(value)
                    : new CToken(CTokenKind.String, literal)); // a floating-point or malformed number: not evaluable
            }
            else if ((c == 'L' || c == 'u' || c == 'U') && i + 1 < text.Length && (text[i + 1] == '\'' || text[i + 1] == '"'))
            {
                i++; // wide or unicode literal: the prefix does not change the value we need
            }
            else if (c == '\'')
            {
                tokens.Add(CToken.Number(ReadCharLiteral(text, ref i)));
            }
            else if (c == '"')
            {
                int start = i++;
                while (i < text.Length && text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, text.Length);
                tokens.Add(new CToken(CTokenKind.String, text[start..i]));
            }
            else if (char.IsAsciiLetter(c) || c == '_' || c == '$')
            {
                int start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '$'))
                {
                    i++;
                }

                tokens.Add(new CToken(CTokenKind.Identifier, text[start..i]));
            }
            else
            {
                string punctuator = s_punctuators.FirstOrDefault(p => string.CompareOrdinal(text, i, p, 0, p.Length) == 0)
                    ?? c.ToString();
                tokens.Add(new CToken(CTokenKind.Punctuator, punctuator));
                i += punctuator.Length;
            }
        }

        return tokens;
    }

    /// <summary>An integer literal with any suffix (u, l, ll, i64, ui64) in base 16, 8 or 10.</summary>
    public static bool TryParseNumber(string literal, out long value)
    {
        string digits = literal;
        string lower = literal.ToLowerInvariant();
        foreach (var suffix in new[] { "ui64", "i64", "ull", "llu", "ll", "ul", "lu", "u", "l" })
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                digits = literal[..^suffix.Length];
                break;
            }
        }

        bool ok;
        ulong parsed;
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            ok = ulong.TryParse(digits.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out parsed);
        }
        else if (digits.Length > 1 && digits[0] == '0')
        {
            ok = digits.All(d => d is >= '0' and <= '7');
            parsed = ok ? Convert.ToUInt64(digits, 8) : 0;
        }
        else
        {
            ok = ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out parsed);
        }

        value = unchecked((long)parsed);
        return ok;
    }

    private static long ReadCharLiteral(string text, ref int i)
    {
        i++; // opening quote
        long value;
        if (text[i] == '\\')
        {
            char escaped = text[i + 1];
            i += 2;
            value = escaped switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '0' => 0,
                _ => escaped,
            };
        }
        else
        {
            value = text[i++];
        }

        while (i < text.Length && text[i] != '\'')
        {
            i++;
        }

        i++; // closing quote
        return value;
    }
}
