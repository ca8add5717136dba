using System.Text;
using System.Text.RegularExpressions;

namespace NtSim.Tests.Headers.CHeaders;

/// <summary>
/// A small C preprocessor for reading constants out of headers: it follows #if/#ifdef/#elif/#else
/// (evaluating conditions against the macros defined so far, like a compiler for one target),
/// records #define/#undef in the active branches, and reads the members of the enums in active code.
/// #include is not followed: the caller reads the files it wants, in include order.
/// </summary>
internal sealed partial class CHeaderReader
{
    private readonly Dictionary<string, CMacro> _macros = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _enumConstants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _enumErrors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = [];

    /// <summary>Starts with predefined macros, e.g. <c>_M_AMD64</c> = "100" or <c>__MSABI_LONG(x)</c> = "x".</summary>
    public CHeaderReader(IEnumerable<KeyValuePair<string, string>> predefined)
    {
        foreach (var (name, body) in predefined)
        {
            Define(name + " " + body, "predefined");
        }
    }

    /// <summary>Problems met while reading: conditions that could not be evaluated, unbalanced #endif.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    public IReadOnlyDictionary<string, long> EnumConstants => _enumConstants;

    public bool IsDefined(string name) => _macros.ContainsKey(name) || _enumConstants.ContainsKey(name)
        || _enumErrors.ContainsKey(name);

    public void ReadFile(string path) => ReadText(File.ReadAllText(path), Path.GetFileName(path));

    public void ReadText(string text, string origin)
    {
        var stack = new Stack<Branch>();
        var code = new StringBuilder();
        int lineNumber = 0;
        foreach (var rawLine in StripComments(SpliceLines(text)).Split('\n'))
        {
            lineNumber++;
            string line = rawLine.Trim();
            bool active = stack.Count == 0 || stack.Peek().Active;
            if (!line.StartsWith('#'))
            {
                if (active)
                {
                    code.Append(line).Append('\n');
                }

                continue;
            }

            var match = DirectiveRegex().Match(line);
            string directive = match.Groups[1].Value;
            string argument = match.Groups[2].Value.Trim();
            string where = $"{origin}:{lineNumber}";
            switch (directive)
            {
                case "if":
                    stack.Push(Branch.Open(active, active && Condition(argument, where)));
                    break;
                case "ifdef":
                    stack.Push(Branch.Open(active, active && _macros.ContainsKey(FirstWord(argument))));
                    break;
                case "ifndef":
                    stack.Push(Branch.Open(active, active && !_macros.ContainsKey(FirstWord(argument))));
                    break;
                case "elif":
                    if (stack.Count == 0)
                    {
                        _warnings.Add($"{where}: #elif without #if");
                        break;
                    }

                    var current = stack.Pop();
                    bool take = current.ParentActive && !current.Taken && Condition(argument, where);
                    stack.Push(current with { Active = take, Taken = current.Taken || take });
                    break;
                case "else":
                    if (stack.Count == 0)
                    {
                        _warnings.Add($"{where}: #else without #if");
                        break;
                    }

                    var branch = stack.Pop();
                    stack.Push(branch with { Active = branch.ParentActive && !branch.Taken, Taken = true });
                    break;
                case "endif":
                    if (stack.Count == 0)
                    {
                        _warnings.Add($"{where}: #endif without #if");
                        break;
                    }

                    stack.Pop();
                    break;
                case "define" when active:
                    Define(argument, origin);
                    break;
                case "undef" when active:
                    _macros.Remove(FirstWord(argument));
                    break;
                default:
                    break; // #include, #pragma, #error, #line, and anything in an inactive branch
            }
        }

        if (stack.Count != 0)
        {
            _warnings.Add($"{origin}: {stack.Count} #if without #endif");
        }

        ReadEnums(code.ToString(), origin);
    }

    /// <summary>
    /// The value of an object-like macro or an enum constant, or null with the reason it has none
    /// (not defined, or not a constant expression this reader understands).
    /// </summary>
    public long? TryEvaluateSymbol(string name, out string? error)
    {
        error = null;
        if (_macros.TryGetValue(name, out var macro))
        {
            if (macro.IsFunctionLike)
            {
                error = "a function-like macro";
                return null;
            }

            return TryEvaluate(macro.Body, out error);
        }

        if (_enumConstants.TryGetValue(name, out long value))
        {
            return value;
        }

        error = _enumErrors.TryGetValue(name, out var enumError) ? enumError : "not defined";
        return null;
    }

    /// <summary>Evaluates an expression written in C against the macros and enum constants read so far.</summary>
    public long? TryEvaluateExpression(string expression, out string? error) =>
        TryEvaluate(CTokenizer.Tokenize(expression), out error);

    private long? TryEvaluate(IReadOnlyList<CToken> tokens, out string? error)
    {
        try
        {
            error = null;
            var expanded = new CMacroExpander(_macros, _enumConstants).Expand(tokens, forCondition: false);
            return CExpressionParser.Evaluate(expanded);
        }
        catch (CEvaluationException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>The file that defined a macro or enum constant last, or null.</summary>
    public string? OriginOf(string name) => _origins.GetValueOrDefault(name);

    private void Define(string definition, string origin)
    {
        var macro = CMacro.Parse(definition);
        if (macro is not null)
        {
            _macros[macro.Name] = macro;
            _origins[macro.Name] = origin;
        }
    }

    private bool Condition(string expression, string where)
    {
        try
        {
            var expanded = new CMacroExpander(_macros, _enumConstants).Expand(CTokenizer.Tokenize(expression), forCondition: true);
            return CExpressionParser.Evaluate(expanded) != 0;
        }
        catch (CEvaluationException e)
        {
            _warnings.Add($"{where}: cannot evaluate #if {expression}: {e.Message}; taken as false");
            return false;
        }
    }

    private static string FirstWord(string text)
    {
        int end = 0;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return text[..end];
    }

    private readonly record struct Branch(bool ParentActive, bool Active, bool Taken)
    {
        public static Branch Open(bool parentActive, bool active) => new(parentActive, active, active);
    }

    [GeneratedRegex(@"^#\s*(\w*)(.*)$", RegexOptions.Singleline)]
    private static partial Regex DirectiveRegex();
}
