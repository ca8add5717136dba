namespace NtSim.Tests.Headers.CHeaders;

/// <summary>
/// Expands macros in a token list as the C preprocessor does for the cases headers use: object-like and
/// function-like macros, nested, each one disabled inside its own expansion. Stringizing (#) and
/// pasting (##) are not supported and make the expression unevaluable.
/// </summary>
internal sealed class CMacroExpander(
    IReadOnlyDictionary<string, CMacro> macros,
    IReadOnlyDictionary<string, long> enumConstants)
{
    private const int MaxDepth = 64;

    /// <summary>
    /// Expands <paramref name="tokens"/>. For a #if condition, <c>defined X</c> is replaced first and
    /// identifiers left after expansion become 0, as in C.
    /// </summary>
    public List<CToken> Expand(IReadOnlyList<CToken> tokens, bool forCondition)
    {
        var input = forCondition ? ReplaceDefined(tokens) : tokens.ToList();
        var output = Expand(input, [], 0);
        if (forCondition)
        {
            for (int i = 0; i < output.Count; i++)
            {
                if (output[i].Kind == CTokenKind.Identifier)
                {
                    output[i] = CToken.Number(0);
                }
            }
        }

        return output;
    }

    private List<CToken> ReplaceDefined(IReadOnlyList<CToken> tokens)
    {
        var result = new List<CToken>(tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != CTokenKind.Identifier || tokens[i].Text != "defined")
            {
                result.Add(tokens[i]);
                continue;
            }

            bool parenthesized = i + 1 < tokens.Count && tokens[i + 1].Is("(");
            int nameIndex = parenthesized ? i + 2 : i + 1;
            if (nameIndex >= tokens.Count || tokens[nameIndex].Kind != CTokenKind.Identifier)
            {
                throw new CEvaluationException("'defined' without a macro name");
            }

            result.Add(CToken.Number(macros.ContainsKey(tokens[nameIndex].Text) ? 1 : 0));
            i = parenthesized ? nameIndex + 1 : nameIndex;
        }

        return result;
    }

    private List<CToken> Expand(List<CToken> tokens, HashSet<string> disabled, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new CEvaluationException("macro expansion too deep");
        }

        var output = new List<CToken>(tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Is("#") || token.Is("##"))
            {
                throw new CEvaluationException("stringizing or token pasting is not supported");
            }

            if (token.Kind != CTokenKind.Identifier || disabled.Contains(token.Text))
            {
                output.Add(token);
                continue;
            }

            if (enumConstants.TryGetValue(token.Text, out long enumValue) && !macros.ContainsKey(token.Text))
            {
                output.Add(CToken.Number(enumValue));
                continue;
            }

            if (!macros.TryGetValue(token.Text, out var macro))
            {
                output.Add(token);
                continue;
            }

            var inner = new HashSet<string>(disabled) { macro.Name };
            if (!macro.IsFunctionLike)
            {
                output.AddRange(Expand(macro.Body.ToList(), inner, depth + 1));
                continue;
            }

            if (i + 1 >= tokens.Count || !tokens[i + 1].Is("("))
            {
                output.Add(token); // a function-like macro name not followed by '(' is not invoked
                continue;
            }

            var arguments = ReadArguments(tokens, ref i);
            if (arguments.Count != macro.Parameters!.Count && !(macro.Parameters.Count == 0 && arguments.Count == 1 && arguments[0].Count == 0))
            {
                throw new CEvaluationException($"macro {macro.Name} takes {macro.Parameters.Count} arguments, got {arguments.Count}");
            }

            var expandedArguments = arguments.Select(a => Expand(a, disabled, depth + 1)).ToList();
            var substituted = new List<CToken>();
            foreach (var bodyToken in macro.Body)
            {
                int parameter = bodyToken.Kind == CTokenKind.Identifier ? IndexOf(macro.Parameters, bodyToken.Text) : -1;
                if (parameter >= 0)
                {
                    substituted.AddRange(expandedArguments[parameter]);
                }
                else
                {
                    substituted.Add(bodyToken);
                }
            }

            output.AddRange(Expand(substituted, inner, depth + 1));
        }

        return output;
    }

    private static int IndexOf(IReadOnlyList<string> parameters, string name)
    {
        for (int i = 0; i < parameters.Count; i++)
        {
            if (parameters[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    // On entry tokens[index] is the macro name and tokens[index + 1] is '('; on exit index is at ')'.
    private static List<List<CToken>> ReadArguments(List<CToken> tokens, ref int index)
    {
        var arguments = new List<List<CToken>> { new() };
        int depth = 0;
        for (int i = index + 2; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Is("("))
            {
                depth++;
            }
            else if (token.Is(")"))
            {
                if (depth == 0)
                {
                    index = i;
                    return arguments;
                }

                depth--;
            }
            else if (token.Is(",") && depth == 0)
            {
                arguments.Add([]);
                continue;
            }

            arguments[^1].Add(token);
        }

        throw new CEvaluationException("unterminated macro arguments");
    }
}
