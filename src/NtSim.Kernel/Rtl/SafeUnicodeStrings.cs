namespace NtSim;

/// <summary>
/// The workers of ntstrsafe.h's RtlUnicodeString* functions: a destination's characters are
/// replaced or extended up to its MaximumLength (never NUL-terminated: a UNICODE_STRING is
/// counted); what does not fit is cut and STATUS_BUFFER_OVERFLOW returned.
/// </summary>
internal static class SafeUnicodeStrings
{
    /// <summary>NTSTRSAFE_UNICODE_STRING_MAX_CCH characters, in bytes.</summary>
    private const int MaxBytes = 0xFFFE;

    /// <summary>RtlUnicodeStringValidate: both lengths even, Length &lt;= MaximumLength, a buffer when
    /// MaximumLength is not zero. A string that fails is STATUS_INVALID_PARAMETER.</summary>
    internal static bool IsValid(in UNICODE_STRING value) =>
        value.Length % 2 == 0 && value.MaximumLength % 2 == 0 && value.Length <= value.MaximumLength
        && value.MaximumLength <= MaxBytes && (value.MaximumLength == 0 || !value.Buffer.IsEmpty);

    /// <summary>Replaces (<paramref name="append"/> false) or extends the destination's characters.</summary>
    internal static NTSTATUS Write(ref UNICODE_STRING destination, ReadOnlySpan<char> source, bool append, string ddi)
    {
        if (!IsValid(destination))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (destination.MaximumLength > destination.Buffer.Length * 2)
        {
            throw new ArgumentException($"{ddi}: DestinationString.MaximumLength is {destination.MaximumLength} bytes but its buffer holds {destination.Buffer.Length} characters.", "DestinationString");
        }

        var start = append ? destination.Length / 2 : 0;
        var room = (destination.MaximumLength / 2) - start;
        var count = Math.Min(room, source.Length);
        source[..count].CopyTo(destination.Buffer.Span[start..]);
        destination.Length = (ushort)((start + count) * 2);
        return count < source.Length ? Wdm.STATUS_BUFFER_OVERFLOW : Wdm.STATUS_SUCCESS;
    }

    /// <summary>The characters of a source UNICODE_STRING; false if it is not a valid one.</summary>
    internal static bool TryRead(in UNICODE_STRING source, string ddi, out ReadOnlySpan<char> chars)
    {
        chars = default;
        if (!IsValid(source))
        {
            return false;
        }

        if (source.ReadMalformation is { } why)
        {
            throw new ArgumentException($"{ddi}: SourceString is a malformed UNICODE_STRING: {why}.", "SourceString");
        }

        chars = source.Chars;
        return true;
    }
}
