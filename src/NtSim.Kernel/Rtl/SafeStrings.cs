namespace NtSim;

/// <summary>
/// The workers of ntstrsafe.h's RtlStringCch*/RtlStringCb* functions, for CHAR (byte) and WCHAR
/// (char) strings alike. A destination is the caller's buffer cut to cchDest elements; a source
/// ends at its first NUL or at its span's end (a C# string is its characters and then a NUL).
/// Every result is NUL-terminated; one cut short returns STATUS_BUFFER_OVERFLOW.
/// </summary>
internal static class SafeStrings
{
    /// <summary>NTSTRSAFE_MAX_CCH: the most characters a destination may be given.</summary>
    internal const ulong MaxCch = 2147483647;

    /// <summary>NTSTRSAFE_MAX_LENGTH: the most characters a copy or append may be asked for.</summary>
    internal const ulong MaxLength = MaxCch - 1;

    /// <summary>RtlStringValidateDest: a destination of 0 or more than NTSTRSAFE_MAX_CCH characters
    /// is STATUS_INVALID_PARAMETER, and nothing is written.</summary>
    internal static bool IsValidDestination(ulong cchDest) => cchDest != 0 && cchDest <= MaxCch;

    /// <summary>The caller's buffer cut to <paramref name="cchDest"/> elements; a buffer smaller than
    /// it says is the caller's bug (in C, the routine would write past its end).</summary>
    internal static Span<T> Destination<T>(Span<T> buffer, ulong cchDest, string ddi)
    {
        if (cchDest > (ulong)buffer.Length)
        {
            throw new ArgumentException($"{ddi}: the destination holds {buffer.Length} characters but the call says {cchDest}.", "pszDest");
        }

        return buffer[..(int)cchDest];
    }

    /// <summary>The characters of a source before its terminator.</summary>
    internal static ReadOnlySpan<T> Terminated<T>(ReadOnlySpan<T> source)
        where T : unmanaged, IEquatable<T>
    {
        var end = source.IndexOf(default(T));
        return end < 0 ? source : source[..end];
    }

    /// <summary>RtlStringCopyWorker: copies at most <paramref name="maxToCopy"/> characters of the
    /// source and a NUL; what does not fit is cut (STATUS_BUFFER_OVERFLOW).</summary>
    internal static NTSTATUS Copy<T>(Span<T> destination, ReadOnlySpan<T> source, ulong maxToCopy)
        where T : unmanaged, IEquatable<T>
    {
        var chars = Terminated(source);
        if ((ulong)chars.Length > maxToCopy)
        {
            chars = chars[..(int)maxToCopy];
        }

        var room = destination.Length - 1;
        var status = Wdm.STATUS_SUCCESS;
        if (chars.Length > room)
        {
            chars = chars[..room];
            status = Wdm.STATUS_BUFFER_OVERFLOW;
        }

        chars.CopyTo(destination);
        destination[chars.Length] = default;
        return status;
    }

    /// <summary>RtlStringCat worker: appends after the destination's NUL, which must lie within it
    /// (STATUS_INVALID_PARAMETER, nothing written, otherwise).</summary>
    internal static NTSTATUS Cat<T>(Span<T> destination, ReadOnlySpan<T> source, ulong maxToAppend)
        where T : unmanaged, IEquatable<T>
    {
        var length = destination.IndexOf(default(T));
        return length < 0 ? Wdm.STATUS_INVALID_PARAMETER : Copy(destination[length..], source, maxToAppend);
    }

    /// <summary>RtlStringLengthWorker: the characters before the NUL within the first <paramref name="cchMax"/>;
    /// none there (or a cchMax of 0 or above NTSTRSAFE_MAX_CCH) is STATUS_INVALID_PARAMETER with a length of 0.</summary>
    internal static NTSTATUS Length<T>(ReadOnlySpan<T> psz, ulong cchMax, out ulong length)
        where T : unmanaged, IEquatable<T>
    {
        length = 0;
        if (cchMax > MaxCch)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var within = (ulong)psz.Length < cchMax ? psz : psz[..(int)cchMax];
        var end = within.IndexOf(default(T));
        if (end < 0)
        {
            // The span's end is the terminator of a C# string: it counts when it lies within cchMax.
            if ((ulong)psz.Length >= cchMax)
            {
                return Wdm.STATUS_INVALID_PARAMETER;
            }

            end = psz.Length;
        }

        length = (ulong)end;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>RtlStringCchCopyN and the copies built on it: the destination checked, then at most
    /// <paramref name="cchToCopy"/> characters copied (above NTSTRSAFE_MAX_LENGTH: STATUS_INVALID_PARAMETER
    /// and an empty destination).</summary>
    internal static NTSTATUS CopyN<T>(Span<T> buffer, ulong cchDest, ReadOnlySpan<T> source, ulong cchToCopy, string ddi)
        where T : unmanaged, IEquatable<T>
    {
        if (!IsValidDestination(cchDest))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var destination = Destination(buffer, cchDest, ddi);
        if (cchToCopy > MaxLength)
        {
            destination[0] = default;
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        return Copy(destination, source, cchToCopy);
    }

    /// <summary>RtlStringCchCatN and the appends built on it (above NTSTRSAFE_MAX_LENGTH to append:
    /// STATUS_INVALID_PARAMETER, nothing written).</summary>
    internal static NTSTATUS CatN<T>(Span<T> buffer, ulong cchDest, ReadOnlySpan<T> source, ulong cchToAppend, string ddi)
        where T : unmanaged, IEquatable<T>
    {
        if (!IsValidDestination(cchDest))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var destination = Destination(buffer, cchDest, ddi);
        return cchToAppend > MaxLength ? Wdm.STATUS_INVALID_PARAMETER : Cat(destination, source, cchToAppend);
    }

    /// <summary>RtlStringCchPrintfW: the formatted text, cut to cchDest - 1 characters and terminated.</summary>
    internal static NTSTATUS PrintfW(Span<char> buffer, ulong cchDest, string? format, object?[]? args, string ddi)
    {
        if (!IsValidDestination(cchDest))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var destination = Destination(buffer, cchDest, ddi);
        if (format is null)
        {
            // A NULL format is an invalid parameter of the formatting routine.
            destination[0] = '\0';
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        return Copy(destination, Printf.Format(format, args ?? []).AsSpan(), MaxLength);
    }

    /// <summary>RtlStringCchPrintfA: as <see cref="PrintfW"/>, the text in the ANSI code page.</summary>
    internal static NTSTATUS PrintfA(Span<byte> buffer, ulong cchDest, string? format, object?[]? args, string ddi)
    {
        if (!IsValidDestination(cchDest))
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var destination = Destination(buffer, cchDest, ddi);
        if (format is null)
        {
            destination[0] = 0;
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        return Copy<byte>(destination, CodePages.Ansi.GetBytes(Printf.Format(format, args ?? [])), MaxLength);
    }

    /// <summary>A C# string as a CHAR string in the ANSI code page.</summary>
    internal static ReadOnlySpan<byte> Ansi(string? value) => value is null ? [] : CodePages.Ansi.GetBytes(value);
}
