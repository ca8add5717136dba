using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// One comma-separated field of an INF line: its text with quotes removed (<c>""</c> inside quotes
/// is one <c>"</c>), the same text with <c>%strkey%</c> tokens substituted, and where it starts.
/// </summary>
[DebuggerDisplay("{Value} (line {Line}, column {Column})")]
public sealed class InfField
{
    private readonly (int Line, int Column)[] _positions;

    internal InfField(string raw, (int Line, int Column)[] positions, int line, int column, bool quoted)
    {
        Raw = raw;
        Value = raw;
        _positions = positions;
        Line = line;
        Column = column;
        Quoted = quoted;
    }

    /// <summary>The field as written, unquoted, with stampinf tokens applied but no %strkey% substituted.</summary>
    public string Raw { get; }

    /// <summary>The field after %strkey% substitution (DIRIDs such as %13% stay as written).</summary>
    public string Value { get; internal set; }

    /// <summary>The 1-based line the field starts on.</summary>
    public int Line { get; }

    /// <summary>The 1-based column the field starts at.</summary>
    public int Column { get; }

    /// <summary>Whether any part of the field was in double quotes.</summary>
    public bool Quoted { get; }

    internal (int Line, int Column) PositionOf(int index)
        => index < _positions.Length ? _positions[index] : (Line, Column);

    /// <summary>The field after substitution.</summary>
    public override string ToString() => Value;
}
