using System.Text;

namespace NtSim.Setup;

/// <summary>
/// Text to sections and lines, by the general syntax rules for INF files: <c>[section]</c> headers,
/// <c>;</c> comments outside quotes, <c>\</c> as the last character continues a line, an optional
/// <c>key =</c>, comma-separated fields, double-quoted text with <c>""</c> for a quote.
/// </summary>
internal sealed class InfLexer
{
    private enum CellKind
    {
        Plain,
        Quoted,
        QuoteMark,
    }

    private readonly record struct Cell(char C, int Line, int Column, CellKind Kind)
    {
        public bool IsPlainSpace => Kind == CellKind.Plain && (C == ' ' || C == '\t' || C == '\f' || C == '\v' || C == '\0' || C == '\u001a');
    }

    private readonly string _fileName;
    private readonly InfParseOptions _options;
    private readonly List<InfDiagnostic> _diagnostics;
    private readonly Dictionary<string, InfSection> _sections = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<InfSection> _order = [];

    internal InfLexer(string fileName, InfParseOptions options, List<InfDiagnostic> diagnostics)
    {
        _fileName = fileName;
        _options = options;
        _diagnostics = diagnostics;
    }

    internal IReadOnlyList<InfSection> Sections => _order;

    internal Dictionary<string, InfSection> SectionMap => _sections;

    internal void Lex(string text)
    {
        var physical = text.Split('\n');
        InfSection? current = null;
        var cells = new List<Cell>();
        int i = 0;
        while (i < physical.Length)
        {
            cells.Clear();
            int firstLine = i + 1;

            // Join physical lines while one ends (outside quotes and comments) in a backslash.
            while (i < physical.Length)
            {
                var row = physical[i].TrimEnd('\r');
                i++;
                ScanPhysical(row, i, cells);
                int last = cells.FindLastIndex(c => !c.IsPlainSpace);
                if (last >= 0 && cells[last] is { C: '\\', Kind: CellKind.Plain })
                {
                    cells.RemoveRange(last, cells.Count - last);
                    continue;
                }

                break;
            }

            int start = cells.FindIndex(c => !c.IsPlainSpace);
            if (start < 0)
            {
                continue;
            }

            if (cells[start] is { C: '[', Kind: CellKind.Plain })
            {
                current = Header(cells, start, firstLine) ?? current;
                continue;
            }

            if (current is null)
            {
                // SetupAPI skips text before the first header; real samples start with a "/*++" banner, so only warn.
                _diagnostics.Add(new InfDiagnostic(_fileName, cells[start].Line, cells[start].Column, InfSeverity.Warning,
                    InfCodes.LineOutsideSection, "Line is not in a section and is ignored; an INF starts with a [section] header."));
                continue;
            }

            current.Add(SplitLine(cells, firstLine));
        }
    }

    private void ScanPhysical(string row, int lineNumber, List<Cell> cells)
    {
        bool inQuote = false;
        int quoteColumn = 0;
        for (int k = 0; k < row.Length; k++)
        {
            char c = row[k];
            int column = k + 1;
            if (inQuote)
            {
                if (c == '"')
                {
                    if (k + 1 < row.Length && row[k + 1] == '"')
                    {
                        cells.Add(new Cell('"', lineNumber, column, CellKind.Quoted));
                        k++;
                        continue;
                    }

                    inQuote = false;
                    cells.Add(new Cell('"', lineNumber, column, CellKind.QuoteMark));
                    continue;
                }

                cells.Add(new Cell(c, lineNumber, column, CellKind.Quoted));
                continue;
            }

            if (c == ';')
            {
                return;
            }

            if (c == '"')
            {
                inQuote = true;
                quoteColumn = column;
                cells.Add(new Cell('"', lineNumber, column, CellKind.QuoteMark));
                continue;
            }

            cells.Add(new Cell(c, lineNumber, column, CellKind.Plain));
        }

        if (inQuote)
        {
            // A quoted string ends on its own line (general syntax rules for INF files).
            Report(lineNumber, quoteColumn, InfCodes.UnterminatedQuote, "Missing closing double quote.");
        }
    }

    private InfSection? Header(List<Cell> cells, int start, int line)
    {
        int close = cells.FindIndex(start, c => c is { C: ']', Kind: CellKind.Plain });
        if (close < 0)
        {
            Report(cells[start].Line, cells[start].Column, InfCodes.BadSectionHeader, "Section header has no closing ']'.");
            return null;
        }

        var name = new string([.. cells.Skip(start + 1).Take(close - start - 1).Where(c => c.Kind != CellKind.QuoteMark).Select(c => c.C)]).Trim();
        if (name.Length == 0)
        {
            Report(cells[start].Line, cells[start].Column, InfCodes.BadSectionHeader, "Section name is empty.");
            return null;
        }

        name = ApplyTokens(name);
        if (!_sections.TryGetValue(name, out var section))
        {
            section = new InfSection(name, line);
            _sections.Add(name, section);
            _order.Add(section);
        }

        return section;
    }

    private InfLine SplitLine(List<Cell> cells, int line)
    {
        int equals = cells.FindIndex(c => c is { C: '=', Kind: CellKind.Plain });
        InfField? key = null;
        int valueStart = 0;
        if (equals >= 0)
        {
            key = MakeField(cells, 0, equals);
            valueStart = equals + 1;
        }

        var fields = new List<InfField>();
        int fieldStart = valueStart;
        for (int k = valueStart; k <= cells.Count; k++)
        {
            if (k == cells.Count || cells[k] is { C: ',', Kind: CellKind.Plain })
            {
                fields.Add(MakeField(cells, fieldStart, k));
                fieldStart = k + 1;
            }
        }

        // "key =" with nothing after it still has one empty field; a bare line's fields are its values.
        return new InfLine(key, fields, line);
    }

    private InfField MakeField(List<Cell> cells, int from, int to)
    {
        while (from < to && cells[from].IsPlainSpace)
        {
            from++;
        }

        while (to > from && cells[to - 1].IsPlainSpace)
        {
            to--;
        }

        var text = new StringBuilder();
        var positions = new List<(int, int)>();
        bool quoted = false;
        for (int k = from; k < to; k++)
        {
            if (cells[k].Kind == CellKind.QuoteMark)
            {
                quoted = true;
                continue;
            }

            text.Append(cells[k].C);
            positions.Add((cells[k].Line, cells[k].Column));
        }

        var (line, column) = from < cells.Count ? (cells[from].Line, cells[from].Column)
            : cells.Count > 0 ? (cells[^1].Line, cells[^1].Column + 1) : (0, 0);

        var raw = ApplyTokens(text.ToString());
        if (raw.Length != positions.Count)
        {
            // A stampinf token changed the length: positions past it point at the field's start.
            positions.Clear();
        }

        return new InfField(raw, [.. positions], line, column, quoted);
    }

    /// <summary>stampinf's <c>$TOKEN$</c> replacements; unknown tokens (and $WINDOWS NT$) stay.</summary>
    private string ApplyTokens(string text)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        int k = 0;
        while (k < text.Length)
        {
            int open = text.IndexOf('$', k);
            int close = open < 0 ? -1 : text.IndexOf('$', open + 1);
            if (open < 0 || close < 0)
            {
                result.Append(text, k, text.Length - k);
                break;
            }

            result.Append(text, k, open - k);
            var token = text[(open + 1)..close];
            if (_options.TokenValue(token) is { } value)
            {
                result.Append(value);
                k = close + 1;
            }
            else
            {
                result.Append('$');
                k = open + 1;
            }
        }

        return result.ToString();
    }

    private void Report(int line, int column, int code, string message)
        => _diagnostics.Add(new InfDiagnostic(_fileName, line, column, InfSeverity.Error, code, message));
}
