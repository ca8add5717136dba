using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// One logical line of a section (continuations joined): an optional key before the first
/// unquoted '=', then the comma-separated fields.
/// </summary>
[DebuggerDisplay("{Line}: {Key,nq} = {string.Join(\", \", Values),nq}")]
public sealed class InfLine
{
    internal InfLine(InfField? keyField, IReadOnlyList<InfField> fields, int line)
    {
        KeyField = keyField;
        Fields = fields;
        Line = line;
    }

    /// <summary>The key as written (null when the line has no '='); keys compare case-insensitively.</summary>
    public string? Key => KeyField?.Raw;

    /// <summary>The key after %strkey% substitution (a models line's device description).</summary>
    public string? KeyValue => KeyField?.Value;

    public InfField? KeyField { get; }

    public IReadOnlyList<InfField> Fields { get; }

    /// <summary>The fields as written (unquoted, no substitution).</summary>
    public IReadOnlyList<string> RawValues => [.. Fields.Select(f => f.Raw)];

    /// <summary>The fields after substitution.</summary>
    public IReadOnlyList<string> Values => [.. Fields.Select(f => f.Value)];

    /// <summary>The 1-based line number of the line's first physical line.</summary>
    public int Line { get; }

    /// <summary>The substituted field at <paramref name="index"/>, or "" when the line is shorter.</summary>
    public string this[int index] => index < Fields.Count ? Fields[index].Value : "";

    public bool KeyIs(string key) => string.Equals(Key, key, StringComparison.OrdinalIgnoreCase);
}
