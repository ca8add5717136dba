namespace NtSim.Tests.Headers.CHeaders;

/// <summary>A #define: object-like when <see cref="Parameters"/> is null, function-like otherwise.</summary>
internal sealed record CMacro(string Name, IReadOnlyList<string>? Parameters, IReadOnlyList<CToken> Body)
{
    public bool IsFunctionLike => Parameters is not null;

    /// <summary>Parses the text after "#define ": a name, an optional parameter list glued to it, a body.</summary>
    public static CMacro? Parse(string definition)
    {
        int i = 0;
        while (i < definition.Length && (char.IsAsciiLetterOrDigit(definition[i]) || definition[i] == '_'))
        {
            i++;
        }

        if (i == 0)
        {
            return null;
        }

        string name = definition[..i];
        List<string>? parameters = null;
        if (i < definition.Length && definition[i] == '(')
        {
            int close = definition.IndexOf(')', i);
            if (close < 0)
            {
                return null;
            }

            parameters = definition[(i + 1)..close]
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToList();
            i = close + 1;
        }

        return new CMacro(name, parameters, CTokenizer.Tokenize(definition[i..]));
    }
}

/// <summary>An expression that the reader could not evaluate, with the reason.</summary>
internal sealed class CEvaluationException(string message) : Exception(message);
