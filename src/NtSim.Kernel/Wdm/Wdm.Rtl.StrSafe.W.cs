namespace NtSim;

// ntstrsafe.h, W forms: inline functions in the header (no DDI gate, any thread). Destinations are the
// caller's WCHAR buffer (an array, or a view of simulated memory); results are always NUL-terminated,
// a cut result returns STATUS_BUFFER_OVERFLOW, a size of 0 or above NTSTRSAFE_MAX_CCH STATUS_INVALID_PARAMETER.
public static partial class Wdm
{
    /// <summary>RtlStringCchCopyW: copies the source and a NUL into a destination of <paramref name="cchDest"/> characters.</summary>
    public static NTSTATUS RtlStringCchCopyW(Span<char> pszDest, ulong cchDest, ReadOnlySpan<char> pszSrc) =>
        SafeStrings.CopyN(pszDest, cchDest, pszSrc, SafeStrings.MaxLength, nameof(RtlStringCchCopyW));

    /// <summary>RtlStringCchCopyNW: copies at most <paramref name="cchToCopy"/> characters of the source, and a NUL.</summary>
    public static NTSTATUS RtlStringCchCopyNW(Span<char> pszDest, ulong cchDest, ReadOnlySpan<char> pszSrc, ulong cchToCopy) =>
        SafeStrings.CopyN(pszDest, cchDest, pszSrc, cchToCopy, nameof(RtlStringCchCopyNW));

    /// <summary>RtlStringCchCatW: appends the source after the destination's NUL (which must lie within it).</summary>
    public static NTSTATUS RtlStringCchCatW(Span<char> pszDest, ulong cchDest, ReadOnlySpan<char> pszSrc) =>
        SafeStrings.CatN(pszDest, cchDest, pszSrc, SafeStrings.MaxLength, nameof(RtlStringCchCatW));

    /// <summary>RtlStringCchCatNW: appends at most <paramref name="cchToAppend"/> characters of the source.</summary>
    public static NTSTATUS RtlStringCchCatNW(Span<char> pszDest, ulong cchDest, ReadOnlySpan<char> pszSrc, ulong cchToAppend) =>
        SafeStrings.CatN(pszDest, cchDest, pszSrc, cchToAppend, nameof(RtlStringCchCatNW));

    /// <summary>RtlStringCchPrintfW: formats as printf does (%d %u %x %I64x %p %s %S %ls %ws %wZ %Z %c %%, flags, width, precision).</summary>
    public static NTSTATUS RtlStringCchPrintfW(Span<char> pszDest, ulong cchDest, string? pszFormat, params object?[] args) =>
        SafeStrings.PrintfW(pszDest, cchDest, pszFormat, args, nameof(RtlStringCchPrintfW));

    /// <summary>RtlStringCchVPrintfW: RtlStringCchPrintfW with its arguments as a list (va_list).</summary>
    public static NTSTATUS RtlStringCchVPrintfW(Span<char> pszDest, ulong cchDest, string? pszFormat, object?[] argList) =>
        SafeStrings.PrintfW(pszDest, cchDest, pszFormat, argList, nameof(RtlStringCchVPrintfW));

    /// <summary>RtlStringCchLengthW: the characters before the NUL, which must lie within <paramref name="cchMax"/>.</summary>
    public static NTSTATUS RtlStringCchLengthW(ReadOnlySpan<char> psz, ulong cchMax, out ulong pcchLength) =>
        SafeStrings.Length(psz, cchMax, out pcchLength);

    /// <summary>RtlStringCbCopyW: copies the source and a NUL into a destination of <paramref name="cbDest"/> bytes.</summary>
    public static NTSTATUS RtlStringCbCopyW(Span<char> pszDest, ulong cbDest, ReadOnlySpan<char> pszSrc) =>
        SafeStrings.CopyN(pszDest, cbDest / sizeof(char), pszSrc, SafeStrings.MaxLength, nameof(RtlStringCbCopyW));

    /// <summary>RtlStringCbCopyNW: copies at most <paramref name="cbToCopy"/> bytes of the source, and a NUL.</summary>
    public static NTSTATUS RtlStringCbCopyNW(Span<char> pszDest, ulong cbDest, ReadOnlySpan<char> pszSrc, ulong cbToCopy) =>
        SafeStrings.CopyN(pszDest, cbDest / sizeof(char), pszSrc, cbToCopy / sizeof(char), nameof(RtlStringCbCopyNW));

    /// <summary>RtlStringCbCatW: appends the source after the destination's NUL (which must lie within it).</summary>
    public static NTSTATUS RtlStringCbCatW(Span<char> pszDest, ulong cbDest, ReadOnlySpan<char> pszSrc) =>
        SafeStrings.CatN(pszDest, cbDest / sizeof(char), pszSrc, SafeStrings.MaxLength, nameof(RtlStringCbCatW));

    /// <summary>RtlStringCbCatNW: appends at most <paramref name="cbToAppend"/> bytes of the source.</summary>
    public static NTSTATUS RtlStringCbCatNW(Span<char> pszDest, ulong cbDest, ReadOnlySpan<char> pszSrc, ulong cbToAppend) =>
        SafeStrings.CatN(pszDest, cbDest / sizeof(char), pszSrc, cbToAppend / sizeof(char), nameof(RtlStringCbCatNW));

    /// <summary>RtlStringCbPrintfW: formats as printf does (%d %u %x %I64x %p %s %S %ls %ws %wZ %Z %c %%, flags, width, precision).</summary>
    public static NTSTATUS RtlStringCbPrintfW(Span<char> pszDest, ulong cbDest, string? pszFormat, params object?[] args) =>
        SafeStrings.PrintfW(pszDest, cbDest / sizeof(char), pszFormat, args, nameof(RtlStringCbPrintfW));

    /// <summary>RtlStringCbVPrintfW: RtlStringCbPrintfW with its arguments as a list (va_list).</summary>
    public static NTSTATUS RtlStringCbVPrintfW(Span<char> pszDest, ulong cbDest, string? pszFormat, object?[] argList) =>
        SafeStrings.PrintfW(pszDest, cbDest / sizeof(char), pszFormat, argList, nameof(RtlStringCbVPrintfW));

    /// <summary>RtlStringCbLengthW: the bytes before the NUL, which must lie within <paramref name="cbMax"/>.</summary>
    public static NTSTATUS RtlStringCbLengthW(ReadOnlySpan<char> psz, ulong cbMax, out ulong pcbLength)
    {
        var status = SafeStrings.Length(psz, cbMax / sizeof(char), out var length);
        pcbLength = length * sizeof(char);
        return status;
    }
}
