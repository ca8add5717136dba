using System.Diagnostics;

namespace NtSim;

/// <summary>
/// OEM_STRING: a counted string of characters in the OEM code page (a STRING). <see cref="Length"/> and <see cref="MaximumLength"/> are in bytes;
/// the string need not end with a NUL. Copying the struct shares the buffer, as copying the C
/// struct does. An empty <see cref="Buffer"/> is a NULL buffer.
/// </summary>
[DebuggerDisplay("{DebuggerText,nq}")]
public struct OEM_STRING
{
    /// <summary>Bytes in use.</summary>
    public ushort Length;

    /// <summary>Bytes the buffer holds.</summary>
    public ushort MaximumLength;

    /// <summary>The bytes (PCHAR Buffer).</summary>
    public Memory<byte> Buffer;

    /// <summary>A string over a copy of <paramref name="value"/> in the Oem code page with a terminating
    /// NUL, as RTL_CONSTANT_STRING("...") builds it: MaximumLength = Length + 1.</summary>
    public OEM_STRING(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > CountedStrings.MaxLength - 1)
        {
            throw new ArgumentException($"A OEM_STRING holds at most {CountedStrings.MaxLength - 1} characters; this string has {value.Length}.", nameof(value));
        }

        var bytes = new byte[value.Length + 1];
        CodePages.Oem.GetBytes(value, bytes);
        Buffer = bytes;
        Length = (ushort)value.Length;
        MaximumLength = (ushort)(Length + 1);
    }

    /// <summary>OEM_STRING s = "..."; (RTL_CONSTANT_STRING). A null string gives an empty string with a NULL buffer.</summary>
    public static implicit operator OEM_STRING(string? value) => value is null ? default : new(value);

    /// <summary>The same string as STRING (the C types are one typedef: the buffer is shared).</summary>
    public static implicit operator STRING(OEM_STRING value) => new() { Length = value.Length, MaximumLength = value.MaximumLength, Buffer = value.Buffer };

    /// <summary>The same string as ANSI_STRING (the C types are one typedef: the buffer is shared).</summary>
    public static implicit operator ANSI_STRING(OEM_STRING value) => new() { Length = value.Length, MaximumLength = value.MaximumLength, Buffer = value.Buffer };

    /// <summary>The characters in use (Length bytes, in the Oem code page); what %Z prints.</summary>
    public override readonly string ToString() => CountedStrings.ReadMalformation(Length, Buffer.Length) is null
        ? CodePages.Oem.GetString(Buffer.Span[..Length])
        : DebuggerText;

    private readonly string DebuggerText => CountedStrings.ReadMalformation(Length, Buffer.Length) is { } why
        ? $"malformed OEM_STRING: {why}"
        : $"\"{CodePages.Oem.GetString(Buffer.Span[..Length])}\" ({Length}/{MaximumLength})";
}
