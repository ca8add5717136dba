using System.Text;
using System.Text.RegularExpressions;

namespace NtSim.Tests.Headers.CHeaders;

internal sealed partial class CHeaderReader
{
    // Translation phase 2: a backslash at the end of a line joins it to the next one.
    private static string SpliceLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\\\n", "", StringComparison.Ordinal);

    // Translation phase 3: comments become a space (a block comment keeps its line breaks);
    // string and character literals are copied as they are.
    private static string StripComments(string text)
    {
        var result = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                result.Append(' ');
                foreach (char skipped in text.AsSpan(i, end - i))
                {
                    if (skipped == '\n')
                    {
                        result.Append('\n');
                    }
                }

                i = end;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c is '"' or '\'')
            {
                int start = i++;
                while (i < text.Length && text[i] != c && text[i] != '\n')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, text.Length);
                result.Append(text, start, i - start);
            }
            else
            {
                result.Append(c);
                i++;
            }
        }

        return result.ToString();
    }

    // The members of every "enum [tag] { ... }" in the active code: "Name" or "Name = expression",
    // a member without a value being one more than the previous member.
    private void ReadEnums(string code, string origin)
    {
        foreach (Match match in EnumRegex().Matches(code))
        {
            long? next = 0;
            foreach (string member in SplitTopLevel(match.Groups[1].Value))
            {
                var parts = EnumMemberRegex().Match(member);
                if (!parts.Success)
                {
                    if (member.Length != 0)
                    {
                        _warnings.Add($"{origin}: enum member not understood: {member}");
                    }

                    next = null;
                    continue;
                }

                string name = parts.Groups[1].Value;
                _origins[name] = origin;
                long? value = next;
                string? error = value is null ? "follows a member whose value is unknown" : null;
                if (parts.Groups[2].Success)
                {
                    value = TryEvaluateExpression(parts.Groups[2].Value, out error);
                }

                if (value is { } known)
                {
                    _enumConstants[name] = known;
                    _enumErrors.Remove(name);
                    next = known + 1;
                }
                else
                {
                    _enumErrors[name] = error ?? "unknown";
                    next = null;
                }
            }
        }
    }

    private static IEnumerable<string> SplitTopLevel(string body)
    {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return body[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return body[start..].Trim();
    }

    [GeneratedRegex(@"\benum\s+(?:\w+\s*)?\{([^{}]*)\}")]
    private static partial Regex EnumRegex();

    [GeneratedRegex(@"^([A-Za-z_]\w*)\s*(?:=\s*(.+))?$", RegexOptions.Singleline)]
    private static partial Regex EnumMemberRegex();
}
