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

    /// <summary>The key's field (null when the line has no '=').</summary>
    public InfField? KeyField { get; }

    /// <summary>The comma-separated fields after the '=' (or the whole line without a key).</summary>
    public IReadOnlyList<InfField> Fields { get; }

    /// <summary>The fields as written (unquoted, no substitution).</summary>
    public IReadOnlyList<string> RawValues => [.. Fields.Select(f => f.Raw)];

    /// <summary>The fields after substitution.</summary>
    public IReadOnlyList<string> Values => [.. Fields.Select(f => f.Value)];

    /// <summary>The 1-based line number of the line's first physical line.</summary>
    public int Line { get; }

    /// <summary>The substituted field at <paramref name="index"/>, or "" when the line is shorter.</summary>
    public string this[int index] => index < Fields.Count ? Fields[index].Value : "";

    /// <summary>Whether the key is <paramref name="key"/>, compared case-insensitively.</summary>
    public bool KeyIs(string key) => string.Equals(Key, key, StringComparison.OrdinalIgnoreCase);
}
