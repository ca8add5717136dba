using System.Diagnostics;

namespace NtSim;

/// <summary>
/// UNICODE_STRING: a counted UTF-16 string. <see cref="Length"/> and <see cref="MaximumLength"/>
/// are in bytes, as in C; the string need not end with a NUL. Copying the struct shares the
/// buffer, as copying the C struct does. An empty <see cref="Buffer"/> is a NULL buffer.
/// </summary>
[DebuggerDisplay("{DebuggerText,nq}")]
public struct UNICODE_STRING
{
    /// <summary>The largest Length a UNICODE_STRING can describe (USHORT, even).</summary>
    internal const int MaxLength = 0xFFFE;

    /// <summary>Bytes in use (twice the number of characters).</summary>
    public ushort Length;

    /// <summary>Bytes the buffer holds.</summary>
    public ushort MaximumLength;

    /// <summary>The characters (PWSTR Buffer).</summary>
    public Memory<char> Buffer;

    /// <summary>A string over a copy of <paramref name="value"/> with a terminating NUL, as
    /// RTL_CONSTANT_STRING(L"...") builds it: MaximumLength = Length + sizeof(WCHAR).</summary>
    public UNICODE_STRING(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length * 2 > MaxLength - 2)
        {
            throw new ArgumentException($"A UNICODE_STRING holds at most {(MaxLength - 2) / 2} characters; this string has {value.Length}.", nameof(value));
        }

        var chars = new char[value.Length + 1];
        value.CopyTo(chars);
        Buffer = chars;
        Length = (ushort)(value.Length * 2);
        MaximumLength = (ushort)(Length + 2);
    }

    /// <summary>UNICODE_STRING s = @"\Device\Foo"; (RTL_CONSTANT_STRING). A null string gives an
    /// empty string with a NULL buffer, as RtlInitUnicodeString(&amp;s, NULL) does.</summary>
    public static implicit operator UNICODE_STRING(string? value) => value is null ? default : new(value);

    /// <summary>The characters in use (Length / 2 of them); what %wZ prints.</summary>
    public override readonly string ToString() => IsWellFormed ? new string(Buffer.Span[..(Length / 2)]) : DebuggerText;

    /// <summary>Length is even and the buffer holds Length bytes: all a routine that reads the string
    /// looks at (the Rtl routines compare Length bytes; MaximumLength only bounds a write).</summary>
    internal readonly bool IsWellFormed => ReadMalformation is null;

    /// <summary>What keeps the string from being read, for error messages; null if it can be.</summary>
    internal readonly string? ReadMalformation =>
        Length % 2 != 0 ? $"Length {Length} is odd"
        : Length > Buffer.Length * 2 ? $"Length {Length} exceeds its buffer of {Buffer.Length} characters ({Buffer.Length * 2} bytes)"
        : null;

    /// <summary>What is wrong with the string as a whole (both lengths even, Length &lt;= MaximumLength,
    /// the buffer holds MaximumLength bytes), for error messages; null if nothing is.</summary>
    internal readonly string? Malformation =>
        Length % 2 != 0 ? $"Length {Length} is odd"
        : MaximumLength % 2 != 0 ? $"MaximumLength {MaximumLength} is odd"
        : Length > MaximumLength ? $"Length {Length} exceeds MaximumLength {MaximumLength}"
        : MaximumLength > Buffer.Length * 2 ? $"MaximumLength {MaximumLength} exceeds its buffer of {Buffer.Length} characters ({Buffer.Length * 2} bytes)"
        : null;

    /// <summary>The characters in use; the string must be well formed.</summary>
    internal readonly ReadOnlySpan<char> Chars => Buffer.Span[..(Length / 2)];

    private readonly string DebuggerText => IsWellFormed
        ? $"\"{new string(Buffer.Span[..(Length / 2)])}\" ({Length}/{MaximumLength})"
        : $"malformed UNICODE_STRING: {ReadMalformation}";
}
