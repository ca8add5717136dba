namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlInitUnicodeString: a string over <paramref name="SourceString"/> (a copy here, with
    /// its NUL: MaximumLength = Length + 2). NULL gives an empty string with a NULL buffer. A source
    /// too long for a UNICODE_STRING is cut to the longest length that fits, as Windows does.</summary>
    public static void RtlInitUnicodeString(out UNICODE_STRING DestinationString, string? SourceString)
    {
        if (SourceString is null)
        {
            DestinationString = default;
            return;
        }

        var max = (UNICODE_STRING.MaxLength - 2) / 2;
        DestinationString = new UNICODE_STRING(SourceString.Length > max ? SourceString[..max] : SourceString);
    }

    /// <summary>RTL_CONSTANT_STRING(L"..."): a UNICODE_STRING over a constant.</summary>
    public static UNICODE_STRING RTL_CONSTANT_STRING(string s) => new(s);

    /// <summary>RtlInitEmptyUnicodeString: an empty string over a caller's buffer of <paramref name="BufferSize"/> bytes.</summary>
    public static void RtlInitEmptyUnicodeString(out UNICODE_STRING UnicodeString, Memory<char> Buffer, ushort BufferSize)
    {
        if (BufferSize > Buffer.Length * 2)
        {
            throw new ArgumentOutOfRangeException(nameof(BufferSize), BufferSize,
                $"RtlInitEmptyUnicodeString: BufferSize is {BufferSize} bytes but the buffer holds {Buffer.Length} characters ({Buffer.Length * 2} bytes).");
        }

        UnicodeString = new UNICODE_STRING { Buffer = Buffer, Length = 0, MaximumLength = BufferSize };
    }

    /// <summary>RtlUpcaseUnicodeChar: the upper-case form of a character.</summary>
    public static char RtlUpcaseUnicodeChar(char SourceCharacter) => char.ToUpperInvariant(SourceCharacter);

    /// <summary>RtlEqualUnicodeString: whether two strings are equal, optionally ignoring case.</summary>
    public static bool RtlEqualUnicodeString(in UNICODE_STRING String1, in UNICODE_STRING String2, bool CaseInSensitive)
    {
        var a = Characters(String1, nameof(RtlEqualUnicodeString), nameof(String1));
        var b = Characters(String2, nameof(RtlEqualUnicodeString), nameof(String2));
        return CaseInSensitive ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : a.SequenceEqual(b);
    }

    /// <summary>RtlCompareUnicodeString: &lt; 0, 0 or &gt; 0 as String1 sorts before, with or after
    /// String2 (characters compared upper-cased when case-insensitive; a prefix sorts first).</summary>
    public static int RtlCompareUnicodeString(in UNICODE_STRING String1, in UNICODE_STRING String2, bool CaseInSensitive)
    {
        var a = Characters(String1, nameof(RtlCompareUnicodeString), nameof(String1));
        var b = Characters(String2, nameof(RtlCompareUnicodeString), nameof(String2));
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var c1 = CaseInSensitive ? RtlUpcaseUnicodeChar(a[i]) : a[i];
            var c2 = CaseInSensitive ? RtlUpcaseUnicodeChar(b[i]) : b[i];
            if (c1 != c2)
            {
                return c1 - c2;
            }
        }

        return String1.Length - String2.Length;
    }

    /// <summary>RtlPrefixUnicodeString: whether String1 is a prefix of String2.</summary>
    public static bool RtlPrefixUnicodeString(in UNICODE_STRING String1, in UNICODE_STRING String2, bool CaseInSensitive)
    {
        var a = Characters(String1, nameof(RtlPrefixUnicodeString), nameof(String1));
        var b = Characters(String2, nameof(RtlPrefixUnicodeString), nameof(String2));
        return a.Length <= b.Length && (CaseInSensitive
            ? a.Equals(b[..a.Length], StringComparison.OrdinalIgnoreCase)
            : a.SequenceEqual(b[..a.Length]));
    }

    /// <summary>RtlCopyUnicodeString: copies as much of the source as the destination's buffer holds
    /// (the smaller of the source's Length and the destination's MaximumLength), NUL-terminated if
    /// there is room. A NULL source makes the destination empty.</summary>
    public static void RtlCopyUnicodeString(ref UNICODE_STRING DestinationString, UNICODE_STRING? SourceString)
    {
        RequireBuffer(DestinationString, nameof(RtlCopyUnicodeString), nameof(DestinationString));
        if (SourceString is not { } source)
        {
            DestinationString.Length = 0;
            return;
        }

        var chars = Characters(source, nameof(RtlCopyUnicodeString), nameof(SourceString));
        var count = Math.Min(chars.Length, DestinationString.MaximumLength / 2);
        chars[..count].CopyTo(DestinationString.Buffer.Span);
        DestinationString.Length = (ushort)(count * 2);
        Terminate(ref DestinationString);
    }

    /// <summary>RtlAppendUnicodeToString: appends a NUL-terminated string; STATUS_BUFFER_TOO_SMALL (and
    /// no change) if it does not fit in MaximumLength.</summary>
    public static NTSTATUS RtlAppendUnicodeToString(ref UNICODE_STRING Destination, string? Source) =>
        Append(ref Destination, Source is null ? [] : Source.AsSpan(), nameof(RtlAppendUnicodeToString));

    /// <summary>RtlAppendUnicodeStringToString: appends a UNICODE_STRING; STATUS_BUFFER_TOO_SMALL (and no
    /// change) if it does not fit in MaximumLength.</summary>
    public static NTSTATUS RtlAppendUnicodeStringToString(ref UNICODE_STRING Destination, in UNICODE_STRING Source) =>
        Append(ref Destination, Characters(Source, nameof(RtlAppendUnicodeStringToString), nameof(Source)), nameof(RtlAppendUnicodeStringToString));

    /// <summary>RtlUnicodeStringPrintf (ntstrsafe.h): formats into the string's buffer with the printf
    /// format of DbgPrint (%wZ takes a UNICODE_STRING), replacing its contents. Output that does not
    /// fit is cut and STATUS_BUFFER_OVERFLOW returned; the result is not NUL-terminated.</summary>
    public static NTSTATUS RtlUnicodeStringPrintf(ref UNICODE_STRING DestinationString, string? pszFormat, params object?[] args)
    {
        if (pszFormat is null)
        {
            // ntstrsafe.h: the safe string functions fail a NULL format with STATUS_INVALID_PARAMETER.
            return STATUS_INVALID_PARAMETER;
        }

        if (!SafeUnicodeStrings.IsValid(DestinationString))
        {
            // ntstrsafe.h: odd lengths, Length > MaximumLength or no buffer: STATUS_INVALID_PARAMETER.
            return STATUS_INVALID_PARAMETER;
        }

        RequireBuffer(DestinationString, nameof(RtlUnicodeStringPrintf), nameof(DestinationString));
        var text = Printf.Format(pszFormat, args);
        var count = Math.Min(text.Length, DestinationString.MaximumLength / 2);
        text.AsSpan(0, count).CopyTo(DestinationString.Buffer.Span);
        DestinationString.Length = (ushort)(count * 2);
        return count < text.Length ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
    }

    /// <summary>RtlFreeUnicodeString: frees the pool buffer an Rtl routine allocated for the string
    /// (AllocateDestinationString, RtlStringFromGUID) and empties the string; a string over any other
    /// buffer (one the I/O manager returned, say) is only emptied.</summary>
    public static void RtlFreeUnicodeString(ref UNICODE_STRING UnicodeString)
    {
        var thread = DdiGate.Enter(DdiTable.RtlFreeUnicodeString);
        RtlStringBuffers.Free(thread, UnicodeString.Buffer, nameof(RtlFreeUnicodeString));
        UnicodeString = default;
    }

    private static NTSTATUS Append(ref UNICODE_STRING destination, ReadOnlySpan<char> source, string ddi)
    {
        Characters(destination, ddi, "Destination");
        RequireBuffer(destination, ddi, "Destination");
        var length = destination.Length + source.Length * 2;
        if (length > destination.MaximumLength)
        {
            return STATUS_BUFFER_TOO_SMALL;
        }

        source.CopyTo(destination.Buffer.Span[(destination.Length / 2)..]);
        destination.Length = (ushort)length;
        Terminate(ref destination);
        return STATUS_SUCCESS;
    }

    /// <summary>Writes a NUL after the string when the buffer has room for it, as the Rtl routines do.</summary>
    private static void Terminate(ref UNICODE_STRING value)
    {
        if (value.Length + 2 <= value.MaximumLength)
        {
            value.Buffer.Span[value.Length / 2] = '\0';
        }
    }

    /// <summary>The characters of a string an Rtl routine reads (Length bytes; MaximumLength, even an odd
    /// one, plays no part); one that cannot be read is the caller's bug.</summary>
    private static ReadOnlySpan<char> Characters(in UNICODE_STRING value, string ddi, string argument)
    {
        if (value.ReadMalformation is { } why)
        {
            throw new ArgumentException($"{ddi}: {argument} is a malformed UNICODE_STRING: {why}.", argument);
        }

        return value.Chars;
    }

    /// <summary>A destination's buffer must hold MaximumLength bytes (an odd last byte is never written).</summary>
    private static void RequireBuffer(in UNICODE_STRING value, string ddi, string argument)
    {
        if (value.MaximumLength > value.Buffer.Length * 2)
        {
            throw new ArgumentException($"{ddi}: {argument}.MaximumLength is {value.MaximumLength} bytes but its buffer holds {value.Buffer.Length} characters.", argument);
        }
    }
}
