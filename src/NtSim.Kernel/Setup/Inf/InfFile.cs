namespace NtSim.Setup;

/// <summary>
/// Reads INF files as SetupAPI does: UTF-16LE with BOM, UTF-8 or ASCII, CRLF or LF. Bad input gives
/// an <see cref="InfParseResult"/> with errors (file, line, column), never an exception.
/// </summary>
public static class InfFile
{
    /// <summary>Reads and parses a file; a missing or unreadable file is an error naming the path.</summary>
    public static InfParseResult Load(string path, InfParseOptions? options = null)
    {
        byte[]? bytes;
        string? problem;
        try
        {
            bytes = InfFileReader.Read(path, out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            bytes = null;
            problem = e.Message;
        }

        if (bytes is null)
        {
            var message = problem == InfFileReader.DoesNotExist ? $"Cannot open '{FullPath(path)}': the file does not exist." : $"Cannot read '{path}': {problem}";
            return new InfParseResult(path, null, [new InfDiagnostic(path, 0, 0, InfSeverity.Error, InfCodes.BadEncoding, message)]);
        }

        return Parse(bytes, path, options);
    }

    /// <summary>Why <paramref name="path"/> cannot be read as an INF (it does not exist; it is a folder, a
    /// device, a pipe or a socket; it is too large), or null when it can.</summary>
    public static string? CannotRead(string path) => InfFileReader.Problem(path);

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    /// <summary>Parses the bytes of an INF, detecting the encoding from its BOM (or its absence).</summary>
    public static InfParseResult Parse(ReadOnlySpan<byte> bytes, string fileName, InfParseOptions? options = null)
        => Parse(InfTextDecoder.Decode(bytes, out _), fileName, options);

    /// <summary>Parses INF text.</summary>
    public static InfParseResult Parse(string text, string fileName, InfParseOptions? options = null)
    {
        options ??= InfParseOptions.Default;
        var diagnostics = new List<InfDiagnostic>();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lexer = new InfLexer(fileName, options, diagnostics);
        lexer.Lex(text);

        var strings = StringTable(lexer.Sections, options.LanguageId);
        var substitution = new InfSubstitution(strings, fileName, diagnostics);
        foreach (var section in lexer.Sections.Where(s => !IsStrings(s.Name)))
        {
            foreach (var line in section.Lines)
            {
                if (line.KeyField is { } key)
                {
                    substitution.Apply(key);
                }

                foreach (var field in line.Fields)
                {
                    substitution.Apply(field);
                }
            }
        }

        var document = new InfDocument(fileName, lexer.Sections, lexer.SectionMap, strings);
        var ordered = diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        return new InfParseResult(fileName, document, ordered);
    }

    private static bool IsStrings(string name)
        => name.Equals("Strings", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Strings.", StringComparison.OrdinalIgnoreCase);

    /// <summary>[Strings], then the [Strings.LANGID] of the chosen language over it (the first localized one when there is no [Strings]).</summary>
    private static Dictionary<string, string> StringTable(IReadOnlyList<InfSection> sections, string languageId)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var baseSection = sections.FirstOrDefault(s => s.Name.Equals("Strings", StringComparison.OrdinalIgnoreCase));
        var localized = sections.FirstOrDefault(s => s.Name.Equals("Strings." + languageId, StringComparison.OrdinalIgnoreCase))
            ?? (baseSection is null ? sections.FirstOrDefault(s => IsStrings(s.Name)) : null);
        foreach (var section in new[] { baseSection, localized }.OfType<InfSection>())
        {
            foreach (var line in section.Lines.Where(l => l.Key is not null))
            {
                table[line.Key!.Trim()] = string.Join(",", line.RawValues);
            }
        }

        return table;
    }
}
