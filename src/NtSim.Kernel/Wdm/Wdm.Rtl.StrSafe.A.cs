namespace NtSim;

// ntstrsafe.h, A forms: inline functions in the header (no DDI gate, any thread). Destinations are the
// caller's CHAR buffer (an array, or a view of simulated memory); results are always NUL-terminated,
// a cut result returns STATUS_BUFFER_OVERFLOW, a size of 0 or above NTSTRSAFE_MAX_CCH STATUS_INVALID_PARAMETER.
public static partial class Wdm
{
    /// <summary>RtlStringCchCopyA: copies the source and a NUL into a destination of <paramref name="cchDest"/> characters.</summary>
    public static NTSTATUS RtlStringCchCopyA(Span<byte> pszDest, ulong cchDest, ReadOnlySpan<byte> pszSrc) =>
        SafeStrings.CopyN(pszDest, cchDest, pszSrc, SafeStrings.MaxLength, nameof(RtlStringCchCopyA));

    /// <summary>RtlStringCchCopyNA: copies at most <paramref name="cchToCopy"/> characters of the source, and a NUL.</summary>
    public static NTSTATUS RtlStringCchCopyNA(Span<byte> pszDest, ulong cchDest, ReadOnlySpan<byte> pszSrc, ulong cchToCopy) =>
        SafeStrings.CopyN(pszDest, cchDest, pszSrc, cchToCopy, nameof(RtlStringCchCopyNA));

    /// <summary>RtlStringCchCatA: appends the source after the destination's NUL (which must lie within it).</summary>
    public static NTSTATUS RtlStringCchCatA(Span<byte> pszDest, ulong cchDest, ReadOnlySpan<byte> pszSrc) =>
        SafeStrings.CatN(pszDest, cchDest, pszSrc, SafeStrings.MaxLength, nameof(RtlStringCchCatA));

    /// <summary>RtlStringCchCatNA: appends at most <paramref name="cchToAppend"/> characters of the source.</summary>
    public static NTSTATUS RtlStringCchCatNA(Span<byte> pszDest, ulong cchDest, ReadOnlySpan<byte> pszSrc, ulong cchToAppend) =>
        SafeStrings.CatN(pszDest, cchDest, pszSrc, cchToAppend, nameof(RtlStringCchCatNA));

    /// <summary>RtlStringCchCopyA: copies the source and a NUL into a destination of <paramref name="cchDest"/> characters.</summary>
    public static NTSTATUS RtlStringCchCopyA(Span<byte> pszDest, ulong cchDest, string? pszSrc) =>
        SafeStrings.CopyN(pszDest, cchDest, SafeStrings.Ansi(pszSrc), SafeStrings.MaxLength, nameof(RtlStringCchCopyA));

    /// <summary>RtlStringCchCopyNA: copies at most <paramref name="cchToCopy"/> characters of the source, and a NUL.</summary>
    public static NTSTATUS RtlStringCchCopyNA(Span<byte> pszDest, ulong cchDest, string? pszSrc, ulong cchToCopy) =>
        SafeStrings.CopyN(pszDest, cchDest, SafeStrings.Ansi(pszSrc), cchToCopy, nameof(RtlStringCchCopyNA));

    /// <summary>RtlStringCchCatA: appends the source after the destination's NUL (which must lie within it).</summary>
    public static NTSTATUS RtlStringCchCatA(Span<byte> pszDest, ulong cchDest, string? pszSrc) =>
        SafeStrings.CatN(pszDest, cchDest, SafeStrings.Ansi(pszSrc), SafeStrings.MaxLength, nameof(RtlStringCchCatA));

    /// <summary>RtlStringCchCatNA: appends at most <paramref name="cchToAppend"/> characters of the source.</summary>
    public static NTSTATUS RtlStringCchCatNA(Span<byte> pszDest, ulong cchDest, string? pszSrc, ulong cchToAppend) =>
        SafeStrings.CatN(pszDest, cchDest, SafeStrings.Ansi(pszSrc), cchToAppend, nameof(RtlStringCchCatNA));

    /// <summary>RtlStringCchPrintfA: formats as printf does (%d %u %x %I64x %p %s %S %ls %ws %wZ %Z %c %%, flags, width, precision).</summary>
    public static NTSTATUS RtlStringCchPrintfA(Span<byte> pszDest, ulong cchDest, string? pszFormat, params object?[] args) =>
        SafeStrings.PrintfA(pszDest, cchDest, pszFormat, args, nameof(RtlStringCchPrintfA));

    /// <summary>RtlStringCchVPrintfA: RtlStringCchPrintfA with its arguments as a list (va_list).</summary>
    public static NTSTATUS RtlStringCchVPrintfA(Span<byte> pszDest, ulong cchDest, string? pszFormat, object?[] argList) =>
        SafeStrings.PrintfA(pszDest, cchDest, pszFormat, argList, nameof(RtlStringCchVPrintfA));

    /// <summary>RtlStringCchLengthA: the characters before the NUL, which must lie within <paramref name="cchMax"/>.</summary>
    public static NTSTATUS RtlStringCchLengthA(ReadOnlySpan<byte> psz, ulong cchMax, out ulong pcchLength) =>
        SafeStrings.Length(psz, cchMax, out pcchLength);

    /// <summary>RtlStringCchLengthA: the characters before the NUL, which must lie within <paramref name="cchMax"/>.</summary>
    public static NTSTATUS RtlStringCchLengthA(string? psz, ulong cchMax, out ulong pcchLength) =>
        SafeStrings.Length(SafeStrings.Ansi(psz), cchMax, out pcchLength);

    /// <summary>RtlStringCbCopyA: copies the source and a NUL into a destination of <paramref name="cbDest"/> bytes.</summary>
    public static NTSTATUS RtlStringCbCopyA(Span<byte> pszDest, ulong cbDest, ReadOnlySpan<byte> pszSrc) =>
        SafeStrings.CopyN(pszDest, cbDest, pszSrc, SafeStrings.MaxLength, nameof(RtlStringCbCopyA));

    /// <summary>RtlStringCbCopyNA: copies at most <paramref name="cbToCopy"/> bytes of the source, and a NUL.</summary>
    public static NTSTATUS RtlStringCbCopyNA(Span<byte> pszDest, ulong cbDest, ReadOnlySpan<byte> pszSrc, ulong cbToCopy) =>
        SafeStrings.CopyN(pszDest, cbDest, pszSrc, cbToCopy, nameof(RtlStringCbCopyNA));

    /// <summary>RtlStringCbCatA: appends the source after the destination's NUL (which must lie within it).</summary>
    public static NTSTATUS RtlStringCbCatA(Span<byte> pszDest, ulong cbDest, ReadOnlySpan<byte> pszSrc) =>
        SafeStrings.CatN(pszDest, cbDest, pszSrc, SafeStrings.MaxLength, nameof(RtlStringCbCatA));

    /// <summary>RtlStringCbCatNA: appends at most <paramref name="cbToAppend"/> bytes of the source.</summary>
    public static NTSTATUS RtlStringCbCatNA(Span<byte> pszDest, ulong cbDest, ReadOnlySpan<byte> pszSrc, ulong cbToAppend) =>
        SafeStrings.CatN(pszDest, cbDest, pszSrc, cbToAppend, nameof(RtlStringCbCatNA));

    /// <summary>RtlStringCbCopyA: copies the source and a NUL into a destination of <paramref name="cbDest"/> bytes.</summary>
    public static NTSTATUS RtlStringCbCopyA(Span<byte> pszDest, ulong cbDest, string? pszSrc) =>
        SafeStrings.CopyN(pszDest, cbDest, SafeStrings.Ansi(pszSrc), SafeStrings.MaxLength, nameof(RtlStringCbCopyA));

    /// <summary>RtlStringCbCopyNA: copies at most <paramref name="cbToCopy"/> bytes of the source, and a NUL.</summary>
    public static NTSTATUS RtlStringCbCopyNA(Span<byte> pszDest, ulong cbDest, string? pszSrc, ulong cbToCopy) =>
        SafeStrings.CopyN(pszDest, cbDest, SafeStrings.Ansi(pszSrc), cbToCopy, nameof(RtlStringCbCopyNA));

    /// <summary>RtlStringCbCatA: appends the source after the destination's NUL (which must lie within it).</summary>
    public static NTSTATUS RtlStringCbCatA(Span<byte> pszDest, ulong cbDest, string? pszSrc) =>
        SafeStrings.CatN(pszDest, cbDest, SafeStrings.Ansi(pszSrc), SafeStrings.MaxLength, nameof(RtlStringCbCatA));

    /// <summary>RtlStringCbCatNA: appends at most <paramref name="cbToAppend"/> bytes of the source.</summary>
    public static NTSTATUS RtlStringCbCatNA(Span<byte> pszDest, ulong cbDest, string? pszSrc, ulong cbToAppend) =>
        SafeStrings.CatN(pszDest, cbDest, SafeStrings.Ansi(pszSrc), cbToAppend, nameof(RtlStringCbCatNA));

    /// <summary>RtlStringCbPrintfA: formats as printf does (%d %u %x %I64x %p %s %S %ls %ws %wZ %Z %c %%, flags, width, precision).</summary>
    public static NTSTATUS RtlStringCbPrintfA(Span<byte> pszDest, ulong cbDest, string? pszFormat, params object?[] args) =>
        SafeStrings.PrintfA(pszDest, cbDest, pszFormat, args, nameof(RtlStringCbPrintfA));

    /// <summary>RtlStringCbVPrintfA: RtlStringCbPrintfA with its arguments as a list (va_list).</summary>
    public static NTSTATUS RtlStringCbVPrintfA(Span<byte> pszDest, ulong cbDest, string? pszFormat, object?[] argList) =>
        SafeStrings.PrintfA(pszDest, cbDest, pszFormat, argList, nameof(RtlStringCbVPrintfA));

    /// <summary>RtlStringCbLengthA: the bytes before the NUL, which must lie within <paramref name="cbMax"/>.</summary>
    public static NTSTATUS RtlStringCbLengthA(ReadOnlySpan<byte> psz, ulong cbMax, out ulong pcbLength)
    {
        var status = SafeStrings.Length(psz, cbMax, out var length);
        pcbLength = length;
        return status;
    }

    /// <summary>RtlStringCbLengthA: the bytes before the NUL, which must lie within <paramref name="cbMax"/>.</summary>
    public static NTSTATUS RtlStringCbLengthA(string? psz, ulong cbMax, out ulong pcbLength)
    {
        var status = SafeStrings.Length(SafeStrings.Ansi(psz), cbMax, out var length);
        pcbLength = length;
        return status;
    }
}
