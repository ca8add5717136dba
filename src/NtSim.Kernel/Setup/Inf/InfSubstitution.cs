using System.Text;

namespace NtSim.Setup;

/// <summary>
/// %strkey% substitution from the Strings section: <c>%%</c> is a literal percent sign, a number
/// such as <c>%13%</c> is a DIRID and stays as written (see <see cref="InfDirids"/>), and a token
/// with no string is a warning and stays as written (SetupAPI keeps it; the shipped netvadapterum.inf
/// sample has an undefined %REG_SZ% and passes the samples' InfVerif build).
/// </summary>
internal sealed class InfSubstitution
{
    private readonly IReadOnlyDictionary<string, string> _strings;
    private readonly string _fileName;
    private readonly List<InfDiagnostic> _diagnostics;

    internal InfSubstitution(IReadOnlyDictionary<string, string> strings, string fileName, List<InfDiagnostic> diagnostics)
    {
        _strings = strings;
        _fileName = fileName;
        _diagnostics = diagnostics;
    }

    internal void Apply(InfField field)
    {
        var raw = field.Raw;
        if (!raw.Contains('%', StringComparison.Ordinal))
        {
            return;
        }

        var result = new StringBuilder(raw.Length);
        int k = 0;
        while (k < raw.Length)
        {
            int open = raw.IndexOf('%', k);
            if (open < 0)
            {
                result.Append(raw, k, raw.Length - k);
                break;
            }

            result.Append(raw, k, open - k);
            int close = raw.IndexOf('%', open + 1);
            if (close < 0)
            {
                var (line, column) = field.PositionOf(open);
                _diagnostics.Add(new InfDiagnostic(_fileName, line, column, InfSeverity.Warning, InfCodes.UnterminatedToken,
                    "A '%' starts a string token that never ends; write %% for a percent sign."));
                result.Append(raw, open, raw.Length - open);
                break;
            }

            var key = raw[(open + 1)..close];
            k = close + 1;
            if (key.Length == 0)
            {
                result.Append('%');
            }
            else if (_strings.TryGetValue(key, out var value))
            {
                result.Append(value);
            }
            else if (InfDirids.IsDirid(key))
            {
                result.Append('%').Append(key).Append('%');
            }
            else
            {
                var (line, column) = field.PositionOf(open);
                _diagnostics.Add(new InfDiagnostic(_fileName, line, column, InfSeverity.Warning, InfCodes.UndefinedString,
                    $"String token %{key}% is not defined in the [Strings] section."));
                result.Append('%').Append(key).Append('%');
            }
        }

        field.Value = result.ToString();
    }
}
