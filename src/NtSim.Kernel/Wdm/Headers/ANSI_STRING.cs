using System.Diagnostics;

namespace NtSim;

/// <summary>
/// ANSI_STRING: a counted string of characters in the ANSI code page (a STRING). <see cref="Length"/> and <see cref="MaximumLength"/> are in bytes;
/// the string need not end with a NUL. Copying the struct shares the buffer, as copying the C
/// struct does. An empty <see cref="Buffer"/> is a NULL buffer.
/// </summary>
[DebuggerDisplay("{DebuggerText,nq}")]
public struct ANSI_STRING
{
    /// <summary>Bytes in use.</summary>
    public ushort Length;

    /// <summary>Bytes the buffer holds.</summary>
    public ushort MaximumLength;

    /// <summary>The bytes (PCHAR Buffer).</summary>
    public Memory<byte> Buffer;

    /// <summary>A string over a copy of <paramref name="value"/> in the Ansi code page with a terminating
    /// NUL, as RTL_CONSTANT_STRING("...") builds it: MaximumLength = Length + 1.</summary>
    public ANSI_STRING(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > CountedStrings.MaxLength - 1)
        {
            throw new ArgumentException($"A ANSI_STRING holds at most {CountedStrings.MaxLength - 1} characters; this string has {value.Length}.", nameof(value));
        }

        var bytes = new byte[value.Length + 1];
        CodePages.Ansi.GetBytes(value, bytes);
        Buffer = bytes;
        Length = (ushort)value.Length;
        MaximumLength = (ushort)(Length + 1);
    }

    /// <summary>ANSI_STRING s = "..."; (RTL_CONSTANT_STRING). A null string gives an empty string with a NULL buffer.</summary>
    public static implicit operator ANSI_STRING(string? value) => value is null ? default : new(value);

    /// <summary>The same string as STRING (the C types are one typedef: the buffer is shared).</summary>
    public static implicit operator STRING(ANSI_STRING value) => new() { Length = value.Length, MaximumLength = value.MaximumLength, Buffer = value.Buffer };

    /// <summary>The same string as OEM_STRING (the C types are one typedef: the buffer is shared).</summary>
    public static implicit operator OEM_STRING(ANSI_STRING value) => new() { Length = value.Length, MaximumLength = value.MaximumLength, Buffer = value.Buffer };

    /// <summary>The characters in use (Length bytes, in the Ansi code page); what %Z prints.</summary>
    public override readonly string ToString() => CountedStrings.ReadMalformation(Length, Buffer.Length) is null
        ? CodePages.Ansi.GetString(Buffer.Span[..Length])
        : DebuggerText;

    private readonly string DebuggerText => CountedStrings.ReadMalformation(Length, Buffer.Length) is { } why
        ? $"malformed ANSI_STRING: {why}"
        : $"\"{CodePages.Ansi.GetString(Buffer.Span[..Length])}\" ({Length}/{MaximumLength})";
}
