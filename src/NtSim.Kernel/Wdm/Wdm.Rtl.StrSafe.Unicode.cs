namespace NtSim;

// ntstrsafe.h, UNICODE_STRING forms: inline functions in the header (no DDI gate, any thread).
public static partial class Wdm
{
    /// <summary>RtlUnicodeStringCopy: replaces the destination's characters with the source's, as many as
    /// its MaximumLength holds (cut: STATUS_BUFFER_OVERFLOW; an invalid string: STATUS_INVALID_PARAMETER).</summary>
    public static NTSTATUS RtlUnicodeStringCopy(ref UNICODE_STRING DestinationString, in UNICODE_STRING SourceString) =>
        SafeUnicodeStrings.TryRead(SourceString, nameof(RtlUnicodeStringCopy), out var chars)
            ? SafeUnicodeStrings.Write(ref DestinationString, chars, append: false, nameof(RtlUnicodeStringCopy))
            : STATUS_INVALID_PARAMETER;

    /// <summary>RtlUnicodeStringCat: appends the source's characters, as many as fit.</summary>
    public static NTSTATUS RtlUnicodeStringCat(ref UNICODE_STRING DestinationString, in UNICODE_STRING SourceString) =>
        SafeUnicodeStrings.TryRead(SourceString, nameof(RtlUnicodeStringCat), out var chars)
            ? SafeUnicodeStrings.Write(ref DestinationString, chars, append: true, nameof(RtlUnicodeStringCat))
            : STATUS_INVALID_PARAMETER;

    /// <summary>RtlUnicodeStringCopyString: replaces the destination's characters with a NUL-terminated string's.</summary>
    public static NTSTATUS RtlUnicodeStringCopyString(ref UNICODE_STRING DestinationString, ReadOnlySpan<char> pszSrc) =>
        SafeUnicodeStrings.Write(ref DestinationString, SafeStrings.Terminated(pszSrc), append: false, nameof(RtlUnicodeStringCopyString));

    /// <summary>RtlUnicodeStringCatString: appends a NUL-terminated string's characters, as many as fit.</summary>
    public static NTSTATUS RtlUnicodeStringCatString(ref UNICODE_STRING DestinationString, ReadOnlySpan<char> pszSrc) =>
        SafeUnicodeStrings.Write(ref DestinationString, SafeStrings.Terminated(pszSrc), append: true, nameof(RtlUnicodeStringCatString));

    /// <summary>RtlUnicodeStringVPrintf: RtlUnicodeStringPrintf with its arguments as a list (va_list).</summary>
    public static NTSTATUS RtlUnicodeStringVPrintf(ref UNICODE_STRING DestinationString, string? pszFormat, object?[] argList) =>
        RtlUnicodeStringPrintf(ref DestinationString, pszFormat, argList);
}
