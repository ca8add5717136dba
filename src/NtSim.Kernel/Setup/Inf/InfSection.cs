using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// A section: every line of every <c>[Name]</c> header with that name, in file order (SetupAPI
/// merges sections that appear more than once). Names compare case-insensitively.
/// </summary>
[DebuggerDisplay("[{Name,nq}] {Lines.Count} line(s)")]
public sealed class InfSection
{
    private readonly List<InfLine> _lines = [];

    internal InfSection(string name, int line)
    {
        Name = name;
        Line = line;
    }

    /// <summary>The section's name as its first header wrote it.</summary>
    public string Name { get; }

    /// <summary>The line of the first header.</summary>
    public int Line { get; }

    /// <summary>The section's lines, in file order.</summary>
    public IReadOnlyList<InfLine> Lines => _lines;

    /// <summary>Every line with this key, in order (a key may repeat: AddReg, CopyFiles, AddService ...).</summary>
    public IEnumerable<InfLine> LinesWithKey(string key) => _lines.Where(l => l.KeyIs(key));

    /// <summary>The first value of the first line with this key, or null.</summary>
    public string? ValueOf(string key) => LinesWithKey(key).FirstOrDefault() is { } line ? string.Join(",", line.Values) : null;

    internal void Add(InfLine line) => _lines.Add(line);
}
