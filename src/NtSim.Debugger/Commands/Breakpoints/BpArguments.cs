namespace NtSim.Debugger.Commands.Breakpoints;

/// <summary>A breakpoint command's arguments: <c>[/w "condition"] [/d] expression [passes] ["commands"]</c>.</summary>
internal sealed record BpArguments(string Expression, int Passes, string? Condition, string? Command, bool Defer)
{
    /// <summary>Parses <paramref name="arguments"/>; on failure returns null and the offending text in <paramref name="error"/>.</summary>
    internal static BpArguments? Parse(string arguments, out string error)
    {
        var tokens = Tokens(arguments);
        string? condition = null;
        string? command = null;
        string? expression = null;
        var defer = false;
        var passes = 1;
        error = arguments;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (text, quoted) = tokens[i];
            if (!quoted && text.Equals("/w", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && tokens[i + 1].Quoted && expression is null)
            {
                condition = tokens[++i].Text;
            }
            else if (!quoted && text.Equals("/d", StringComparison.OrdinalIgnoreCase) && expression is null)
            {
                defer = true;
            }
            else if (quoted && expression is not null && command is null)
            {
                command = text;
            }
            else if (!quoted && expression is null)
            {
                expression = text;
            }
            else if (!quoted && command is null && passes == 1 && TryPasses(text, out var count))
            {
                passes = count;
            }
            else
            {
                error = text;
                return null;
            }
        }

        if (expression is null)
        {
            error = "";
            return null;
        }

        return new BpArguments(expression, passes, condition, command, defer);
    }

    // The pass count is an expression in WinDbg; NtSim takes a number (hex by default, 0n for decimal), 1 or more.
    private static bool TryPasses(string text, out int passes)
    {
        var digits = text.StartsWith("0n", StringComparison.OrdinalIgnoreCase) ? text[2..] : text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        var style = text.StartsWith("0n", StringComparison.OrdinalIgnoreCase)
            ? System.Globalization.NumberStyles.None
            : System.Globalization.NumberStyles.AllowHexSpecifier;
        var ok = int.TryParse(digits, style, System.Globalization.CultureInfo.InvariantCulture, out passes) && passes >= 1;
        return ok;
    }

    private static List<(string Text, bool Quoted)> Tokens(string arguments)
    {
        var tokens = new List<(string, bool)>();
        var i = 0;
        while (i < arguments.Length)
        {
            if (char.IsWhiteSpace(arguments[i]))
            {
                i++;
                continue;
            }

            if (arguments[i] == '"')
            {
                var end = arguments.IndexOf('"', i + 1);
                end = end < 0 ? arguments.Length : end;
                tokens.Add((arguments[(i + 1)..end], true));
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < arguments.Length && !char.IsWhiteSpace(arguments[i]) && arguments[i] != '"')
            {
                i++;
            }

            tokens.Add((arguments[start..i], false));
        }

        return tokens;
    }
}
